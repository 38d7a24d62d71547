chopin::app! {
    scope "/api" {
        GET "/x" => x;
        fn x() -> &'static str { "x" }
    }
}

fn main() {}
