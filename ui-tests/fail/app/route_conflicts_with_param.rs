chopin::app! {
    GET "/users/:id" => show;
    GET "/users/:name/posts" => posts;
    fn show(id: u32) -> String { id.to_string() }
    fn posts(name: String) -> String { name }
}

fn main() {}
