// An internally tagged enum cannot write a tuple variant as an object.
#[derive(chopin::Serialize)]
#[serde(tag = "type")]
enum Shape {
    Point,
    Line(u8, u8),
}

fn main() {}
