//! The testbed's life over time: header/body/idle/write timeouts, timers on an idle server,
//! handler panics, a full connection slab, graceful shutdown on signals, bind and configuration
//! errors at start.

mod common;

use std::time::{Duration, Instant};

use common::{Client, End, State, Testbed, get, get_close};

fn short_timeouts() -> Testbed {
    Testbed::start(&[
        ("CHOPIN_HEADER_TIMEOUT", "300ms"),
        ("CHOPIN_IDLE_TIMEOUT", "300ms"),
        ("CHOPIN_WRITE_TIMEOUT", "500ms"),
    ])
}

/// The timer fired no earlier than the 300 ms setting allows (10 ms wheel ticks, some slack)
/// and not absurdly late.
#[track_caller]
fn assert_fired_on_time(t: Instant, what: &str) {
    let e = t.elapsed();
    assert!(
        e >= Duration::from_millis(250) && e < Duration::from_secs(3),
        "{what}: fired after {e:?}"
    );
}

/// Reads to the close and expects exactly one 408.
#[track_caller]
fn expect_408(c: &mut Client, what: &str) {
    let ex = c.read_to_end();
    assert!(ex.closed(), "{what}: closed after the 408");
    let r = ex.responses();
    assert_eq!(r.len(), 1, "{what}: one response");
    assert_eq!(
        (r[0].status, r[0].text().as_str()),
        (408, "request not received in time"),
        "{what}"
    );
    assert_eq!(r[0].header("connection"), Some("close"), "{what}");
}

#[test]
fn a_partial_head_gets_408_then_close() {
    let tb = short_timeouts();
    let mut c = tb.connect();
    c.send(b"GET /plaintext HTTP/1.1\r\nHos");
    let t = Instant::now();
    expect_408(&mut c, "partial head");
    assert_fired_on_time(t, "partial head");

    // The header timeout runs from the first byte of the head to its end: a head dribbled in
    // (each gap shorter than the timeout) still times out.
    let mut c = tb.connect();
    let t = Instant::now();
    c.send(b"GET /plaintext HTTP/1.1\r\n");
    for i in 0..10 {
        std::thread::sleep(Duration::from_millis(100));
        if c.try_send(format!("X-{i}: v\r\n").as_bytes()).is_err() {
            break;
        }
    }
    expect_408(&mut c, "dribbled head");
    assert!(t.elapsed() < Duration::from_secs(4));

    // The worker serves on.
    assert_eq!(tb.send(&get_close("/plaintext")).responses()[0].status, 200);
}

#[test]
fn a_partial_body_gets_408_and_a_trickling_body_does_not() {
    let tb = short_timeouts();
    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc");
    let t = Instant::now();
    expect_408(&mut c, "partial content-length body");
    assert_fired_on_time(t, "partial content-length body");

    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
    let t = Instant::now();
    expect_408(&mut c, "partial chunked body");
    assert_fired_on_time(t, "partial chunked body");

    // The body timeout is between reads: a byte every 120 ms keeps the request alive for
    // longer than the timeout in total.
    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 6\r\n\r\n");
    for b in b"abcdef" {
        std::thread::sleep(Duration::from_millis(120));
        c.send(std::slice::from_ref(b));
    }
    let r = c.response();
    assert_eq!((r.status, r.text().as_str()), (200, "abcdef"));
}

#[test]
fn idle_connections_are_closed() {
    let tb = short_timeouts();
    // Idle after a served request: closed, without any bytes.
    let mut c = tb.connect();
    assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    let t = Instant::now();
    c.assert_closed(Duration::from_secs(3), "idle keep-alive connection");
    assert_fired_on_time(t, "idle keep-alive connection");

    // A connection that never sends anything.
    let mut c = tb.connect();
    let t = Instant::now();
    c.assert_closed(Duration::from_secs(3), "silent connection");
    assert_fired_on_time(t, "silent connection");

    // Requests more often than the idle timeout keep a connection open.
    let mut c = tb.connect();
    for _ in 0..8 {
        assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
        std::thread::sleep(Duration::from_millis(120));
    }
    assert_eq!(c.roundtrip(&get("/json")).status, 200);
}

#[test]
fn a_client_that_stops_reading_is_disconnected() {
    let tb = short_timeouts();
    let mut c = tb.connect();
    c.send(&get("/big"));
    // Read nothing: the kernel buffers fill, the server's writes stop progressing and after
    // the 500 ms write timeout it gives up. Had it not, reading now would let it finish.
    std::thread::sleep(Duration::from_millis(2000));
    let ex = c.read_to_end();
    assert_ne!(ex.end, End::Timeout, "the connection must be closed");
    assert!(
        ex.bytes.len() < 8 * 1024 * 1024,
        "got {} bytes: the whole body was delivered, so the server never gave up on the stalled reader",
        ex.bytes.len()
    );
    assert!(ex.bytes.starts_with(b"HTTP/1.1 200 OK\r\n"));
    // The worker is fine.
    assert_eq!(tb.send(&get_close("/plaintext")).responses()[0].status, 200);
}

/// The idle timeout applies after a request even when the header timeout (which arms the
/// timer of a fresh connection) is much longer.
#[test]
fn an_idle_timeout_shorter_than_the_header_timeout_fires_on_time() {
    let tb = Testbed::start(&[
        ("CHOPIN_HEADER_TIMEOUT", "5s"),
        ("CHOPIN_IDLE_TIMEOUT", "300ms"),
    ]);
    let mut c = tb.connect();
    assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    let t = Instant::now();
    let st = c.state(Duration::from_secs(3));
    assert_eq!(
        st,
        State::Closed,
        "idle keep-alive connection after {:?} (CHOPIN_IDLE_TIMEOUT=300ms)",
        t.elapsed()
    );
    assert_fired_on_time(t, "idle timeout");
    assert!(
        t.elapsed() < Duration::from_millis(1500),
        "idle close took {:?} (CHOPIN_IDLE_TIMEOUT=300ms)",
        t.elapsed()
    );
}

/// The write timeout applies to a keep-alive connection whose idle deadline lies further out.
#[test]
fn a_write_timeout_shorter_than_the_idle_timeout_fires_on_time() {
    let tb = Testbed::start(&[
        ("CHOPIN_HEADER_TIMEOUT", "6s"),
        ("CHOPIN_IDLE_TIMEOUT", "6s"),
        ("CHOPIN_WRITE_TIMEOUT", "500ms"),
    ]);
    let mut c = tb.connect();
    assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    std::thread::sleep(Duration::from_millis(100));
    c.send(&get("/big"));
    std::thread::sleep(Duration::from_millis(2000));
    let ex = c.read_to_end();
    assert!(
        ex.bytes.len() < 8 * 1024 * 1024,
        "the stalled reader was not disconnected within 2 s (CHOPIN_WRITE_TIMEOUT=500ms): all {} bytes arrived once it read",
        ex.bytes.len()
    );
}

/// After `Connection: close` the server drains the client's input for at most CHOPIN_LINGER,
/// then frees the slot even if the client never closes its end.
#[test]
fn a_lingering_connection_is_released_after_the_linger_time() {
    let tb = Testbed::start(&[("CHOPIN_MAX_CONNECTIONS", "1"), ("CHOPIN_LINGER", "300ms")]);
    let mut a = tb.connect();
    a.send(&get_close("/plaintext"));
    let ex = a.read_to_end();
    assert_eq!(ex.responses()[0].status, 200);
    assert!(ex.closed());
    // `a` keeps its socket open. The only slot frees after the linger, so `b` is served.
    let t = Instant::now();
    let mut b = tb.connect();
    b.set_timeout(Duration::from_secs(4));
    b.send(&get_close("/plaintext"));
    match b.try_response(false) {
        Ok(r) => assert_eq!(r.status, 200),
        Err(e) => panic!(
            "the slot of a lingering connection was not freed within {:?} (CHOPIN_LINGER=300ms): {e}",
            t.elapsed()
        ),
    }
    assert!(
        t.elapsed() < Duration::from_millis(2000),
        "served after {:?}",
        t.elapsed()
    );
    drop(a);
}

#[test]
fn timers_fire_on_an_otherwise_idle_server() {
    let tb = short_timeouts();
    std::thread::sleep(Duration::from_millis(300));
    let idle_cpu = |what: &str| {
        let before = tb.cpu_ticks();
        std::thread::sleep(Duration::from_millis(1000));
        let used = tb.cpu_ticks() - before;
        // Clock ticks are 10 ms: an idle server uses (almost) none.
        assert!(
            used <= 5,
            "{what}: the idle server used {used} ticks of CPU in one second"
        );
    };
    idle_cpu("before any connection");
    for round in 0..2 {
        // One connection and nothing else: only its timer can close it.
        let mut c = tb.connect();
        let t = Instant::now();
        c.assert_closed(Duration::from_secs(3), "the only connection");
        assert_fired_on_time(t, "the only connection");
        idle_cpu(&format!("after the timer fired (round {round})"));
    }
    assert_eq!(tb.send(&get_close("/plaintext")).responses()[0].status, 200);
}

#[test]
fn a_panicking_handler_is_a_500_and_the_worker_lives_on() {
    let tb = Testbed::start(&[]);
    let mut other = tb.connect();
    assert_eq!(other.roundtrip(&get("/plaintext")).status, 200);

    let mut c = tb.connect();
    for path in ["/panic", "/panic/async"] {
        let r = c.roundtrip(&get(path));
        assert_eq!(
            (r.status, r.text().as_str()),
            (500, "Internal Server Error"),
            "{path}"
        );
        assert_eq!(
            r.header("connection"),
            None,
            "{path}: the connection is kept"
        );
        assert!(
            !r.text().contains("purpose") && !r.headers.iter().any(|(_, v)| v.contains("purpose")),
            "{path}: no panic text"
        );
        let r = c.roundtrip(&get("/plaintext"));
        assert_eq!(
            (r.status, r.text().as_str()),
            (200, "Hello, World!"),
            "after {path}"
        );
        let r = other.roundtrip(&get("/json"));
        assert_eq!(r.status, 200, "another connection after {path}");
    }
    // Pipelined behind and after a panic, and HEAD of a panic.
    c.send(
        &[
            get("/plaintext"),
            get("/panic"),
            b"HEAD /panic HTTP/1.1\r\nHost: t\r\n\r\n".to_vec(),
            get("/json"),
        ]
        .concat(),
    );
    assert_eq!(c.response().status, 200);
    assert_eq!(c.response().status, 500);
    let h = c.head_response();
    assert_eq!((h.status, h.header("content-length")), (500, Some("21")));
    assert_eq!(c.response().status, 200);

    assert!(
        tb.wait_log("/panic panics on purpose", Duration::from_secs(5)),
        "log: {}",
        tb.log()
    );
    assert!(
        tb.wait_log("/panic/async panics on purpose", Duration::from_secs(5)),
        "log: {}",
        tb.log()
    );
    assert!(tb.log().contains("panicked"), "log: {}", tb.log());
}

#[test]
fn a_full_slab_stops_accepting_until_a_slot_frees() {
    let tb = Testbed::start(&[("CHOPIN_MAX_CONNECTIONS", "2")]);
    let mut a = tb.connect();
    let mut b = tb.connect();
    assert_eq!(a.roundtrip(&get("/plaintext")).status, 200);
    assert_eq!(b.roundtrip(&get("/plaintext")).status, 200);
    // The third connection completes in the kernel's backlog but is not served.
    let mut c = tb.connect();
    c.send(&get("/plaintext"));
    c.assert_open_and_silent(
        Duration::from_millis(300),
        "third connection on a full slab",
    );
    // The first two are still served meanwhile.
    assert_eq!(b.roundtrip(&get("/json")).status, 200);
    // Closing one frees a slot: the third is accepted and answered.
    drop(a);
    let t = Instant::now();
    let r = c.response();
    assert_eq!((r.status, r.text().as_str()), (200, "Hello, World!"));
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "answered {:?} after the slot freed",
        t.elapsed()
    );
    assert_eq!(b.roundtrip(&get("/plaintext")).status, 200);
    // Full again: a fourth waits until another slot frees.
    let mut d = tb.connect();
    d.send(&get("/plaintext"));
    d.assert_open_and_silent(
        Duration::from_millis(300),
        "fourth connection on a full slab",
    );
    drop(b);
    assert_eq!(d.response().status, 200);
}

#[test]
fn sigterm_finishes_requests_in_flight_then_exits_zero() {
    let mut tb = Testbed::start(&[("CHOPIN_SHUTDOWN_GRACE", "5s")]);
    let mut idle = tb.connect();
    assert_eq!(idle.roundtrip(&get("/plaintext")).status, 200);
    let mut busy = tb.connect();
    busy.send(&get("/sleep/700"));
    std::thread::sleep(Duration::from_millis(100));
    tb.terminate();
    let t = Instant::now();

    // The idle keep-alive connection is closed at once, without a response.
    idle.assert_closed(Duration::from_secs(1), "idle connection at shutdown");

    // New connections are no longer served.
    let deadline = Instant::now() + Duration::from_secs(1);
    while Instant::now() < deadline {
        match std::net::TcpStream::connect_timeout(&tb.addr, Duration::from_secs(1)) {
            Err(_) => break,
            Ok(s) => {
                s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                let mut c = Client::new(s);
                let _ = c.try_send(&get_close("/plaintext"));
                match c.state(Duration::from_secs(1)) {
                    State::Closed => {}
                    other => panic!("a connection made during shutdown was served: {other:?}"),
                }
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }

    // The request in flight completes, marked Connection: close, then the connection closes.
    let ex = busy.read_to_end();
    let r = ex.responses();
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].status, r[0].text().as_str(), r[0].header("connection")),
        (200, "slept", Some("close"))
    );
    assert!(ex.closed());
    // The client closes its end too: nothing is left open, the process exits at once.
    drop(busy);
    let answered = Instant::now();

    let status = tb.wait_exit(Duration::from_secs(5));
    assert_eq!(status.code(), Some(0), "exit status; log: {}", tb.log());
    assert!(
        answered.elapsed() < Duration::from_millis(1500),
        "exited {:?} after the last connection closed",
        answered.elapsed()
    );
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "exited {:?} after SIGTERM",
        t.elapsed()
    );
    assert!(
        std::net::TcpStream::connect_timeout(&tb.addr, Duration::from_secs(1)).is_err(),
        "refused after exit"
    );
    assert!(tb.log().contains("shutting down"), "log: {}", tb.log());
}

/// A client that keeps its socket open after the last response (`Connection: close`) holds
/// the shutdown for at most the linger time, not the whole grace period.
#[test]
fn shutdown_waits_at_most_the_linger_for_a_client_that_keeps_its_socket() {
    let mut tb = Testbed::start(&[("CHOPIN_SHUTDOWN_GRACE", "5s"), ("CHOPIN_LINGER", "300ms")]);
    let mut busy = tb.connect();
    busy.send(&get("/sleep/300"));
    std::thread::sleep(Duration::from_millis(100));
    tb.terminate();
    let ex = busy.read_to_end();
    assert_eq!(ex.responses()[0].text(), "slept");
    assert!(ex.closed());
    let answered = Instant::now();
    // `busy` stays open on purpose.
    let status = tb.wait_exit(Duration::from_secs(6));
    assert_eq!(status.code(), Some(0));
    assert!(
        answered.elapsed() < Duration::from_millis(1500),
        "exited {:?} after the response: the 300 ms linger did not end the connection (shutdown grace is 5 s)",
        answered.elapsed()
    );
    drop(busy);
}

#[test]
fn the_shutdown_grace_bounds_requests_in_flight() {
    let mut tb = Testbed::start(&[("CHOPIN_SHUTDOWN_GRACE", "300ms")]);
    let mut busy = tb.connect();
    busy.send(&get("/sleep/5000"));
    std::thread::sleep(Duration::from_millis(100));
    tb.terminate();
    let t = Instant::now();
    let status = tb.wait_exit(Duration::from_secs(4));
    assert_eq!(status.code(), Some(0));
    assert!(
        t.elapsed() < Duration::from_millis(2500),
        "exited {:?} after SIGTERM",
        t.elapsed()
    );
    // The abandoned request gets no response.
    let ex = busy.read_to_end();
    assert!(ex.closed());
    assert!(ex.bytes.is_empty(), "unexpected bytes: {:?}", ex.text());
}

#[test]
fn sigint_shuts_down_like_sigterm() {
    let mut tb = Testbed::start(&[]);
    let mut c = tb.connect();
    assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    tb.signal("-INT");
    c.assert_closed(Duration::from_secs(2), "idle connection at SIGINT");
    assert_eq!(tb.wait_exit(Duration::from_secs(3)).code(), Some(0));
}

#[test]
fn a_port_in_use_is_a_bind_error() {
    // A std listener does not set SO_REUSEPORT, so the testbed cannot share its port.
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = held.local_addr().unwrap().port();
    let bind = format!("127.0.0.1:{port}");
    let (status, log) = Testbed::start_failure(&[("CHOPIN_BIND", &bind)]);
    assert_eq!(status.code(), Some(1), "log: {log}");
    assert!(log.contains(&format!("cannot bind {bind}")), "log: {log}");
    assert!(
        log.to_ascii_lowercase().contains("address already in use"),
        "log: {log}"
    );
    drop(held);
}

#[test]
fn a_host_name_bind_address_resolves() {
    let tb = Testbed::start(&[("CHOPIN_BIND", "localhost:0")]);
    assert!(tb.addr.ip().is_loopback(), "{}", tb.addr);
    let ex = tb.send(&get_close("/plaintext"));
    assert_eq!(ex.responses()[0].text(), "Hello, World!");
}

#[test]
fn malformed_settings_exit_2_naming_the_variable() {
    let cases: &[(&str, &str, &str)] = &[
        ("CHOPIN_IDLE_TIMEOUT", "soon", "CHOPIN_IDLE_TIMEOUT"),
        ("CHOPIN_HEADER_TIMEOUT", "5q", "CHOPIN_HEADER_TIMEOUT"),
        ("CHOPIN_MAX_BODY", "lots", "CHOPIN_MAX_BODY"),
        ("CHOPIN_WORKERS", "many", "CHOPIN_WORKERS"),
        ("CHOPIN_PIN", "maybe", "CHOPIN_PIN"),
        ("CHOPIN_MAX_HEADERS", "500", "max_headers"),
        ("CHOPIN_WORKERS", "0", "workers"),
    ];
    for (key, value, named) in cases {
        let (status, log) = Testbed::start_failure(&[(key, value)]);
        assert_eq!(status.code(), Some(2), "{key}={value}: log {log}");
        assert!(
            log.contains(named) && log.contains(value),
            "{key}={value}: log {log}"
        );
    }
}

#[test]
fn an_unusable_bind_address_exits_1() {
    let (status, log) = Testbed::start_failure(&[("CHOPIN_BIND", "127.0.0.1")]);
    assert_eq!(status.code(), Some(1), "log: {log}");
    assert!(
        log.contains("cannot resolve bind address `127.0.0.1`"),
        "log: {log}"
    );
}
