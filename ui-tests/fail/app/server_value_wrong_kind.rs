chopin::app! {
    server { max_body: 10 s }
}

fn main() {}
