chopin::app! {
    state { global hits: u64 = 0; }
}

fn main() {}
