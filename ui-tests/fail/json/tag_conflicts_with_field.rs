// A field written under the tag's own key.
#[derive(chopin::Serialize)]
#[serde(tag = "type")]
enum Event {
    Created { r#type: u8 },
}

fn main() {}
