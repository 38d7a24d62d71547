chopin::app! {
    middleware [check];
    GET "/" => index;
    fn index() -> &'static str { "hi" }
    fn check() -> bool { true }
}

fn main() {}
