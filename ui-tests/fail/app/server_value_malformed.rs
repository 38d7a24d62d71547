chopin::app! {
    server { bind: [8080] }
}

fn main() {}
