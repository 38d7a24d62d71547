// A union cannot be written as JSON.
#[derive(chopin::Serialize)]
union Bits {
    a: u32,
    b: f32,
}

fn main() {}
