// `tag` belongs on the struct or enum, not on a field.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(tag = "type")]
    id: u32,
}

fn main() {}
