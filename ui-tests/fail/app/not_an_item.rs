chopin::app! {
    GET "/" => index;
    let x = 1;
    fn index() -> &'static str { "hi" }
}

fn main() {}
