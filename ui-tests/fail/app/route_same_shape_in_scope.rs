chopin::app! {
    GET "/api/items/:id" => a;
    scope "/api" {
        GET "/items/:id" => b;
    }
    fn a(id: u32) -> String { id.to_string() }
    fn b(id: u32) -> String { id.to_string() }
}

fn main() {}
