// Attribute values are string literals.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(rename = id)]
    id: u32,
}

fn main() {}
