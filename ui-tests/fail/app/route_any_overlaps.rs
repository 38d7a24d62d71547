chopin::app! {
    ANY "/hook" => a;
    POST "/hook" => b;
    fn a() -> &'static str { "a" }
    fn b() -> &'static str { "b" }
}

fn main() {}
