chopin::app! {
    POST "/" => index [body_limit(5 s)];
    fn index() -> &'static str { "hi" }
}

fn main() {}
