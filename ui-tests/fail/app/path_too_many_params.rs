chopin::app! {
    GET "/:a/:b/:c/:d/:e/:f/:g/:h/:i/:j/:k/:l/:m/:n/:o/:p/:q" => index;
    fn index(cx: &chopin::router::Context<'_>) -> &'static str { let _ = cx; "hi" }
}

fn main() {}
