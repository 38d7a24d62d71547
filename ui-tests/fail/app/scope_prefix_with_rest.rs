chopin::app! {
    scope "/files/*rest" {
        GET "/x" => index;
    }
    fn index() -> &'static str { "hi" }
}

fn main() {}
