chopin::app! {
    GET "/users/:Id" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
