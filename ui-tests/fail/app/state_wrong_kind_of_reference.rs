chopin::app! {
    state { worker hits: std::cell::Cell<u64> = std::cell::Cell::new(0); }
    GET "/" => index;
    fn index(#[state] hits: std::sync::Arc<std::cell::Cell<u64>>) -> String { hits.get().to_string() }
}

fn main() {}
