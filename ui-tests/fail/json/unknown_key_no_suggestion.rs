// An unknown key with no close match lists the keys available there.
#[derive(chopin::Serialize)]
#[chopin(compact)]
struct User {
    id: u32,
}

fn main() {}
