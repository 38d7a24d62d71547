chopin::app! {
    server { max_bdy: 1 MiB }
}

fn main() {}
