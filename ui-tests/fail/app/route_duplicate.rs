chopin::app! {
    GET "/users" => a;
    GET "/users" => b;
    fn a() -> &'static str { "a" }
    fn b() -> &'static str { "b" }
}

fn main() {}
