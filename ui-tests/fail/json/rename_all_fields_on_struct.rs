// `rename_all_fields` is for the fields of an enum's variants.
#[derive(chopin::Serialize)]
#[chopin(rename_all_fields = "camelCase")]
struct User {
    user_id: u8,
}

fn main() {}
