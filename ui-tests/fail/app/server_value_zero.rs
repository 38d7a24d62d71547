chopin::app! {
    server { workers: 0 }
}

fn main() {}
