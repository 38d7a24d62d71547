//! The testbed over raw loopback sockets: smuggling shapes, limits, timeouts, pipelining,
//! keep-alive, Expect, HEAD/405, bodies, panics, a full slab, graceful shutdown, bind errors.

mod support;

use std::io::{BufReader, Read, Write};
use std::time::{Duration, Instant};

use support::{closed_within, parse_all, read_resp, read_to_close, Testbed};

/// (name, raw request, status, text in the body)
const REFUSED: &[(&str, &str, u16, &str)] = &[
    ("cl+te", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "content-length together with transfer-encoding"),
    ("duplicate cl", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc", 400, "more than one content-length"),
    ("conflicting cl", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", 400, "more than one content-length"),
    ("cl plus", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\nabcde", 400, "invalid content-length"),
    ("cl minus", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400, "invalid content-length"),
    ("cl hex", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", 400, "invalid content-length"),
    ("cl overflow", "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n", 400, "invalid content-length"),
    ("te gzip", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400, "final transfer coding is not chunked"),
    ("te unknown", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: foo, chunked\r\n\r\n0\r\n\r\n", 501, "Not Implemented"),
    ("te chunked twice", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n", 400, "transfer"),
    ("te in 1.0", "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "transfer-encoding in an http/1.0 request"),
    ("chunk 0x", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n", 400, "invalid chunk size"),
    ("chunk overflow", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n11111111111111111\r\nx\r\n0\r\n\r\n", 400, "chunk size"),
    ("chunk bare lf", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", 400, "bare lf"),
    ("chunk no crlf", "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400, "not followed by crlf"),
    ("space before colon", "GET /plaintext HTTP/1.1\r\nHost : x\r\n\r\n", 400, "whitespace between header name and colon"),
    ("obs-fold", "GET /plaintext HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", 400, "obsolete line folding"),
    ("bare cr", "GET /plaintext HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400, "bare cr"),
    ("nul", "GET /plaintext HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 400, "invalid character in header value"),
    ("bad name", "GET /plaintext HTTP/1.1\r\nHost: x\r\nBad\x01Name: v\r\n\r\n", 400, "invalid header name"),
    ("no host", "GET /plaintext HTTP/1.1\r\n\r\n", 400, "without host"),
    ("two hosts", "GET /plaintext HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "more than one host"),
    ("lowercase version", "GET /plaintext http/1.1\r\nHost: x\r\n\r\n", 400, "malformed http version"),
    ("two-digit minor", "GET /plaintext HTTP/1.10\r\nHost: x\r\n\r\n", 400, "malformed http version"),
    ("http/2", "GET /plaintext HTTP/2.0\r\nHost: x\r\n\r\n", 505, "HTTP Version Not Supported"),
    ("two empty lines", "\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n", 400, "empty line"),
    ("unknown expectation", "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 1\r\n\r\na", 417, "unsupported expectation"),
];

#[test]
fn smuggling_shapes_are_refused_and_the_connection_closed() {
    let tb = Testbed::start(&[]);
    for (name, raw, status, text) in REFUSED {
        let out = tb.exchange(raw.as_bytes());
        let resps = parse_all(&out);
        assert_eq!(resps.len(), 1, "{name}: exactly one response, then close: {:?}", String::from_utf8_lossy(&out));
        assert_eq!(resps[0].status, *status, "{name}");
        assert_eq!(resps[0].header("connection"), Some("close"), "{name}");
        assert!(resps[0].text().contains(text), "{name}: body {:?}", resps[0].text());
    }
    // The worker is alive and well.
    let ok = parse_all(&tb.exchange(b"GET /plaintext HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    assert_eq!(ok[0].status, 200);
}

#[test]
fn limits_are_answered_without_waiting() {
    let tb = Testbed::start(&[
        ("CHOPIN_MAX_TARGET", "100"),
        ("CHOPIN_MAX_HEAD", "1KiB"),
        ("CHOPIN_MAX_HEADERS", "8"),
        ("CHOPIN_MAX_BODY", "1KiB"),
    ]);
    // 414 with no line end ever sent.
    let mut s = tb.connect();
    s.write_all(format!("GET /{} ", "a".repeat(200)).as_bytes()).unwrap();
    let r = read_resp(&mut BufReader::new(&mut s), false);
    assert_eq!(r.status, 414);
    // 431 by size, without the head ever ending.
    let mut s = tb.connect();
    s.write_all(format!("GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}", "b".repeat(1100)).as_bytes()).unwrap();
    assert_eq!(read_resp(&mut BufReader::new(&mut s), false).status, 431);
    // 431 by count.
    let many: String = (0..9).map(|i| format!("X-{i}: v\r\n")).collect();
    let r = parse_all(&tb.exchange(format!("GET /plaintext HTTP/1.1\r\nHost: x\r\n{many}\r\n").as_bytes()));
    assert_eq!(r[0].status, 431);
    // 413 from Content-Length alone: the body is never sent.
    let mut s = tb.connect();
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n").unwrap();
    let r = read_resp(&mut BufReader::new(&mut s), false);
    assert_eq!((r.status, r.text().as_str()), (413, "request body too large"));
    // 413 for a chunked body that grows past the limit.
    let big = format!("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n{}\r\n10\r\n", "c".repeat(1024));
    assert_eq!(parse_all(&tb.exchange(big.as_bytes()))[0].status, 413);
    // At the limit is fine.
    let exact = format!("POST /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 1024\r\n\r\n{}", "d".repeat(1024));
    let r = parse_all(&tb.exchange(exact.as_bytes()));
    assert_eq!((r[0].status, r[0].body.len()), (200, 1024));
}

#[test]
fn default_target_limit_is_8_kib() {
    let tb = Testbed::start(&[]);
    let r = parse_all(&tb.exchange(format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(9000)).as_bytes()));
    assert_eq!(r[0].status, 414);
}

#[test]
fn timeouts_fire_with_short_settings() {
    let tb = Testbed::start(&[
        ("CHOPIN_HEADER_TIMEOUT", "300ms"),
        ("CHOPIN_IDLE_TIMEOUT", "300ms"),
        ("CHOPIN_WRITE_TIMEOUT", "500ms"),
    ]);
    // Partial head → 408 and close.
    let t = Instant::now();
    let mut s = tb.connect();
    s.write_all(b"GET /plaintext HTTP/1.1\r\nHos").unwrap();
    let r = parse_all(&read_to_close(&mut s));
    assert_eq!(r[0].status, 408);
    assert!(t.elapsed() >= Duration::from_millis(250) && t.elapsed() < Duration::from_secs(5));
    // Partial body → 408.
    let mut s = tb.connect();
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc").unwrap();
    assert_eq!(parse_all(&read_to_close(&mut s))[0].status, 408);
    // Idle keep-alive after a request → closed without a response.
    let mut s = tb.connect();
    s.write_all(b"GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    assert_eq!(read_resp(&mut r, false).status, 200);
    assert!(closed_within(&mut s, Duration::from_secs(3)));
    // A connection that never sends anything is closed.
    let mut s = tb.connect();
    assert!(closed_within(&mut s, Duration::from_secs(3)));
    // A client that stops reading is disconnected.
    let mut s = tb.connect();
    s.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    let got = read_to_close(&mut s);
    assert!(got.len() < 8 * 1024 * 1024, "the server must give up on a reader that stalls");
}

#[test]
fn a_256_kib_pipelined_burst_is_answered_in_order() {
    let tb = Testbed::start(&[]);
    let one = b"GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n";
    let n = 256 * 1024 / one.len() + 1;
    let mut burst = one.repeat(n - 1);
    burst.extend_from_slice(b"GET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let mut s = tb.connect();
    let w = {
        let mut s2 = s.try_clone().unwrap();
        std::thread::spawn(move || s2.write_all(&burst).unwrap())
    };
    let resps = parse_all(&read_to_close(&mut s));
    w.join().unwrap();
    assert_eq!(resps.len(), n);
    assert!(resps[..n - 1].iter().all(|r| r.status == 200 && r.body == b"Hello, World!"));
    assert_eq!(resps[n - 1].body, br#"{"message":"Hello, World!"}"#);
}

#[test]
fn pipelined_responses_keep_order_across_async_handlers_and_bodies() {
    let tb = Testbed::start(&[]);
    let raw = b"GET /sleep/100 HTTP/1.1\r\nHost: x\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\n\r\nPOST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\nPOST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nxyzGET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let r = parse_all(&tb.exchange(raw));
    let bodies: Vec<String> = r.iter().map(|r| r.text()).collect();
    assert_eq!(bodies, ["slept", "Hello, World!", "abcde", "xyz", r#"{"message":"Hello, World!"}"#]);
}

#[test]
fn keep_alive_rules() {
    let tb = Testbed::start(&[]);
    // HTTP/1.0 defaults to close.
    let r = parse_all(&tb.exchange(b"GET /plaintext HTTP/1.0\r\n\r\n"));
    assert_eq!((r.len(), r[0].header("connection")), (1, Some("close")));
    // HTTP/1.0 keep-alive stays open.
    let mut s = tb.connect();
    s.write_all(b"GET /plaintext HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").unwrap();
    let mut br = BufReader::new(s.try_clone().unwrap());
    let r = read_resp(&mut br, false);
    assert_eq!(r.header("connection"), Some("keep-alive"));
    s.write_all(b"GET /json HTTP/1.0\r\n\r\n").unwrap();
    assert_eq!(read_resp(&mut br, false).status, 200);
    // Connection token lists.
    let r = parse_all(&tb.exchange(b"GET /plaintext HTTP/1.1\r\nHost: x\r\nConnection: foo, Close\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n"));
    assert_eq!(r.len(), 1, "nothing after a close");
    // Date and Server once each, IMF-fixdate.
    let d = r[0].header("date").unwrap();
    assert_eq!(r[0].count("date"), 1);
    assert_eq!(r[0].count("server"), 1);
    assert!(d.len() == 29 && d.ends_with(" GMT") && &d[3..5] == ", ", "{d}");
}

#[test]
fn expect_100_continue_only_when_the_body_will_be_read() {
    let tb = Testbed::start(&[("CHOPIN_MAX_BODY", "1KiB")]);
    let mut s = tb.connect();
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n").unwrap();
    let mut interim = [0u8; 25];
    s.read_exact(&mut interim).unwrap();
    assert_eq!(&interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    s.write_all(b"hello").unwrap();
    let r = read_resp(&mut BufReader::new(&mut s), false);
    assert_eq!((r.status, r.text().as_str()), (200, "hello"));
    // Unknown route: 404 straight away, no 100, closed.
    let out = tb.exchange(b"POST /nope HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    assert!(out.starts_with(b"HTTP/1.1 404"), "{}", String::from_utf8_lossy(&out));
    // Known path, wrong method: 405 with Allow, no 100.
    let out = tb.exchange(b"PUT /plaintext HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    let r = parse_all(&out);
    assert_eq!((r.len(), r[0].status, r[0].header("allow")), (1, 405, Some("GET, HEAD")));
    // Too large: 413, no 100.
    let out = tb.exchange(b"POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
    assert!(out.starts_with(b"HTTP/1.1 413"));
}

#[test]
fn head_405_absolute_form_and_leading_crlf() {
    let tb = Testbed::start(&[]);
    let raw = b"HEAD /plaintext HTTP/1.1\r\nHost: x\r\n\r\nHEAD /stream HTTP/1.1\r\nHost: x\r\n\r\nGET /echo HTTP/1.1\r\nHost: x\r\n\r\nPOST /plaintext HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nGET http://localhost:8080/plaintext HTTP/1.1\r\nHost: localhost\r\n\r\n\r\nGET /plaintext?a=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let mut s = tb.connect();
    s.write_all(raw).unwrap();
    let out = read_to_close(&mut s);
    let mut br = BufReader::new(&out[..]);
    let head = read_resp(&mut br, true);
    assert_eq!((head.status, head.header("content-length")), (200, Some("13")));
    let head_stream = read_resp(&mut br, true);
    assert_eq!(head_stream.header("transfer-encoding"), Some("chunked"));
    let r405 = read_resp(&mut br, false);
    assert_eq!((r405.status, r405.header("allow")), (405, Some("POST")));
    let r405b = read_resp(&mut br, false);
    assert_eq!((r405b.status, r405b.header("allow")), (405, Some("GET, HEAD")));
    let abs = read_resp(&mut br, false);
    assert_eq!((abs.status, abs.text().as_str()), (200, "Hello, World!"));
    let q = read_resp(&mut br, false);
    assert_eq!(q.status, 200);
}

#[test]
fn bodies_of_every_kind() {
    let tb = Testbed::start(&[]);
    let mut s = tb.connect();
    s.write_all(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\nGET /stream HTTP/1.1\r\nHost: x\r\n\r\nGET /sleep/abc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let out = read_to_close(&mut s);
    let mut br = BufReader::new(&out[..]);
    let big = read_resp(&mut br, false);
    assert_eq!(big.body.len(), 8 * 1024 * 1024);
    assert!(big.body.iter().enumerate().all(|(i, &b)| b == b'a' + (i % 26) as u8));
    let st = read_resp(&mut br, false);
    assert_eq!(st.header("transfer-encoding"), Some("chunked"));
    assert_eq!(st.body.len(), 1024 * 1024);
    assert!(st.body.chunks(16 * 1024).enumerate().all(|(i, c)| c.iter().all(|&b| b == b'a' + (i % 26) as u8)));
    let bad = read_resp(&mut br, false);
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("`ms`"));
}

#[test]
fn a_panicking_handler_is_a_500_and_the_connection_lives_on() {
    let tb = Testbed::start(&[]);
    let mut other = tb.connect();
    let r = parse_all(&tb.exchange(b"GET /panic HTTP/1.1\r\nHost: x\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    assert_eq!((r[0].status, r[0].text().as_str()), (500, "Internal Server Error"));
    assert_eq!((r[1].status, r[1].text().as_str()), (200, "Hello, World!"));
    other.write_all(b"GET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    assert_eq!(parse_all(&read_to_close(&mut other))[0].status, 200);
    assert!(tb.log.lock().unwrap().contains("/panic panics on purpose"));
    // The same for an async handler that panics after an await, pipelined with a request after it.
    let r = parse_all(&tb.exchange(b"GET /panic/async HTTP/1.1\r\nHost: x\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    assert_eq!((r[0].status, r[0].text().as_str()), (500, "Internal Server Error"));
    assert_eq!((r[1].status, r[1].text().as_str()), (200, "Hello, World!"));
    assert!(tb.log.lock().unwrap().contains("/panic/async panics on purpose"));
}

#[test]
fn a_full_slab_pauses_accepting_until_a_slot_frees() {
    let tb = Testbed::start(&[("CHOPIN_MAX_CONNECTIONS", "2")]);
    let mut a = tb.connect();
    let mut b = tb.connect();
    for s in [&mut a, &mut b] {
        s.write_all(b"GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        assert_eq!(read_resp(&mut BufReader::new(s.try_clone().unwrap()), false).status, 200);
    }
    let mut c = tb.connect();
    c.write_all(b"GET /plaintext HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    c.set_read_timeout(Some(Duration::from_millis(400))).unwrap();
    let mut buf = [0u8; 16];
    assert!(c.read(&mut buf).is_err(), "the third connection must wait");
    drop(a);
    c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let r = parse_all(&read_to_close(&mut c));
    assert_eq!(r[0].status, 200);
}

#[test]
fn sigterm_finishes_requests_in_flight_then_exits_zero() {
    let mut tb = Testbed::start(&[("CHOPIN_SHUTDOWN_GRACE", "5s")]);
    let mut busy = tb.connect();
    let mut idle = tb.connect();
    idle.write_all(b"GET /plaintext HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let _ = read_resp(&mut BufReader::new(idle.try_clone().unwrap()), false);
    busy.write_all(b"GET /sleep/700 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(150));
    tb.terminate();
    assert!(closed_within(&mut idle, Duration::from_secs(2)), "idle connections close at once");
    let r = parse_all(&read_to_close(&mut busy));
    assert_eq!((r[0].text().as_str(), r[0].header("connection")), ("slept", Some("close")));
    let status = tb.wait_exit(Duration::from_secs(5));
    assert_eq!(status.code(), Some(0));
    assert!(std::net::TcpStream::connect(tb.addr).is_err());
}

#[test]
fn bind_and_configuration_errors_are_reported() {
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = held.local_addr().unwrap().port().to_string();
    let bind = format!("127.0.0.1:{port}");
    let (status, log) = Testbed::try_start(&[("CHOPIN_BIND", &bind)]).err().expect("must fail");
    assert_eq!(status.and_then(|s| s.code()), Some(1));
    assert!(log.contains("cannot bind") && log.contains("in use"), "{log}");
    let (status, log) = Testbed::try_start(&[("CHOPIN_IDLE_TIMEOUT", "soon")]).err().expect("must fail");
    assert_eq!(status.and_then(|s| s.code()), Some(2));
    assert!(log.contains("CHOPIN_IDLE_TIMEOUT"), "{log}");
    let tb = Testbed::start(&[("CHOPIN_BIND", "localhost:0")]);
    assert!(tb.addr.ip().is_loopback());
}
