use chopin::pg::Pool;

chopin::app! {
    postgres main { url: env("DATABASE_URL") }
    postgres audit { url: env("AUDIT_URL") }

    GET "/" => index;

    async fn index(db: Pool) -> String {
        db.open_connections().to_string()
    }
}

fn main() {}
