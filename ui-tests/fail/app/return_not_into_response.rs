struct User;
chopin::app! {
    GET "/" => index;
    fn index() -> User { User }
}

fn main() {}
