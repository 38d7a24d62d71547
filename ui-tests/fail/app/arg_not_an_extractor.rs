struct Database;
chopin::app! {
    GET "/" => index;
    fn index(db: Database) -> &'static str { let _ = db; "hi" }
}

fn main() {}
