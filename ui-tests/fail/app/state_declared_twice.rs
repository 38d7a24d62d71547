chopin::app! {
    state {
        worker hits: u64 = 0;
        worker hits: u32 = 0;
    }
}

fn main() {}
