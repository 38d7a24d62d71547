chopin::app! {
    postgres db { pool: 4 }
}

fn main() {}
