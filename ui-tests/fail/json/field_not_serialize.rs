// Every written field's type must implement `chopin::Serialize`.
struct Secret;

#[derive(chopin::Serialize)]
struct User {
    id: u32,
    secret: Secret,
}

fn main() {}
