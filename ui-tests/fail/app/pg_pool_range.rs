chopin::app! {
    postgres db { url: env("DATABASE_URL"), pool: 0 }
    postgres big { url: env("BIG_URL"), pool: 5000 }
}

fn main() {}
