chopin::app! {
    GET "users" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
