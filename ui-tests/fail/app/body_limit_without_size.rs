chopin::app! {
    POST "/" => index [body_limit];
    fn index() -> &'static str { "hi" }
}

fn main() {}
