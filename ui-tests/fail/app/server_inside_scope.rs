chopin::app! {
    scope "/api" {
        server { workers: 1 }
    }
}

fn main() {}
