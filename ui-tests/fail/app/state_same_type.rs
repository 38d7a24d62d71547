chopin::app! {
    state {
        worker a: std::cell::Cell<u64> = std::cell::Cell::new(0);
        worker b: std::cell::Cell<u64> = std::cell::Cell::new(0);
    }
}

fn main() {}
