chopin::app! {
    GETT "/" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
