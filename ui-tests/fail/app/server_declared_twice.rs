chopin::app! {
    server { workers: 1 }
    server { bind: "0.0.0.0:80" }
}

fn main() {}
