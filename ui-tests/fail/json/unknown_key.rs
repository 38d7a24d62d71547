// An unknown key in `#[chopin(...)]` is an error, with a did-you-mean.
#[derive(chopin::Serialize)]
struct User {
    #[chopin(renam = "ID")]
    id: u32,
}

fn main() {}
