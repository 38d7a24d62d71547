chopin::app! {
    server { workers: 2, workers: 4 }
}

fn main() {}
