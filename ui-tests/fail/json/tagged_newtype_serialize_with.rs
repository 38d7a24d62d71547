// The field of a newtype variant in an internally tagged enum is spliced, not written.
#[derive(chopin::Serialize)]
#[serde(tag = "type")]
enum Event {
    Created(#[serde(serialize_with = "f")] Inner),
}

#[derive(chopin::Serialize)]
struct Inner {
    id: u8,
}

fn main() {}
