chopin::app! {
    POST "/" => index [body_limit(1 KiB, 2 KiB)];
    fn index() -> &'static str { "hi" }
}

fn main() {}
