chopin::app! {
    postgres db { url: "mysql://app@127.0.0.1/shop" }
}

fn main() {}
