chopin::app! {
    GET "/users//list" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
