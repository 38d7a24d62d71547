//! The driver inside a real server: one worker, a pool built in the per-worker service
//! factory, async handlers querying through it. Many concurrent requests share the
//! worker's two connections (pipelined), a slow query does not stall other requests, and a
//! request's twenty queries go out as one batch.

mod pg_harness;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use chopin_rt::pg::Pool;
use chopin_rt::{Config, Reply, Request, Server, ServerHandle};
use pg_harness::{cluster, SCRAM};

/// A one-worker server whose pool's sessions carry `app` as their application_name.
fn start(app: &str) -> ServerHandle {
    let url = cluster().url(SCRAM.0, SCRAM.1, &format!("sslmode=disable&application_name={app}"));
    let mut cfg = Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 1;
    cfg.pin_workers = false;
    Server::new(cfg)
        .start(move |_worker| {
            let pool = Pool::new(url.parse().expect("url"), 2);
            move |req: &Request<'_>, reply: &mut Reply<'_>| {
                let pool = pool.clone();
                let n: i32 = req.query().and_then(|q| q.strip_prefix("n=")).and_then(|n| n.parse().ok()).unwrap_or(0);
                match req.path() {
                    "/db" => reply.defer(async move {
                        match pool.query_one("SELECT $1::int4 * 10", &[&n]).await {
                            Ok(row) => row.get::<_, i32>(0).to_string(),
                            Err(e) => format!("error: {e}"),
                        }
                    }),
                    "/queries" => reply.defer(async move {
                        let run = async {
                            let mut b = pool.batch().await?;
                            for id in n..n + 20 {
                                b.query("SELECT $1::int4 + 1", &[&id]).await?;
                            }
                            b.run().await
                        };
                        match run.await {
                            Ok(results) => results
                                .into_iter()
                                .map(|r| r.map(|rows| rows[0].get::<_, i32>(0).to_string()).unwrap_or_else(|e| e.to_string()))
                                .collect::<Vec<_>>()
                                .join(","),
                            Err(e) => format!("error: {e}"),
                        }
                    }),
                    "/panic" => reply.defer(async move {
                        let mut conn = pool.get().await.expect("lease");
                        let tx = conn.transaction().await.expect("begin");
                        tx.execute("INSERT INTO srv_panic VALUES ($1)", &[&n]).await.expect("insert");
                        if n >= 0 {
                            panic!("handler fails inside its transaction (expected by the test)");
                        }
                        tx.commit().await.expect("commit");
                        String::new()
                    }),
                    "/slow" => reply.defer(async move {
                        match pool.query_one("SELECT pg_sleep(1.5)::text", &[]).await {
                            Ok(_) => "slept".to_string(),
                            Err(e) => format!("error: {e}"),
                        }
                    }),
                    _ => reply.send("plain"),
                }
            }
        })
        .unwrap()
}

fn request(addr: SocketAddr, target: &str) -> (String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let (head, body) = out.split_once("\r\n\r\n").expect("a response");
    (head.to_string(), body.to_string())
}

fn get(addr: SocketAddr, target: &str) -> String {
    let (head, body) = request(addr, target);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    body
}

#[test]
fn one_worker_serves_concurrent_database_requests_on_its_pool() {
    let server = start("chopin-concurrent");
    let addr = server.local_addr();
    // 8 client threads × 25 requests each, all handled by the one worker.
    let threads: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                for i in 0..25 {
                    let n = t * 100 + i;
                    assert_eq!(get(addr, &format!("/db?n={n}")), (n * 10).to_string());
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let body = get(addr, "/queries?n=5");
    let expect: Vec<String> = (6..26).map(|v: i32| v.to_string()).collect();
    assert_eq!(body, expect.join(","));
    // The worker used its pool's two connections, no more.
    let sessions = cluster().psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'chopin-concurrent'");
    assert_eq!(sessions.trim(), "2");

    // A slow query in flight does not stall the worker: other requests, database ones
    // included (on the pool's other connection), are answered meanwhile.
    let slow = std::thread::spawn(move || get(addr, "/slow"));
    std::thread::sleep(Duration::from_millis(200));
    let t = Instant::now();
    assert_eq!(get(addr, "/plain"), "plain");
    assert_eq!(get(addr, "/db?n=7"), "70");
    assert!(t.elapsed() < Duration::from_millis(1000), "{:?}", t.elapsed());
    assert_eq!(slow.join().unwrap(), "slept");
    server.shutdown();
    server.join().unwrap();
}

#[test]
fn a_handler_that_panics_inside_a_transaction_commits_nothing() {
    cluster().psql("DROP TABLE IF EXISTS srv_panic; CREATE TABLE srv_panic (n int); GRANT ALL ON srv_panic TO PUBLIC");
    let server = start("chopin-panics");
    let addr = server.local_addr();
    for n in 0..3 {
        let (head, _) = request(addr, &format!("/panic?n={n}"));
        assert!(head.starts_with("HTTP/1.1 500"), "{head}");
    }
    // The worker lives on, its pool too, and nothing of the panicked transactions is visible.
    assert_eq!(get(addr, "/db?n=4"), "40");
    assert_eq!(cluster().psql("SELECT count(*) FROM srv_panic").trim(), "0");
    let idle_in_tx = cluster().psql(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'chopin-panics' AND state LIKE 'idle in transaction%'",
    );
    assert_eq!(idle_in_tx.trim(), "0");
    server.shutdown();
    server.join().unwrap();
}
