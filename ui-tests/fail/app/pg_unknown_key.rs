chopin::app! {
    postgres db { url: env("DATABASE_URL"), pool_size: 4 }
}

fn main() {}
