chopin::app! {
    scope "/api" {
        postgres db { url: env("DATABASE_URL") }
    }
}

fn main() {}
