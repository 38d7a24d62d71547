// A key given twice in one namespace.
#[derive(chopin::Serialize)]
struct User {
    #[serde(rename = "a", rename = "b")]
    id: u32,
}

fn main() {}
