chopin::app! {
    postgres db { url: env("DATABASE_URL"), pool: env("POOL") }
}

fn main() {}
