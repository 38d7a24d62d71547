//! Pipelining and pooling against the harness cluster: 1,000 concurrent queries from one
//! thread's executor on one connection, batches behind one Sync, errors inside pipelines
//! and batches, pool checkout, rollback of returned leases, LISTEN/NOTIFY.

mod pg_harness;

use std::rc::Rc;
use std::time::Duration;

use chopin_rt::pg::{Client, Error, ErrorClass, Pool};
use chopin_rt::{block_on, spawn};
use pg_harness::{cluster, SCRAM};

fn url() -> String {
    cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable")
}

#[test]
fn a_thousand_concurrent_queries_pipeline_on_one_connection() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        let pid = db.backend_pid();
        let mut tasks = Vec::new();
        for i in 0..1000i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                // Two statement texts, so the cache's first-use path is raced too.
                let sql = if i % 2 == 0 { "SELECT $1::int4 * 2, pg_backend_pid()" } else { "SELECT $1::int4 * 2 + 0, pg_backend_pid()" };
                let row = db.query_one(sql, &[&i]).await.unwrap();
                (row.get::<_, i32>(0), row.get::<_, i32>(1))
            }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            let (v, backend) = t.await.unwrap();
            assert_eq!(v, 2 * i as i32);
            assert_eq!(backend, pid);
        }
    });
}

/// Rows refer to their reply's buffer in place; the connection's later replies must never
/// write over the bytes of rows still held, however the request slots are reused.
#[test]
fn rows_held_across_later_queries_keep_their_values() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        let sql = "SELECT g, repeat(chr(64 + $1::int4), g) FROM generate_series(1, 40) g";
        let check = |rows: &[chopin_rt::pg::Row], k: i32| {
            assert_eq!(rows.len(), 40);
            for (i, r) in rows.iter().enumerate() {
                let g: i32 = r.get(0);
                let text: &str = r.get(1);
                assert_eq!(g, i as i32 + 1);
                assert_eq!(text, std::iter::repeat_n(char::from(64 + k as u8), g as usize).collect::<String>());
            }
        };
        // Held one after another on one connection: every reply after the first arrives
        // while earlier rows still hold their buffers.
        let mut held = Vec::new();
        for k in 1..=6 {
            held.push((k, db.query(sql, &[&k]).await.unwrap()));
            let one = db.read_one("SELECT $1::text", &[&format!("single {k}")]).await.unwrap();
            assert_eq!(one.get::<_, &str>(0), format!("single {k}"));
            // A row kept while the next reads reuse the slot it came from.
            let again = db.read_one("SELECT repeat('z', 300)", &[]).await.unwrap();
            assert_eq!(one.get::<_, &str>(0), format!("single {k}"));
            assert_eq!(again.get::<_, &str>(0).len(), 300);
        }
        for (k, rows) in &held {
            check(rows, *k);
        }
        // Many tasks, each holding its rows across another query of its own.
        let mut tasks = Vec::new();
        for k in 1..=30i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                let first = db.read(sql, &[&(k % 26 + 1)]).await.unwrap();
                let second = db.query(sql, &[&((k + 7) % 26 + 1)]).await.unwrap();
                (k, first, second)
            }));
        }
        for t in tasks {
            let (k, first, second) = t.await.unwrap();
            check(&first, k % 26 + 1);
            check(&second, (k + 7) % 26 + 1);
        }
        drop(held);
        // The connection goes on normally once the rows are gone.
        assert_eq!(db.read_one("SELECT 41 + 1", &[]).await.unwrap().get::<_, i32>(0), 42);
    });
}

#[test]
fn a_pipeline_survives_failing_queries_between_good_ones() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        let mut tasks = Vec::new();
        for i in 0..200i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                if i % 3 == 0 {
                    db.query_one("SELECT 1 / ($1::int4 - $1::int4)", &[&i]).await.map(|_| -1)
                } else {
                    db.query_one("SELECT $1::int4", &[&i]).await.map(|r| r.get::<_, i32>(0))
                }
            }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            match t.await.unwrap() {
                Ok(v) => assert_eq!(v, i as i32),
                Err(e) => {
                    assert_eq!(i % 3, 0);
                    assert_eq!(e.code(), Some("22012"));
                    assert_eq!(e.class(), ErrorClass::Client);
                    assert_eq!(e.as_db().unwrap().severity, "ERROR");
                }
            }
        }
        // A syntax error carries its position; the statement is not cached.
        let e = db.query("SELECT 1 FROM", &[]).await.unwrap_err();
        let db_err = e.as_db().unwrap();
        assert_eq!((db_err.code.as_str(), db_err.position), ("42601", Some(14)));
        let e = db.query("SELECT 1 FROM", &[]).await.unwrap_err();
        assert_eq!(e.code(), Some("42601"));
    });
}

#[test]
fn a_batch_shares_one_sync_and_stops_at_the_first_error() {
    block_on(async {
        let db = Client::connect(&url()).await.unwrap();
        let ids: Vec<i32> = (1..=20).collect();
        let mut b = db.batch();
        for id in &ids {
            b.query("SELECT $1::int4 + 100", &[id]).await.unwrap();
        }
        assert_eq!(b.len(), 20);
        let results = b.run().await.unwrap();
        assert_eq!(results.len(), 20);
        for (id, r) in ids.iter().zip(results) {
            let rows = r.unwrap();
            assert_eq!(rows[0].get::<_, i32>(0), id + 100);
        }
        // One implicit transaction: the failing query undoes the insert before it.
        db.batch_execute("CREATE TEMP TABLE bt (n int)").await.unwrap();
        let mut b = db.batch();
        b.query("INSERT INTO bt VALUES ($1) RETURNING n", &[&1i32]).await.unwrap();
        b.query("SELECT 1 / $1::int4", &[&0i32]).await.unwrap();
        b.query("SELECT 5", &[]).await.unwrap();
        // A parameter that does not convert is refused before anything is sent.
        assert!(b.query("SELECT $1::int2", &[&70_000i32]).await.is_err());
        let r = b.run().await.unwrap();
        assert_eq!(r[0].as_ref().unwrap()[0].get::<_, i32>(0), 1);
        assert_eq!(r[1].as_ref().unwrap_err().code(), Some("22012"));
        assert!(matches!(r[2], Err(Error::Skipped)));
        let n: i64 = db.query_one("SELECT count(*) FROM bt", &[]).await.unwrap().get(0);
        assert_eq!(n, 0);
    });
}

#[test]
fn pool_pipelines_and_leases() {
    block_on(async {
        let pool = Pool::new(url().parse().unwrap(), 2);
        let mut tasks = Vec::new();
        for i in 0..300i64 {
            let pool = pool.clone();
            tasks.push(spawn(async move { pool.query_one("SELECT $1::int8", &[&i]).await.unwrap().get::<_, i64>(0) }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            assert_eq!(t.await.unwrap(), i as i64);
        }
        // The pool fills to its size in the background.
        for _ in 0..100 {
            if pool.open_connections() == 2 {
                break;
            }
            chopin_rt::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(pool.open_connections(), 2);
        let mut b = pool.batch().await.unwrap();
        b.query("SELECT 1", &[]).await.unwrap();
        b.query("SELECT 2", &[]).await.unwrap();
        let r = b.run().await.unwrap();
        assert_eq!(r[1].as_ref().unwrap()[0].get::<_, i32>(0), 2);

        // Both leased: a third checkout times out with a pool error.
        let short = Pool::with_checkout_timeout(url().parse().unwrap(), 2, Duration::from_millis(300));
        let a = short.get().await.unwrap();
        let b = short.get().await.unwrap();
        assert_ne!(a.backend_pid(), b.backend_pid());
        let e = short.get().await.err().unwrap();
        assert!(matches!(e, Error::PoolTimeout));
        assert_eq!(e.class(), ErrorClass::Pool);
        // Shared queries wait too, and go on once a lease is back.
        let waiter = {
            let short = short.clone();
            spawn(async move { short.query_one("SELECT 3", &[]).await.map(|r| r.get::<_, i32>(0)) })
        };
        chopin_rt::sleep(Duration::from_millis(50)).await;
        drop(a);
        assert_eq!(waiter.await.unwrap().unwrap(), 3);
        drop(b);
    });
}

#[test]
fn a_pooled_query_times_out_with_its_statement_cached_and_the_pool_goes_on() {
    let url = cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable&query_timeout=0.3");
    block_on(async {
        let pool = Pool::new(url.parse().unwrap(), 1);
        let sleep = "SELECT pg_sleep($1::float8)::text";
        // Prepared (and cached) by a first use that finishes in time.
        pool.query_one(sleep, &[&0.0f64]).await.unwrap();
        pool.read_one(sleep, &[&0.0f64]).await.unwrap();
        let t = std::time::Instant::now();
        let e = pool.query_one(sleep, &[&20.0f64]).await.unwrap_err();
        assert!(matches!(e, Error::QueryTimeout), "{e}");
        let e = pool.read_one(sleep, &[&20.0f64]).await.unwrap_err();
        assert!(matches!(e, Error::QueryTimeout), "{e}");
        // The sleeps were cancelled: the next queries do not wait for them.
        assert_eq!(pool.query_one("SELECT 7", &[]).await.unwrap().get::<_, i32>(0), 7);
        assert_eq!(pool.read_one("SELECT 8", &[]).await.unwrap().get::<_, i32>(0), 8);
        assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    });
}

#[test]
fn a_lease_returned_inside_a_transaction_is_rolled_back() {
    let table = "lease_rb";
    cluster().psql(&format!("DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (n int); GRANT ALL ON {table} TO PUBLIC"));
    block_on(async {
        let pool = Pool::new(url().parse().unwrap(), 1);
        {
            let conn = pool.get().await.unwrap();
            conn.batch_execute(&format!("BEGIN; INSERT INTO {table} VALUES (1)")).await.unwrap();
            // Returned without COMMIT.
        }
        let conn = pool.get().await.unwrap();
        let status: String = conn.query_one("SELECT count(*)::text FROM lease_rb", &[]).await.unwrap().get(0);
        assert_eq!(status, "0");
        // And the session is not inside a transaction any more: this commits.
        conn.execute("INSERT INTO lease_rb VALUES (2)", &[]).await.unwrap();
    });
    assert_eq!(cluster().psql("SELECT string_agg(n::text, ',') FROM lease_rb").trim(), "2");
}

#[test]
fn listen_notify_between_connections() {
    block_on(async {
        let listener = Client::connect(&url()).await.unwrap();
        listener.listen("chopin events").await.unwrap();
        let mut notes = listener.notifications();
        let talker = Client::connect(&url()).await.unwrap();
        for i in 0..3 {
            talker.execute("SELECT pg_notify('chopin events', $1)", &[&format!("msg {i}")]).await.unwrap();
        }
        for i in 0..3 {
            let n = chopin_rt::timeout(Duration::from_secs(5), notes.next()).await.unwrap().unwrap();
            assert_eq!(n.channel, "chopin events");
            assert_eq!(n.payload, format!("msg {i}"));
            assert_eq!(n.pid, talker.backend_pid());
        }
        // Nothing more arrives.
        assert!(chopin_rt::timeout(Duration::from_millis(100), notes.next()).await.is_err());
    });
}

#[test]
fn a_backend_killed_mid_query_is_a_transient_error_and_the_pool_recovers() {
    block_on(async {
        let pool = Pool::new(url().parse().unwrap(), 2);
        let victim = {
            let pool = pool.clone();
            spawn(async move { pool.query("SELECT pg_sleep(30), 'victim'", &[]).await })
        };
        // Wait until the sleep runs, then terminate that backend from another session.
        let admin = Client::connect(&cluster().super_url()).await.unwrap();
        let mut killed = false;
        for _ in 0..100 {
            let n: i64 = admin
                .query_one(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
                     WHERE query LIKE 'SELECT pg_sleep(30), ''victim''%' AND pid <> pg_backend_pid()",
                    &[],
                )
                .await
                .unwrap()
                .get(0);
            if n == 1 {
                killed = true;
                break;
            }
            chopin_rt::sleep(Duration::from_millis(20)).await;
        }
        assert!(killed, "the victim query never showed up");
        let e = victim.await.unwrap().unwrap_err();
        assert_eq!(e.code(), Some("57P01"), "{e}");
        assert_eq!(e.as_db().unwrap().severity, "FATAL");
        assert_eq!(e.class(), ErrorClass::Transient);
        // The pool replaces the lost connection in the background and serves again.
        let mut ok = 0;
        for _ in 0..100 {
            if pool.open_connections() == 2 {
                break;
            }
            chopin_rt::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(pool.open_connections(), 2);
        for i in 0..20i32 {
            let v: i32 = pool.query_one("SELECT $1::int4", &[&i]).await.unwrap().get(0);
            ok += (v == i) as i32;
        }
        assert_eq!(ok, 20);
    });
}

/// Resumes a stopped backend however the test ends.
struct Resume(i32);

impl Drop for Resume {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill").args(["-CONT", &self.0.to_string()]).status();
        cluster().psql(&format!("SELECT pg_terminate_backend({})", self.0));
    }
}

#[test]
fn a_health_check_replaces_an_idle_connection_that_stopped_answering() {
    block_on(async {
        let pool = Pool::builder(url().parse().unwrap())
            .size(1)
            .health_check(Duration::from_millis(200), Duration::from_millis(300))
            .build();
        let old: i32 = pool.query_one("SELECT pg_backend_pid()", &[]).await.unwrap().get(0);
        // Freeze the backend: its socket stays open, it just never answers.
        let st = std::process::Command::new("kill").args(["-STOP", &old.to_string()]).status().unwrap();
        assert!(st.success());
        let _resume = Resume(old);
        // No query meanwhile: a connection with requests in flight is busy, not idle, and is
        // left to the query timeout. Idle 200 ms + 300 ms without an answer + a reconnect.
        chopin_rt::sleep(Duration::from_millis(1500)).await;
        let row = chopin_rt::timeout(Duration::from_secs(5), pool.query_one("SELECT pg_backend_pid()", &[]))
            .await
            .expect("the frozen connection was not replaced")
            .unwrap();
        assert_ne!(row.get::<_, i32>(0), old);
    });
}

#[test]
fn statements_describe_themselves_and_a_cancel_token_cancels() {
    block_on(async {
        let db = Client::connect(&url()).await.unwrap();
        let stmt = db.prepare("SELECT $1::int8 + $2::int4 AS total, 'x'::text AS s").await.unwrap();
        assert_eq!(stmt.params(), [chopin_rt::pg::oid::INT8, chopin_rt::pg::oid::INT4]);
        let cols: Vec<(&str, u32)> = stmt.columns().iter().map(|c| (c.name(), c.type_oid())).collect();
        assert_eq!(cols, [("total", chopin_rt::pg::oid::INT8), ("s", chopin_rt::pg::oid::TEXT)]);
        // Prepared once per connection: the same statement object comes back.
        let again = db.prepare("SELECT $1::int8 + $2::int4 AS total, 'x'::text AS s").await.unwrap();
        assert!(Rc::ptr_eq(&stmt, &again));

        let token = db.cancel_token();
        spawn(async move {
            chopin_rt::sleep(Duration::from_millis(200)).await;
            token.cancel().await.unwrap();
        });
        let e = db.query("SELECT pg_sleep(30)", &[]).await.unwrap_err();
        assert_eq!(e.code(), Some("57014"), "{e}");
        assert_eq!(e.class(), ErrorClass::Transient);
        // A session notifies itself too.
        db.listen("self").await.unwrap();
        db.execute("SELECT pg_notify('self', '42')", &[]).await.unwrap();
        let n = db.notifications().next().await.unwrap();
        assert_eq!((n.channel.as_str(), n.payload.as_str()), ("self", "42"));
    });
}

#[test]
fn a_lease_that_listened_is_unlistened_on_return() {
    block_on(async {
        let pool = Pool::new(url().parse().unwrap(), 1);
        let pid = {
            let conn = pool.get().await.unwrap();
            conn.listen("lease channel").await.unwrap();
            let n: i64 = conn.query_one("SELECT count(*) FROM pg_listening_channels()", &[]).await.unwrap().get(0);
            assert_eq!(n, 1);
            conn.backend_pid()
        };
        let conn = pool.get().await.unwrap();
        assert_eq!(conn.backend_pid(), pid, "the same connection");
        let n: i64 = conn.query_one("SELECT count(*) FROM pg_listening_channels()", &[]).await.unwrap().get(0);
        assert_eq!(n, 0);
    });
}

#[test]
fn a_pool_that_cannot_connect_reports_why() {
    block_on(async {
        let bad = cluster().url(SCRAM.0, "wrong", "sslmode=disable");
        let pool = Pool::with_checkout_timeout(bad.parse().unwrap(), 2, Duration::from_millis(500));
        let e = pool.query("SELECT 1", &[]).await.unwrap_err();
        assert_eq!(e.code(), Some("28P01"), "{e}");
        assert_eq!(pool.open_connections(), 0);
    });
}
