chopin::app! {
    GET "/files/report.:ext" => index;
    fn index() -> &'static str { "hi" }
}

fn main() {}
