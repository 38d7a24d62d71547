// Skipping a variant could only fail at run time.
#[derive(chopin::Serialize)]
enum Value {
    Int(i64),
    #[serde(skip)]
    Secret(String),
}

fn main() {}
