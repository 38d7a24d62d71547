//! The per-connection statement cache against a real server: statements used in turn (more
//! than the most-recently-used list holds) keep answering correctly; `DISCARD ALL` drops the
//! server's statements, which fails one query with SQLSTATE 26000 and empties the cache so the
//! next use prepares again; and more distinct statements than the cache holds evict the least
//! recently used without disturbing the rest. `execute` reports the affected count of each
//! kind of statement, on a connection and on a pool, while the row-returning calls next to it
//! still return their rows.

mod pg_harness;

use chopin_rt::block_on;
use chopin_rt::pg::{Client, Pool};
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

#[test]
fn execute_counts_rows_and_the_row_calls_return_rows() {
    block_on(async {
        let db = Client::connect(&url()).await.unwrap();
        db.batch_execute("DROP TABLE IF EXISTS st_counts; CREATE TABLE st_counts (id int4, v int4)").await.unwrap();
        let insert = "INSERT INTO st_counts SELECT g, g * 10 FROM generate_series(1, $1::int4) g";
        assert_eq!(db.execute(insert, &[&5i32]).await.unwrap(), 5);
        assert_eq!(db.execute("UPDATE st_counts SET v = v + 1 WHERE id > $1", &[&3i32]).await.unwrap(), 2);
        assert_eq!(db.execute("DELETE FROM st_counts WHERE id = $1", &[&1i32]).await.unwrap(), 1);
        // A statement that returns rows: its tag's count (`SELECT 4`), the rows dropped.
        assert_eq!(db.execute("SELECT id FROM st_counts", &[]).await.unwrap(), 4);
        assert_eq!(db.execute("CREATE TEMP TABLE st_none (x int4)", &[]).await.unwrap(), 0);
        // The row calls, with the same cached statements around them, return their rows.
        let rows = db.query("SELECT id, v FROM st_counts ORDER BY id", &[]).await.unwrap();
        let got: Vec<(i32, i32)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        assert_eq!(got, [(2, 20), (3, 30), (4, 41), (5, 51)]);
        let one = db.query_one("SELECT v FROM st_counts WHERE id = $1", &[&4i32]).await.unwrap();
        assert_eq!(one.get::<_, i32>(0), 41);
        assert!(db.query_opt("SELECT v FROM st_counts WHERE id = $1", &[&9i32]).await.unwrap().is_none());

        // The same through a pool (its own sessions: a real table, not a temporary one).
        let pool = Pool::new(url().parse().unwrap(), 2);
        assert_eq!(pool.execute(insert, &[&3i32]).await.unwrap(), 3);
        assert_eq!(pool.execute("UPDATE st_counts SET v = 0 WHERE id <= $1", &[&3i32]).await.unwrap(), 5);
        assert_eq!(pool.execute("SELECT 1 FROM st_counts", &[]).await.unwrap(), 7);
        assert_eq!(pool.query_one("SELECT count(*) FROM st_counts WHERE v = 0", &[]).await.unwrap().get::<_, i64>(0), 5);
        let read = pool.read_one("SELECT max(v) FROM st_counts", &[]).await.unwrap();
        assert_eq!(read.get::<_, i32>(0), 51);
        assert_eq!(pool.execute("DROP TABLE st_counts", &[]).await.unwrap(), 0);
    });
}
