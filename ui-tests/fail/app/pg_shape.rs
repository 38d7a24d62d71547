chopin::app! {
    postgres { url: env("DATABASE_URL") }
}

fn main() {}
