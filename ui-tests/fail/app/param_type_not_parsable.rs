struct UserId;
chopin::app! {
    GET "/users/:id" => show;
    fn show(id: UserId) -> &'static str { let _ = id; "hi" }
}

fn main() {}
