// `skip` is a flag.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(skip = "yes")]
    id: u32,
}

fn main() {}
