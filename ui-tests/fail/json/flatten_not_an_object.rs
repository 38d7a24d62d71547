// Only values written as objects can be flattened.
#[derive(chopin::Serialize)]
struct User {
    id: u32,
    #[serde(flatten)]
    tags: Vec<String>,
}

fn main() {}
