// `skip_serializing_if` names a function.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(skip_serializing_if = "is none")]
    nick: Option<String>,
}

fn main() {}
