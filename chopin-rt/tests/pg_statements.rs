//! The per-connection statement cache against a real server: statements used in turn (more
//! than the most-recently-used list holds) keep answering correctly; `DISCARD ALL` drops the
//! server's statements, which fails one query with SQLSTATE 26000 and empties the cache so the
//! next use prepares again; and more distinct statements than the cache holds evict the least
//! recently used without disturbing the rest.

mod pg_harness;

use chopin_rt::block_on;
use chopin_rt::pg::Client;
use pg_harness::{cluster, SCRAM};

fn url() -> String {
    cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable")
}

#[test]
fn statements_in_turn_discard_all_and_eviction() {
    block_on(async {
        let db = Client::connect(&url()).await.unwrap();
        // Ten texts in rotation: the recent list (four) keeps changing.
        let texts: Vec<String> = (0..10).map(|i| format!("SELECT $1::int4 + {i}")).collect();
        for round in 0..5 {
            for (i, sql) in texts.iter().enumerate() {
                let n: i32 = db.query_one(sql, &[&round]).await.unwrap().get(0);
                assert_eq!(n, round + i as i32, "{sql}");
            }
        }
        // The same text from a different buffer finds the same statement.
        let owned = String::from("SELECT $1::int4 + 3");
        assert_eq!(db.query_one(&owned, &[&1i32]).await.unwrap().get::<_, i32>(0), 4);

        // DISCARD ALL: the next use of a cached statement fails once, then prepares again.
        db.batch_execute("DISCARD ALL").await.unwrap();
        let e = db.query_one(&texts[0], &[&1i32]).await.unwrap_err();
        assert_eq!(e.code(), Some("26000"), "{e}");
        assert_eq!(db.query_one(&texts[0], &[&1i32]).await.unwrap().get::<_, i32>(0), 1);
        assert_eq!(db.query_one(&texts[9], &[&1i32]).await.unwrap().get::<_, i32>(0), 10);

        // 600 distinct statements (the cache keeps 512): early ones are evicted and closed,
        // and every text still answers correctly afterwards, old or new.
        for i in 0..600 {
            let n: i32 = db.query_one(&format!("SELECT {i}::int4 + $1::int4"), &[&1i32]).await.unwrap().get(0);
            assert_eq!(n, i + 1);
        }
        for i in [0, 1, 2, 300, 599] {
            let n: i32 = db.query_one(&format!("SELECT {i}::int4 + $1::int4"), &[&2i32]).await.unwrap().get(0);
            assert_eq!(n, i + 2);
        }
        let open: i64 = db.query_one("SELECT count(*) FROM pg_prepared_statements", &[]).await.unwrap().get(0);
        assert!(open <= 513, "{open} statements open on the server");
    });
}
