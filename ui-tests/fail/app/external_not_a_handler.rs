mod handlers {
    pub struct Database;
    pub fn index(db: Database) -> &'static str { let _ = db; "hi" }
}
chopin::app! {
    GET "/" => handlers::index;
}

fn main() {}
