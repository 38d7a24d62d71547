chopin::app! {
    GET "/search?q=1" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
