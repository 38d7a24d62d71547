// `rename(...)` takes `serialize = "..."` and `deserialize = "..."`.
#[derive(chopin::Serialize)]
struct User {
    #[serde(rename(output = "ID"))]
    id: u32,
}

fn main() {}
