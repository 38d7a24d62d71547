// Keys are single identifiers.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(json::rename = "ID")]
    id: u32,
}

fn main() {}
