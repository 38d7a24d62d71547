chopin::app! {
    state { worker hits: std::cell::Cell<u64> = std::cell::Cell::new(0); }
    GET "/" => index;
    fn index(#[state] (a, b): (u8, u8)) -> String { format!("{a}{b}") }
}

fn main() {}
