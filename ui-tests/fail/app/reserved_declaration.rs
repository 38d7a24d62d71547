chopin::app! {
    postgres db { url: "postgres://localhost/db", pool: 4 }
}

fn main() {}
