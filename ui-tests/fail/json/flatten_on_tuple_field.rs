// `flatten` needs a named field.
#[derive(chopin::Serialize)]
struct Pair(#[chopin(flatten)] std::collections::BTreeMap<String, u8>, u8);

fn main() {}
