//! PostgreSQL pools declared in `app!` against a real throwaway cluster: the pool is opened
//! when the worker starts (before any request), handlers take it as an extractor (by type with
//! one pool, by name with several), queries from concurrent requests share the pool's
//! connections, a handler that panics inside a transaction commits nothing, pool errors are
//! 503s, and a missing or malformed URL stops `App::start` with an error naming the pool.
//!
//! One `#[test]`: the pools read their URL from the environment, which is set once, before
//! anything else in this binary runs.

mod common;
#[path = "../../chopin-rt/tests/pg_harness/mod.rs"]
mod pg_harness;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use pg_harness::{cluster, SCRAM};

/// One pool, taken by type.
mod one {
    use chopin::pg::Pool;
    use chopin::router::{Error, Query};

    #[derive(serde::Deserialize)]
    pub(crate) struct Q {
        q: Option<String>,
    }

    chopin::app! {
        postgres db { url: env("CHOPIN_TEST_PG_URL"), pool: 2, checkout_timeout: 2 s, query_timeout: 10 s }

        GET "/world/:id" => world;
        GET "/queries" => queries;
        POST "/tx/:id" => tx;
        GET "/open" => open;

        async fn world(id: i32, db: Pool) -> Result<String, Error> {
            match db.query_opt("SELECT id, n FROM app_world WHERE id = $1", &[&id]).await? {
                Some(row) => Ok(format!("{}:{}", row.get::<_, i32>(0), row.get::<_, i32>(1))),
                None => Err(Error::not_found("no such world")),
            }
        }

        async fn queries(Query(q): Query<Q>, db: Pool) -> Result<String, Error> {
            let n = q.q.and_then(|q| q.parse::<i32>().ok()).unwrap_or(1).clamp(1, 500);
            let mut batch = db.batch().await?;
            for id in 1..=n {
                batch.query("SELECT n FROM app_world WHERE id = $1", &[&id]).await?;
            }
            let mut out = Vec::new();
            for rows in batch.run().await? {
                out.push(rows?[0].get::<_, i32>(0).to_string());
            }
            Ok(out.join(","))
        }

        async fn tx(id: i32, db: Pool) -> Result<&'static str, Error> {
            let mut conn = db.get().await?;
            let tx = conn.transaction().await?;
            tx.execute("INSERT INTO app_tx VALUES ($1)", &[&id]).await?;
            if id % 2 == 1 {
                panic!("odd ids panic inside the transaction (expected by the test)");
            }
            tx.commit().await?;
            Ok("committed")
        }

        fn open(db: &Pool) -> String {
            db.open_connections().to_string()
        }
    }
}

/// Two pools, taken by name.
mod two {
    use chopin::pg::Pool;
    use chopin::router::Error;

    chopin::app! {
        postgres main { url: env("CHOPIN_TEST_PG_URL") }
        postgres audit { url: env("CHOPIN_TEST_PG_URL_AUDIT"), pool: 1 }

        GET "/names" => names;

        async fn names(#[state] main: Pool, #[state] audit: Pool) -> Result<String, Error> {
            let sql = "SELECT current_setting('application_name')";
            let a: String = main.query_one(sql, &[]).await?.get(0);
            let b: String = audit.query_one(sql, &[]).await?.get(0);
            Ok(format!("{a} {b}"))
        }
    }
}

/// A pool whose variable is never set.
mod unset {
    chopin::app! {
        postgres db { url: env("CHOPIN_TEST_PG_NEVER_SET") }
        GET "/" => index;
        fn index() -> &'static str { "unreachable" }
    }
}

/// A literal URL with a parameter the client does not know (and a password).
mod malformed {
    chopin::app! {
        postgres db { url: "postgres://app:hunter2@127.0.0.1/shop?sslmode=sometimes" }
        GET "/" => index;
        fn index() -> &'static str { "unreachable" }
    }
}

/// A default used when the variable is unset, pointing at a closed port: the app starts (pools
/// connect in the background), and queries fail with 503 once the checkout times out.
mod down {
    use chopin::pg::Pool;
    use chopin::router::Error;

    chopin::app! {
        postgres db { url: env("CHOPIN_TEST_PG_NEVER_SET", "postgres://nobody@127.0.0.1:1/none?sslmode=disable"), checkout_timeout: 300 ms }
        GET "/" => index;
        async fn index(db: Pool) -> Result<String, Error> {
            let n: i32 = db.query_one("SELECT 1", &[]).await?.get(0);
            Ok(n.to_string())
        }
    }
}

fn config() -> chopin::Config {
    common::one_worker_config()
}

/// One request on its own connection: (status, body).
fn request(addr: SocketAddr, method: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "{method} {path} HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8(raw).expect("utf-8 response");
    let status = text[9..12].parse().expect("status");
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn sessions(app_name: &str) -> usize {
    cluster()
        .psql(&format!("SELECT count(*) FROM pg_stat_activity WHERE application_name = '{app_name}'"))
        .trim()
        .parse()
        .expect("count")
}

#[test]
fn postgres_pools_declared_in_app() {
    let c = cluster();
    c.psql(
        "CREATE TABLE app_world (id int PRIMARY KEY, n int NOT NULL);
         INSERT INTO app_world SELECT i, i * 10 FROM generate_series(1, 100) i;
         CREATE TABLE app_tx (id int NOT NULL);
         GRANT ALL ON app_world, app_tx TO scram_user;",
    );
    let url = |name: &str| c.url(SCRAM.0, SCRAM.1, &format!("sslmode=disable&application_name={name}"));
    // SAFETY: this is the binary's only test, and nothing else in the process reads or writes
    // the environment while these run (the cluster's processes are already started).
    unsafe {
        std::env::set_var("CHOPIN_TEST_PG_URL", url("app_one"));
        std::env::set_var("CHOPIN_TEST_PG_URL_AUDIT", url("app_audit"));
    }

    // Warm-up: the worker opens its pool's two connections before any request arrives.
    let server = one::App::start(config()).expect("start");
    let addr = server.local_addr();
    let deadline = Instant::now() + Duration::from_secs(20);
    while sessions("app_one") < 2 {
        assert!(Instant::now() < deadline, "the pool did not open its connections at start");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(request(addr, "GET", "/open"), (200, "2".into()));

    // Queries through the extractor; errors map to statuses.
    assert_eq!(request(addr, "GET", "/world/7"), (200, "7:70".into()));
    assert_eq!(request(addr, "GET", "/world/1000"), (404, r#"{"error":"no such world"}"#.into()));
    assert_eq!(request(addr, "GET", "/world/x").0, 400);
    let want: Vec<String> = (1..=20).map(|i| (i * 10).to_string()).collect();
    assert_eq!(request(addr, "GET", "/queries?q=20"), (200, want.join(",")));

    // Many concurrent requests on one worker share the pool's two connections.
    let clients: Vec<_> = (1..=64)
        .map(|i| std::thread::spawn(move || (i, request(addr, "GET", &format!("/world/{i}")))))
        .collect();
    for t in clients {
        let (i, got) = t.join().expect("client thread");
        assert_eq!(got, (200, format!("{i}:{}", i * 10)));
    }
    assert_eq!(sessions("app_one"), 2);

    // A panic inside a transaction: 500, nothing committed, the pool still works.
    assert_eq!(request(addr, "POST", "/tx/3").0, 500);
    assert_eq!(request(addr, "POST", "/tx/4"), (200, "committed".into()));
    assert_eq!(c.psql("SELECT string_agg(id::text, ',' ORDER BY id) FROM app_tx").trim(), "4");
    assert_eq!(request(addr, "GET", "/world/8"), (200, "8:80".into()));
    server.shutdown();
    server.join().expect("clean stop");

    // The in-process client keeps one event loop, so the pool lives across requests.
    let client = one::App::test_client();
    assert_eq!(client.get("/world/5").send().text(), "5:50");
    assert_eq!(client.get("/world/6").send().text(), "6:60");
    // (Opened on first use here: the in-process client has no worker start to warm it up.)
    let open: usize = client.get("/open").send().text().parse().expect("a count");
    assert!((1..=2).contains(&open), "{open} connections open");

    // Two pools by name.
    let client = two::App::test_client();
    assert_eq!(client.get("/names").send().text(), "app_one app_audit");

    // Start-up errors name the pool and the variable, never the URL's password.
    let err = unset::App::start(config()).err().expect("an unset variable fails start-up");
    assert_eq!(err.to_string(), "postgres pool `db`: the environment variable CHOPIN_TEST_PG_NEVER_SET is not set");
    let err = malformed::App::start(config()).err().expect("a malformed URL fails start-up").to_string();
    assert!(err.starts_with("postgres pool `db`: its `url`: "), "{err}");
    assert!(err.contains("sslmode"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");

    // A database that is down: start-up succeeds, requests get 503 after the checkout timeout.
    let server = down::App::start(config()).expect("start without a database");
    let res = request(server.local_addr(), "GET", "/");
    assert_eq!(res.0, 503, "{res:?}");
    server.shutdown();
    server.join().expect("clean stop");
}
