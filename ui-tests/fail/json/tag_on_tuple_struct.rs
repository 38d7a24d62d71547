// An internal tag needs an object to live in.
#[derive(chopin::Serialize)]
#[chopin(tag = "type")]
struct Pair(u8, u8);

fn main() {}
