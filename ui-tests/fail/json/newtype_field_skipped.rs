// A newtype is written as its field, which therefore cannot be skipped.
#[derive(chopin::Serialize)]
struct Id(#[serde(skip_serializing_if = "Option::is_none")] Option<u32>);

fn main() {}
