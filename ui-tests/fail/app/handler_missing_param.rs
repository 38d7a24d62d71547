chopin::app! {
    GET "/users/:id" => show;
    fn show() -> &'static str { "who?" }
}

fn main() {}
