// A skipped field cannot also be flattened.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(skip, flatten)]
    extra: std::collections::BTreeMap<String, u8>,
}

fn main() {}
