// `serialize_with` and `with` both choose the writer of a field.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(serialize_with = "a", with = "b")]
    id: u32,
}

fn main() {}
