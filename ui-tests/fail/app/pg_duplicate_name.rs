chopin::app! {
    state { worker cache: std::cell::Cell<u64> = std::cell::Cell::new(0); }
    postgres db { url: env("DATABASE_URL") }
    postgres db { url: env("OTHER_URL") }
    postgres cache { url: env("CACHE_URL") }
}

fn main() {}
