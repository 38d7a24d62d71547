chopin::app! {
    GET "/files/*path/raw" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
