chopin::app! {
    state { worker hits: std::cell::Cell<u64> = std::cell::Cell::new(0); }
    GET "/" => index;
    fn index(#[state] hitz: &std::cell::Cell<u64>) -> String { hitz.get().to_string() }
}

fn main() {}
