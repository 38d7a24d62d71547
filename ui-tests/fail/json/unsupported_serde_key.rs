// A serde key that changes serialisation in a way the derive does not implement.
#[derive(chopin::Serialize)]
#[serde(untagged)]
enum Value {
    Int(i64),
    Text(String),
}

fn main() {}
