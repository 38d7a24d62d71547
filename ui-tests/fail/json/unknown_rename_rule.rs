// `rename_all` takes one of serde's case styles.
#[derive(chopin::Serialize)]
#[serde(rename_all = "camelcase")]
struct User {
    user_id: u32,
}

fn main() {}
