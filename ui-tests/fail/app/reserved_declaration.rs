chopin::app! {
    auth { jwt: hs256(env("JWT_SECRET")) }
}

fn main() {}
