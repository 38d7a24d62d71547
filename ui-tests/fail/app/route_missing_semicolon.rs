chopin::app! {
    GET "/" => index
    fn index() -> &'static str { "hi" }
}

fn main() {}
