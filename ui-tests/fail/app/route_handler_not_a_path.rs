chopin::app! {
    GET "/" => || "hi";
}

fn main() {}
