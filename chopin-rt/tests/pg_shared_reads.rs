//! `read` against the harness cluster: reads queued by many tasks in one loop turn share one
//! Sync (seen as one transaction id), each still gets its own rows, a failing read's group
//! is resent so only the failing read fails, a dropped read leaves the others intact, and a
//! statement that writes is refused before it is sent.

mod pg_harness;

use std::rc::Rc;

use chopin_rt::pg::{Client, Error, ErrorClass, Pool};
use chopin_rt::{block_on, spawn};
use pg_harness::{cluster, SCRAM};

fn url() -> String {
    cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable")
}

/// The transaction id of the statement, as text (assigning one makes it visible).
const XID: &str = "SELECT pg_current_xact_id()::text";

#[test]
fn reads_of_one_loop_turn_share_a_transaction_and_queries_do_not() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        // Prepare first, so every task below goes straight to Bind in the same turn.
        db.read(XID, &[]).await.unwrap();
        db.read("SELECT $1::int4 * 3", &[&1]).await.unwrap();
        let mut tasks = Vec::new();
        for i in 0..50i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                let xid: String = db.read_one(XID, &[]).await.unwrap().get(0);
                let v: i32 = db.read_one("SELECT $1::int4 * 3", &[&i]).await.unwrap().get(0);
                (xid, v)
            }));
        }
        let mut xids = Vec::new();
        for (i, t) in tasks.into_iter().enumerate() {
            let (xid, v) = t.await.unwrap();
            assert_eq!(v, 3 * i as i32);
            xids.push(xid);
        }
        xids.dedup();
        assert_eq!(xids.len(), 1, "fifty reads started in one turn ran in one transaction");

        // The same with `query`: each statement has its own Sync, so its own transaction.
        let mut tasks = Vec::new();
        for _ in 0..5 {
            let db = db.clone();
            tasks.push(spawn(async move { db.query_one(XID, &[]).await.unwrap().get::<_, String>(0) }));
        }
        let mut own = Vec::new();
        for t in tasks {
            own.push(t.await.unwrap());
        }
        own.sort();
        own.dedup();
        assert_eq!(own.len(), 5);
    });
}

#[test]
fn a_failing_read_fails_alone_and_the_rest_of_its_group_is_resent() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        let mut tasks = Vec::new();
        for i in 0..120i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                if i % 7 == 3 {
                    db.read_one("SELECT 1 / ($1::int4 - $1::int4)", &[&i]).await.map(|_| -1)
                } else if i % 11 == 5 {
                    // A query with its own Sync in the middle closes the open group.
                    db.query_one("SELECT $1::int4", &[&i]).await.map(|r| r.get::<_, i32>(0))
                } else {
                    db.read_one("SELECT $1::int4", &[&i]).await.map(|r| r.get::<_, i32>(0))
                }
            }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            match t.await.unwrap() {
                Ok(v) => assert_eq!(v, i as i32),
                Err(e) => {
                    assert_eq!(i % 7, 3, "read {i} failed: {e}");
                    assert_eq!(e.code(), Some("22012"));
                    assert_eq!(e.class(), ErrorClass::Client);
                }
            }
        }
        // The connection is in a clean state afterwards.
        let row = db.query_one("SELECT 41 + 1", &[]).await.unwrap();
        assert_eq!(row.get::<_, i32>(0), 42);
        assert_eq!(db.read_opt("SELECT 1 WHERE false", &[]).await.unwrap().map(|r| r.get::<_, i32>(0)), None);
    });
}

#[test]
fn a_lone_read_and_a_lone_resent_read_are_answered_on_their_own() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        // Alone in its loop turn, a read is a request with its own Sync.
        let e = db.read_one("SELECT 1 / ($1::int4 - $1::int4)", &[&1]).await.unwrap_err();
        assert_eq!(e.code(), Some("22012"));
        assert_eq!(db.read_one("SELECT $1::int4", &[&5]).await.unwrap().get::<_, i32>(0), 5);
        // Two reads in one turn, the first failing: the second, skipped by the server, is
        // sent again as a group of one.
        for round in 0..3i32 {
            let (a, b) = (db.clone(), db.clone());
            let fails = spawn(async move { a.read_one("SELECT 1 / ($1::int4 - $1::int4)", &[&round]).await.map(|_| ()) });
            let skipped = spawn(async move { b.read_one("SELECT $1::int4 + 10", &[&round]).await.map(|r| r.get::<_, i32>(0)) });
            assert_eq!(fails.await.unwrap().unwrap_err().code(), Some("22012"));
            assert_eq!(skipped.await.unwrap().unwrap(), round + 10);
        }
        assert_eq!(db.read("SELECT generate_series(1, 3)", &[]).await.unwrap().len(), 3);
    });
}

#[test]
fn a_dropped_read_leaves_the_others_of_its_group_intact() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        db.read("SELECT $1::int4 + 100", &[&0]).await.unwrap();
        let mut tasks = Vec::new();
        for i in 0..30i32 {
            let db = db.clone();
            tasks.push(spawn(async move { db.read_one("SELECT $1::int4 + 100", &[&i]).await.map(|r| r.get::<_, i32>(0)) }));
        }
        // Every third read is abandoned right after it was queued.
        for i in (0..30).step_by(3) {
            let db = db.clone();
            let victim = spawn(async move {
                let params: [&dyn chopin_rt::pg::ToSql; 1] = [&i];
                let read = db.read_one("SELECT pg_sleep(0.01)::text, $1::int4", &params);
                let _ = chopin_rt::timeout(std::time::Duration::from_millis(1), read).await;
            });
            victim.await.unwrap();
        }
        for (i, t) in tasks.into_iter().enumerate() {
            assert_eq!(t.await.unwrap().unwrap(), 100 + i as i32);
        }
        assert_eq!(db.read_one("SELECT 7", &[]).await.unwrap().get::<_, i32>(0), 7);
    });
}

#[test]
fn a_statement_that_may_write_is_refused_before_it_is_sent() {
    block_on(async {
        let db = Client::connect(&url()).await.unwrap();
        db.execute("CREATE TEMP TABLE shared_reads_t (v int4)", &[]).await.unwrap();
        db.execute("INSERT INTO shared_reads_t VALUES (1)", &[]).await.unwrap();
        for sql in [
            "UPDATE shared_reads_t SET v = 2",
            "DELETE FROM shared_reads_t",
            "INSERT INTO shared_reads_t VALUES (3)",
            "WITH d AS (DELETE FROM shared_reads_t RETURNING v) SELECT v FROM d",
            "SELECT v INTO shared_reads_copy FROM shared_reads_t",
        ] {
            match db.read(sql, &[]).await {
                Err(Error::Conversion(msg)) => assert!(msg.contains("use `query`"), "{msg}"),
                other => panic!("{sql}: {other:?}"),
            }
        }
        let rows = db.query("SELECT v FROM shared_reads_t", &[]).await.unwrap();
        assert_eq!(rows.iter().map(|r| r.get::<_, i32>(0)).collect::<Vec<_>>(), [1]);
    });
}

#[test]
fn pooled_reads_from_many_tasks_return_their_own_rows() {
    block_on(async {
        let pool = Rc::new(Pool::new(url().parse().unwrap(), 2));
        let mut tasks = Vec::new();
        for i in 0..300i32 {
            let pool = pool.clone();
            tasks.push(spawn(async move {
                let one = pool.read_one("SELECT $1::int4, 'x' || $1::text", &[&i]).await.unwrap();
                let many = pool.read("SELECT generate_series(1, $1::int4 % 5)", &[&i]).await.unwrap();
                (one.get::<_, i32>(0), one.get::<_, String>(1), many.len())
            }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            let i = i as i32;
            assert_eq!(t.await.unwrap(), (i, format!("x{i}"), (i % 5) as usize));
        }
    });
}

#[test]
fn batches_of_reads_share_the_group_and_keep_their_own_errors() {
    block_on(async {
        let db = Rc::new(Client::connect(&url()).await.unwrap());
        db.read(XID, &[]).await.unwrap();
        db.read("SELECT $1::int4 * 5", &[&0]).await.unwrap();
        db.read("SELECT 1 / ($1::int4 - $1::int4)", &[&0]).await.unwrap_err();
        let mut tasks = Vec::new();
        for i in 0..40i32 {
            let db = db.clone();
            tasks.push(spawn(async move {
                let mut batch = db.batch();
                batch.read(XID, &[]).await.unwrap();
                for k in 0..3i32 {
                    if i % 9 == 4 && k == 1 {
                        batch.read("SELECT 1 / ($1::int4 - $1::int4)", &[&k]).await.unwrap();
                    } else {
                        batch.read("SELECT $1::int4 * 5", &[&(i * 10 + k)]).await.unwrap();
                    }
                }
                batch.run().await.unwrap()
            }));
        }
        let mut xids = Vec::new();
        for (i, t) in tasks.into_iter().enumerate() {
            let i = i as i32;
            let results = t.await.unwrap();
            assert_eq!(results.len(), 4);
            xids.push(results[0].as_ref().map(|rows| rows[0].get::<_, String>(0)).ok());
            for k in 0..3usize {
                let r = &results[k + 1];
                if i % 9 == 4 && k >= 1 {
                    let e = r.as_ref().unwrap_err();
                    if k == 1 {
                        assert_eq!(e.code(), Some("22012"));
                    } else {
                        assert!(matches!(e, Error::Skipped), "{e:?}");
                    }
                } else {
                    let rows = r.as_ref().unwrap();
                    assert_eq!(rows[0].get::<_, i32>(0), (i * 10 + k as i32) * 5, "batch {i} read {k}");
                }
            }
        }
        // Batches queued up to the first failing one shared its transaction; the ones after it
        // were resent as a new group, up to the next failing one, and so on (a failure at
        // every ninth batch): a handful of transactions for forty batches.
        let mut distinct: Vec<_> = xids.into_iter().flatten().collect();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() <= 5, "{} transactions for 40 batches", distinct.len());

        // A batch with a `query` in it keeps its own Sync; `read` refuses a write.
        let mut batch = db.batch();
        assert!(matches!(batch.read("DELETE FROM pg_class", &[]).await, Err(Error::Conversion(_))));
        batch.query("SELECT 2", &[]).await.unwrap();
        assert_eq!(batch.run().await.unwrap()[0].as_ref().unwrap()[0].get::<_, i32>(0), 2);
    });
}

#[test]
fn a_pool_gathers_one_turns_requests_on_few_connections() {
    block_on(async {
        let pool = Rc::new(Pool::new(url().parse().unwrap(), 4));
        pool.warm_up();
        for _ in 0..500 {
            if pool.open_connections() == 4 {
                break;
            }
            chopin_rt::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert_eq!(pool.open_connections(), 4);
        // Prepare the statement on every connection.
        let mut warm = Vec::new();
        for _ in 0..64 {
            let pool = pool.clone();
            warm.push(spawn(async move { pool.read_one("SELECT pg_backend_pid()", &[]).await.unwrap().get::<_, i32>(0) }));
        }
        let mut pids: Vec<i32> = Vec::new();
        for t in warm {
            pids.push(t.await.unwrap());
        }
        pids.sort();
        pids.dedup();
        assert_eq!(pids.len(), 4, "64 requests spread over the pool's four connections");
        // 40 requests started in one loop turn: 16 + 16 + 8 on three connections, not 10 on
        // each of four (each connection's share leaves in one write, one PostgreSQL wake-up).
        let mut tasks = Vec::new();
        for _ in 0..40 {
            let pool = pool.clone();
            tasks.push(spawn(async move { pool.read_one("SELECT pg_backend_pid()", &[]).await.unwrap().get::<_, i32>(0) }));
        }
        let mut used: Vec<i32> = Vec::new();
        for t in tasks {
            used.push(t.await.unwrap());
        }
        let mut counts: Vec<usize> = pids.iter().map(|p| used.iter().filter(|u| *u == p).count()).collect();
        counts.sort();
        assert_eq!(counts, [0, 8, 16, 16]);
    });
}
