//! Transactions, savepoints, panics inside transactions, COPY of a million rows each way and
//! the blocking façade, against the harness cluster.

mod pg_harness;

use std::time::Duration;

use chopin_rt::pg::{BlockingClient, Client, Pool};
use chopin_rt::{block_on, spawn};
use pg_harness::{cluster, SCRAM};

fn url() -> String {
    cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable")
}

fn fresh_table(name: &str, cols: &str) {
    cluster().psql(&format!("DROP TABLE IF EXISTS {name}; CREATE TABLE {name} ({cols}); GRANT ALL ON {name} TO PUBLIC"));
}

fn psql_list(sql: &str) -> String {
    cluster().psql(sql).trim().to_string()
}

#[test]
fn savepoints_roll_back_on_drop_and_commit_on_release() {
    fresh_table("sp", "n int");
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        let mut tx = db.transaction().await.unwrap();
        tx.execute("INSERT INTO sp VALUES (1)", &[]).await.unwrap();
        {
            let sp = tx.savepoint().await.unwrap();
            sp.execute("INSERT INTO sp VALUES (2)", &[]).await.unwrap();
            // Dropped without commit.
        }
        {
            let mut sp = tx.savepoint().await.unwrap();
            sp.execute("INSERT INTO sp VALUES (3)", &[]).await.unwrap();
            {
                let inner = sp.savepoint().await.unwrap();
                inner.execute("INSERT INTO sp VALUES (4)", &[]).await.unwrap();
                inner.rollback().await.unwrap();
            }
            sp.commit().await.unwrap();
        }
        {
            // An error inside a savepoint, rolled back, leaves the transaction usable.
            let sp = tx.savepoint().await.unwrap();
            let e = sp.execute("INSERT INTO sp VALUES (1 / 0)", &[]).await.unwrap_err();
            assert_eq!(e.code(), Some("22012"));
        }
        tx.execute("INSERT INTO sp VALUES (5)", &[]).await.unwrap();
        // Not yet visible to others.
        assert_eq!(psql_list("SELECT count(*) FROM sp"), "0");
        tx.commit().await.unwrap();
    });
    assert_eq!(psql_list("SELECT string_agg(n::text, ',' ORDER BY n) FROM sp"), "1,3,5");
}

#[test]
fn a_transaction_dropped_without_commit_rolls_back() {
    fresh_table("txdrop", "n int");
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        {
            let tx = db.transaction().await.unwrap();
            tx.execute("INSERT INTO txdrop VALUES (1)", &[]).await.unwrap();
        }
        db.execute("INSERT INTO txdrop VALUES (2)", &[]).await.unwrap();
        let tx = db.transaction().await.unwrap();
        tx.execute("INSERT INTO txdrop VALUES (3)", &[]).await.unwrap();
        tx.rollback().await.unwrap();
    });
    assert_eq!(psql_list("SELECT string_agg(n::text, ',') FROM txdrop"), "2");
}

#[test]
fn a_panic_inside_a_transaction_commits_nothing() {
    fresh_table("txpanic", "n int");
    block_on(async {
        let pool = Pool::new(url().parse().unwrap(), 1);
        let handler = {
            let pool = pool.clone();
            spawn(async move {
                let mut conn = pool.get().await.unwrap();
                let tx = conn.transaction().await.unwrap();
                tx.execute("INSERT INTO txpanic VALUES (1)", &[]).await.unwrap();
                tx.execute("INSERT INTO txpanic VALUES (2)", &[]).await.unwrap();
                if tx.backend_pid() != 0 {
                    panic!("handler failure (expected by the test)");
                }
                tx.commit().await.unwrap();
            })
        };
        assert!(handler.await.is_err(), "the task panicked");
        // The same pooled connection is reused and is outside any transaction.
        let conn = pool.get().await.unwrap();
        let no_xact: bool =
            conn.query_one("SELECT pg_current_xact_id_if_assigned() IS NULL", &[]).await.unwrap().get(0);
        assert!(no_xact, "the panicked transaction is still open");
        conn.execute("INSERT INTO txpanic VALUES (3)", &[]).await.unwrap();
    });
    assert_eq!(psql_list("SELECT string_agg(n::text, ',') FROM txpanic"), "3");
}

const MILLION: usize = 1_000_000;

#[test]
fn copy_a_million_rows_in_and_out() {
    fresh_table("copyt", "id int, name text");
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        let mut copy = db.copy_in("COPY copyt (id, name) FROM STDIN").await.unwrap();
        let mut chunk = Vec::with_capacity(1 << 20);
        for i in 0..MILLION {
            chunk.extend_from_slice(format!("{i}\tname {i}\n").as_bytes());
            if chunk.len() > 256 * 1024 {
                copy.send(&chunk).await.unwrap();
                chunk.clear();
            }
        }
        copy.send(&chunk).await.unwrap();
        assert_eq!(copy.finish().await.unwrap(), MILLION as u64);
    });
    assert_eq!(psql_list("SELECT count(*), sum(id), count(DISTINCT name) FROM copyt"), format!("{MILLION}|{}|{MILLION}", (MILLION as u64 - 1) * MILLION as u64 / 2));
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        let mut copy = db.copy_out("COPY (SELECT id, name FROM copyt ORDER BY id) TO STDOUT").await.unwrap();
        let mut n = 0usize;
        while let Some(line) = copy.next().await.unwrap() {
            assert_eq!(line, format!("{n}\tname {n}\n").as_bytes());
            n += 1;
        }
        assert_eq!(n, MILLION);
        // The connection goes on after the COPY.
        let one: i32 = db.query_one("SELECT 1", &[]).await.unwrap().get(0);
        assert_eq!(one, 1);
    });
}

#[test]
fn a_failing_or_abandoned_copy_in_leaves_the_connection_usable() {
    fresh_table("copybad", "id int");
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        let mut copy = db.copy_in("COPY copybad FROM STDIN").await.unwrap();
        copy.send(b"1\nnot a number\n").await.unwrap();
        let e = copy.finish().await.unwrap_err();
        assert_eq!(e.code(), Some("22P02"), "{e}");
        {
            let mut copy = db.copy_in("COPY copybad FROM STDIN").await.unwrap();
            copy.send(b"7\n").await.unwrap();
            // Dropped: CopyFail.
        }
        let e = db.copy_in("COPY nosuchtable FROM STDIN").await.err().unwrap();
        assert_eq!(e.code(), Some("42P01"));
        let n: i64 = db.query_one("SELECT count(*) FROM copybad", &[]).await.unwrap().get(0);
        assert_eq!(n, 0);
    });
}

#[test]
fn the_blocking_facade_queries_copies_and_runs_transactions() {
    fresh_table("blk", "n int");
    let mut db = BlockingClient::connect(&url()).unwrap();
    assert_eq!(db.execute("INSERT INTO blk VALUES ($1), ($2)", &[&1i32, &2i32]).unwrap(), 2);
    let copied = db.copy_in("COPY blk FROM STDIN", &b"3\n4\n"[..]).unwrap();
    assert_eq!(copied, 2);
    let mut out = Vec::new();
    db.copy_out("COPY (SELECT n FROM blk ORDER BY n) TO STDOUT", &mut out).unwrap();
    assert_eq!(out, b"1\n2\n3\n4\n");
    db.run(async |c| {
        let tx = c.transaction().await?;
        tx.execute("DELETE FROM blk WHERE n > 2", &[]).await?;
        tx.commit().await
    })
    .unwrap();
    let n: i64 = db.query_one("SELECT count(*) FROM blk", &[]).unwrap().get(0);
    assert_eq!(n, 2);
    // Between calls nothing runs, yet the connection stays healthy.
    std::thread::sleep(Duration::from_millis(50));
    assert!(!db.is_closed());
    drop(db);
    // The session ended (Terminate sent when the handle dropped).
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(psql_list("SELECT count(*) FROM pg_stat_activity WHERE usename = 'scram_user' AND query LIKE '%FROM blk%'"), "0");
}

#[test]
fn copy_inside_a_transaction_commits_or_rolls_back_with_it() {
    fresh_table("copytx", "n int");
    block_on(async {
        let mut db = Client::connect(&url()).await.unwrap();
        {
            let mut tx = db.transaction().await.unwrap();
            let mut copy = tx.copy_in("COPY copytx FROM STDIN").await.unwrap();
            copy.send(b"1\n2\n").await.unwrap();
            assert_eq!(copy.finish().await.unwrap(), 2);
            let n: i64 = tx.query_one("SELECT count(*) FROM copytx", &[]).await.unwrap().get(0);
            assert_eq!(n, 2);
            tx.rollback().await.unwrap();
        }
        let mut tx = db.transaction().await.unwrap();
        let mut copy = tx.copy_in("COPY copytx FROM STDIN").await.unwrap();
        copy.send(b"3\n").await.unwrap();
        copy.finish().await.unwrap();
        let mut out = tx.copy_out("COPY copytx TO STDOUT").await.unwrap();
        assert_eq!(out.next().await.unwrap().unwrap(), b"3\n");
        assert!(out.next().await.unwrap().is_none());
        tx.commit().await.unwrap();
    });
    assert_eq!(psql_list("SELECT string_agg(n::text, ',') FROM copytx"), "3");
}
