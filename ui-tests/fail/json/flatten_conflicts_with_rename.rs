// A flattened field has no key, so it cannot be renamed.
#[derive(chopin::Serialize)]
struct User {
    #[serde(flatten, rename = "x")]
    extra: std::collections::BTreeMap<String, u8>,
}

fn main() {}
