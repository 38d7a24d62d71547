chopin::app! {
    server { max_headers: 500 }
}

fn main() {}
