//! The embedding API in-process: `Server::start`, metrics, programmatic shutdown.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use chopin_rt::{Config, Reply, Request, Server};

fn exchange(addr: std::net::SocketAddr, raw: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(raw).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn metrics_count_connections_requests_refusals_and_panics() {
    let mut cfg = Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 2;
    cfg.pin_workers = false;
    let server = Server::new(cfg)
        .start(|_| {
            |req: &Request<'_>, reply: &mut Reply<'_>| match req.path() {
                "/boom" => panic!("metrics test panics on purpose"),
                // An async handler's future that panics when its connection polls it.
                "/boom-later" => reply.defer(async {
                    if true {
                        panic!("metrics test panics on purpose, later");
                    }
                    "unreachable"
                }),
                "/missing" => reply.send(chopin_rt::Status::NOT_FOUND),
                _ => reply.send("ok"),
            }
        })
        .unwrap();
    let addr = server.local_addr();
    let a = exchange(addr, b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(a.matches("HTTP/1.1 200 OK").count(), 2);
    let b = exchange(addr, b"GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(b.starts_with("HTTP/1.1 404"));
    let c = exchange(addr, b"GET / HTTP/1.1\r\n\r\n");
    assert!(c.starts_with("HTTP/1.1 400"));
    let d = exchange(addr, b"GET /boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(d.starts_with("HTTP/1.1 500"));
    let e = exchange(addr, b"GET /boom-later HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert!(e.starts_with("HTTP/1.1 500"));
    // Counters are published by the workers as they go; closes may trail the responses.
    let mut m = server.metrics();
    for _ in 0..200 {
        if m.closed == 5 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
        m = server.metrics();
    }
    assert_eq!(m.accepted, 5);
    assert_eq!(m.closed, 5);
    assert_eq!(m.open_connections(), 0);
    assert_eq!(m.requests, 5, "the refused head is counted in bad_requests, not requests");
    assert_eq!(m.responses_2xx, 2);
    assert_eq!(m.responses_4xx, 2);
    assert_eq!(m.responses_5xx, 2);
    assert_eq!(m.bad_requests, 1);
    assert_eq!(m.panics, 2, "a panic in a handler and one in a handler's future");
    assert_eq!(m.timeouts, 0);
    server.shutdown();
    server.join().unwrap();
    assert!(TcpStream::connect(addr).is_err());
}

#[test]
fn start_reports_bad_configuration_and_bind_errors() {
    let mut cfg = Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 0;
    let e = Server::new(cfg).start(|_| |_: &Request<'_>, r: &mut Reply<'_>| r.send("x")).err().unwrap();
    assert!(e.to_string().contains("`workers`"), "{e}");
    let mut cfg = Config::default();
    cfg.bind = "no-such-host.invalid:80".into();
    let e = Server::new(cfg).start(|_| |_: &Request<'_>, r: &mut Reply<'_>| r.send("x")).err().unwrap();
    assert!(e.to_string().contains("cannot resolve bind address `no-such-host.invalid:80`"), "{e}");
}
