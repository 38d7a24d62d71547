chopin::app! {
    middleware [acces_log];
    GET "/" => index;
    fn index() -> &'static str { "hi" }
    fn access_log() {}
}

fn main() {}
