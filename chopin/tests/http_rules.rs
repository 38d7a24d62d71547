//! HTTP/1.1 rules over raw loopback sockets against the testbed: request smuggling shapes,
//! configured and default limits, keep-alive and `Connection`, `Expect`, HEAD, 405, target
//! forms, `Date`/`Server`, pipelining, request and response bodies.

mod common;

use std::time::{Duration, Instant};

use common::{
    Testbed, big_byte, get, get_close, parse_imf_fixdate, parse_responses, parse_responses_with,
    try_parse_responses, unix_now,
};

const TEXT: &str = "text/plain; charset=utf-8";
const JSON_BODY: &str = r#"{"message":"Hello, World!"}"#;

/// One request the runtime must refuse: the status, and the exact body (for 4xx the reason
/// sentence of `ParseError`/`ChunkError`, for 5xx the status' reason phrase).
struct Refusal {
    name: &'static str,
    raw: Vec<u8>,
    status: u16,
    body: &'static str,
}

fn r(name: &'static str, raw: impl AsRef<[u8]>, status: u16, body: &'static str) -> Refusal {
    Refusal {
        name,
        raw: raw.as_ref().to_vec(),
        status,
        body,
    }
}

/// A POST /echo head with `fields` (each ending in CRLF), then `body`.
fn post(fields: &str, body: &str) -> String {
    format!("POST /echo HTTP/1.1\r\nHost: t\r\n{fields}\r\n{body}")
}

fn chunked(body: &str) -> String {
    post("Transfer-Encoding: chunked\r\n", body)
}

fn get_with(fields: &str) -> String {
    format!("GET /plaintext HTTP/1.1\r\nHost: t\r\n{fields}\r\n")
}

const CLTE: &str = "content-length together with transfer-encoding";
const DUP_CL: &str = "more than one content-length header";
const BAD_CL: &str = "invalid content-length";
const TE_FINAL: &str = "final transfer coding is not chunked";
const NOT_IMPL: &str = "Not Implemented";
const BAD_SIZE: &str = "invalid chunk size";
const BAD_VALUE: &str = "invalid character in header value";
const BAD_NAME: &str = "invalid header name";
const BAD_VERSION: &str = "malformed http version";
const BARE_LF: &str = "line ends in a bare lf";

fn smuggling_rows() -> Vec<Refusal> {
    vec![
        // Content-Length and Transfer-Encoding.
        r(
            "cl+te",
            post(
                "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
                "0\r\n\r\n",
            ),
            400,
            CLTE,
        ),
        r(
            "te+cl",
            post(
                "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
                "0\r\n\r\n",
            ),
            400,
            CLTE,
        ),
        r(
            "cl+te hiding a second request",
            post(
                "Content-Length: 35\r\nTransfer-Encoding: chunked\r\n",
                "0\r\n\r\nGET /json HTTP/1.1\r\nHost: t\r\n\r\n",
            ),
            400,
            CLTE,
        ),
        r(
            "duplicate cl, same value",
            post("Content-Length: 3\r\nContent-Length: 3\r\n", "abc"),
            400,
            DUP_CL,
        ),
        r(
            "duplicate cl, different values",
            post("Content-Length: 3\r\nContent-Length: 4\r\n", "abcd"),
            400,
            DUP_CL,
        ),
        r(
            "cl list in one field",
            post("Content-Length: 3, 3\r\n", "abc"),
            400,
            BAD_CL,
        ),
        r(
            "cl +5",
            post("Content-Length: +5\r\n", "abcde"),
            400,
            BAD_CL,
        ),
        r("cl -1", post("Content-Length: -1\r\n", ""), 400, BAD_CL),
        r(
            "cl 0x10",
            post("Content-Length: 0x10\r\n", "0123456789abcdef"),
            400,
            BAD_CL,
        ),
        r(
            "cl 20 digits",
            post("Content-Length: 99999999999999999999\r\n", ""),
            400,
            BAD_CL,
        ),
        r("cl empty", post("Content-Length: \r\n", ""), 400, BAD_CL),
        r(
            "cl with inner space",
            post("Content-Length: 1 0\r\n", "0123456789"),
            400,
            BAD_CL,
        ),
        r(
            "te gzip",
            post("Transfer-Encoding: gzip\r\n", ""),
            400,
            TE_FINAL,
        ),
        r(
            "te chunked, gzip",
            post("Transfer-Encoding: chunked, gzip\r\n", "0\r\n\r\n"),
            400,
            TE_FINAL,
        ),
        r(
            "te foo, chunked",
            post("Transfer-Encoding: foo, chunked\r\n", "0\r\n\r\n"),
            501,
            NOT_IMPL,
        ),
        r(
            "te gzip, chunked",
            post("Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n"),
            501,
            NOT_IMPL,
        ),
        r(
            "te chunked, chunked",
            post("Transfer-Encoding: chunked, chunked\r\n", "0\r\n\r\n"),
            400,
            TE_FINAL,
        ),
        r(
            "te chunked in two fields",
            post(
                "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
                "0\r\n\r\n",
            ),
            400,
            TE_FINAL,
        ),
        r(
            "te in http/1.0",
            "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            400,
            "transfer-encoding in an http/1.0 request",
        ),
        // Chunk framing.
        r(
            "chunk size 0x5",
            chunked("0x5\r\nhello\r\n0\r\n\r\n"),
            400,
            BAD_SIZE,
        ),
        r(
            "chunk size 17 hex digits",
            chunked("11111111111111111\r\nx\r\n0\r\n\r\n"),
            400,
            "chunk size overflows",
        ),
        r(
            "chunk size line bare lf",
            chunked("5\nhello\r\n0\r\n\r\n"),
            400,
            "chunk line ends in a bare lf",
        ),
        r(
            "chunk data without crlf",
            chunked("5\r\nhelloXX0\r\n\r\n"),
            400,
            "chunk data not followed by crlf",
        ),
        r(
            "chunk size negative",
            chunked("-5\r\nhello\r\n0\r\n\r\n"),
            400,
            BAD_SIZE,
        ),
        r(
            "chunk size empty",
            chunked("\r\nhello\r\n0\r\n\r\n"),
            400,
            BAD_SIZE,
        ),
        r(
            "chunk size then a space",
            chunked("5 \r\nhello\r\n0\r\n\r\n"),
            400,
            BAD_SIZE,
        ),
        r(
            "chunk size line over 1 KiB",
            chunked(&format!("5;{}\r\nhello\r\n0\r\n\r\n", "e".repeat(1100))),
            400,
            "chunk size line too long",
        ),
        r(
            "trailer without colon",
            chunked("0\r\nBad Trailer\r\n\r\n"),
            400,
            "malformed trailer field",
        ),
        r(
            "trailer bare lf",
            chunked("0\r\nX-T: 1\n\r\n"),
            400,
            "chunk line ends in a bare lf",
        ),
        // Field syntax.
        r(
            "space before colon",
            "GET /plaintext HTTP/1.1\r\nHost : t\r\n\r\n",
            400,
            "whitespace between header name and colon",
        ),
        r(
            "tab before colon",
            get_with("X-A\t: v\r\n"),
            400,
            "whitespace between header name and colon",
        ),
        r(
            "obs-fold",
            get_with("X-A: a\r\n b\r\n"),
            400,
            "obsolete line folding is not accepted",
        ),
        r(
            "bare cr in value",
            get_with("X-A: a\rb\r\n"),
            400,
            "bare cr in request head",
        ),
        r("nul in value", get_with("X-A: a\0b\r\n"), 400, BAD_VALUE),
        r(
            "control byte in value",
            get_with("X-A: a\x01b\r\n"),
            400,
            BAD_VALUE,
        ),
        r("del in value", get_with("X-A: a\x7fb\r\n"), 400, BAD_VALUE),
        r(
            "control byte in name",
            get_with("Bad\x01Name: v\r\n"),
            400,
            BAD_NAME,
        ),
        r("brackets in name", get_with("X[1]: v\r\n"), 400, BAD_NAME),
        r("empty name", get_with(": v\r\n"), 400, BAD_NAME),
        r(
            "field without colon",
            get_with("NoColon\r\n"),
            400,
            "header line without a colon",
        ),
        r(
            "field line bare lf",
            "GET /plaintext HTTP/1.1\r\nHost: t\nX-A: b\r\n\r\n",
            400,
            BARE_LF,
        ),
        r(
            "request line bare lf",
            "GET /plaintext HTTP/1.1\nHost: t\r\n\r\n",
            400,
            BARE_LF,
        ),
        // Host.
        r(
            "missing host (1.1)",
            "GET /plaintext HTTP/1.1\r\n\r\n",
            400,
            "http/1.1 request without host",
        ),
        r(
            "repeated host",
            "GET /plaintext HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n",
            400,
            "more than one host header",
        ),
        // Request line.
        r(
            "lowercase version",
            "GET /plaintext http/1.1\r\nHost: t\r\n\r\n",
            400,
            BAD_VERSION,
        ),
        r(
            "two-digit minor version",
            "GET /plaintext HTTP/1.10\r\nHost: t\r\n\r\n",
            400,
            BAD_VERSION,
        ),
        r(
            "version without minor",
            "GET /plaintext HTTP/1\r\nHost: t\r\n\r\n",
            400,
            BAD_VERSION,
        ),
        r(
            "HTTP/2.0",
            "GET /plaintext HTTP/2.0\r\nHost: t\r\n\r\n",
            505,
            "HTTP Version Not Supported",
        ),
        r(
            "HTTP/3.0",
            "GET /plaintext HTTP/3.0\r\nHost: t\r\n\r\n",
            505,
            "HTTP Version Not Supported",
        ),
        r(
            "two spaces after method",
            "GET  /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
            400,
            "malformed request line",
        ),
        r(
            "bad method token",
            "G(T /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
            400,
            "invalid method token",
        ),
        r(
            "tls client hello on the plain port",
            b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
            400,
            "invalid method token",
        ),
        r(
            "origin target without slash",
            "GET plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
            400,
            "invalid request target",
        ),
        r(
            "two leading empty lines",
            "\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
            400,
            "more than one empty line before the request line",
        ),
    ]
}

/// Sends each refused request on its own connection; collects every mismatch. After each one a
/// witness keep-alive connection must still be served (the worker lives on).
fn check_refusals(tb: &Testbed, rows: &[Refusal]) {
    let mut witness = tb.connect();
    let mut failures = Vec::new();
    for row in rows {
        let ex = common::exchange(tb.addr, &row.raw, Duration::from_secs(3));
        let mut problems = Vec::new();
        if !ex.closed() {
            problems.push("connection not closed within 3 s".to_string());
        }
        match try_parse_responses(&ex.bytes, &[]) {
            Err(e) => problems.push(e),
            Ok(resps) if resps.len() != 1 => problems.push(format!(
                "{} responses instead of exactly one: {:?}",
                resps.len(),
                resps.iter().map(|r| r.status).collect::<Vec<_>>()
            )),
            Ok(resps) => {
                let resp = &resps[0];
                if resp.status != row.status {
                    problems.push(format!("status {} instead of {}", resp.status, row.status));
                }
                if resp.text() != row.body {
                    problems.push(format!("body {:?} instead of {:?}", resp.text(), row.body));
                }
                if resp.header("connection") != Some("close") {
                    problems.push(format!(
                        "Connection {:?} instead of close",
                        resp.header("connection")
                    ));
                }
                if resp.header("content-type") != Some(TEXT) {
                    problems.push(format!("Content-Type {:?}", resp.header("content-type")));
                }
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {}\n    request {:?}",
                row.name,
                problems.join("; "),
                String::from_utf8_lossy(&row.raw)
            ));
        }
        let ok = witness.roundtrip(&get("/plaintext"));
        assert_eq!(
            (ok.status, ok.text().as_str()),
            (200, "Hello, World!"),
            "after {}",
            row.name
        );
    }
    // A fresh connection is served too.
    let fresh = tb.send(&get_close("/plaintext")).responses();
    assert_eq!(fresh[0].status, 200);
    assert!(
        failures.is_empty(),
        "{} of {} refusals wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn smuggling_shapes_are_refused_and_the_connection_closed() {
    let tb = Testbed::start(&[]);
    check_refusals(&tb, &smuggling_rows());
}

/// Control: the same shapes written correctly are accepted (so the refusals above are about the
/// detail each row changes).
#[test]
fn well_formed_variants_of_the_refused_shapes_are_accepted() {
    let tb = Testbed::start(&[]);
    let cases: &[(&str, String, &str)] = &[
        ("plain cl", post("Content-Length: 3\r\n", "abc"), "abc"),
        ("cl zero", post("Content-Length: 0\r\n", ""), ""),
        (
            "cl leading zeros",
            post("Content-Length: 003\r\n", "abc"),
            "abc",
        ),
        ("te chunked", chunked("3\r\nabc\r\n0\r\n\r\n"), "abc"),
        (
            "te Chunked (case)",
            post("Transfer-Encoding: Chunked\r\n", "3\r\nabc\r\n0\r\n\r\n"),
            "abc",
        ),
        (
            "chunk size leading zeros",
            chunked("00000000000000000003\r\nabc\r\n0\r\n\r\n"),
            "abc",
        ),
        (
            "chunk size upper-case hex",
            chunked("A\r\n0123456789\r\n0\r\n\r\n"),
            "0123456789",
        ),
        (
            "16 hex digits",
            chunked("0000000000000003\r\nabc\r\n0\r\n\r\n"),
            "abc",
        ),
        (
            "ows around a value",
            post("Content-Length: \t3 \r\n", "abc"),
            "abc",
        ),
        (
            "host in any case",
            "POST /echo HTTP/1.1\r\nhOST: t\r\nContent-Length: 1\r\n\r\nz".to_string(),
            "z",
        ),
        (
            "http/1.0 without host",
            "POST /echo HTTP/1.0\r\nContent-Length: 2\r\n\r\nok".to_string(),
            "ok",
        ),
        (
            "empty host value",
            "POST /echo HTTP/1.1\r\nHost:\r\nContent-Length: 1\r\n\r\ne".to_string(),
            "e",
        ),
    ];
    let mut failures = Vec::new();
    for (name, raw, body) in cases {
        let mut c = tb.connect();
        c.send(raw.as_bytes());
        match c.try_response(false) {
            Ok(resp) if resp.status == 200 && resp.text() == *body => {}
            Ok(resp) => failures.push(format!("{name}: {} {:?}", resp.status, resp.text())),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn configured_limits_give_414_431_413() {
    let tb = Testbed::start(&[
        ("CHOPIN_MAX_TARGET", "100"),
        ("CHOPIN_MAX_HEAD", "1KiB"),
        ("CHOPIN_MAX_HEADERS", "8"),
        ("CHOPIN_MAX_BODY", "1KiB"),
        ("CHOPIN_MAX_TRAILERS", "64"),
    ]);
    let refused = |raw: &[u8], status: u16, body: &str, what: &str| {
        let t = Instant::now();
        let ex = common::exchange(tb.addr, raw, Duration::from_secs(5));
        let resps = parse_responses(&ex.bytes);
        assert_eq!(resps.len(), 1, "{what}: one response");
        assert_eq!(
            (resps[0].status, resps[0].text().as_str()),
            (status, body),
            "{what}"
        );
        assert_eq!(resps[0].header("connection"), Some("close"), "{what}");
        assert!(ex.closed(), "{what}: closed after the refusal");
        // The default header timeout is 10 s: an answer within 3 s was not a timeout.
        assert!(
            t.elapsed() < Duration::from_secs(3),
            "{what}: answered promptly, took {:?}",
            t.elapsed()
        );
    };

    // Target: 100 bytes are fine (404 for the unknown path), 101 are not.
    let at = format!("/{}", "a".repeat(99));
    let resp = tb.connect().roundtrip(&get(&at));
    assert_eq!(resp.status, 404, "a target of exactly max_target");
    let over = format!("/{}", "a".repeat(100));
    refused(
        &get(&over),
        414,
        "request target too long",
        "target of max_target + 1",
    );
    // 200 bytes of target and no line end, ever.
    refused(
        format!("GET /{}", "a".repeat(200)).as_bytes(),
        414,
        "request target too long",
        "unterminated long target",
    );

    // Head size: a complete head over 1 KiB, and one that never ends.
    let big_field = format!("X-Big: {}\r\n", "b".repeat(1100));
    refused(
        get_with(&big_field).as_bytes(),
        431,
        "request header section too large",
        "complete head over max_head",
    );
    let unterminated = format!(
        "GET /plaintext HTTP/1.1\r\nHost: t\r\nX-Big: {}",
        "b".repeat(1100)
    );
    refused(
        unterminated.as_bytes(),
        431,
        "request header section too large",
        "unterminated head over max_head",
    );

    // Field count: Host + 7 = 8 fields is the limit, 9 is over.
    let fields = |n: usize| (0..n).map(|i| format!("X-{i}: v\r\n")).collect::<String>();
    let resp = tb.connect().roundtrip(get_with(&fields(7)).as_bytes());
    assert_eq!(resp.status, 200, "exactly max_headers fields");
    refused(
        get_with(&fields(8)).as_bytes(),
        431,
        "too many header fields",
        "max_headers + 1 fields",
    );

    // Body by Content-Length: refused from the head alone, the body is never sent.
    refused(
        post("Content-Length: 1025\r\n", "").as_bytes(),
        413,
        "request body too large",
        "content-length over max_body",
    );
    let exact = "x".repeat(1024);
    let resp = tb
        .connect()
        .roundtrip(post("Content-Length: 1024\r\n", &exact).as_bytes());
    assert_eq!(
        (resp.status, resp.body.len()),
        (200, 1024),
        "a body of exactly max_body"
    );

    // Chunked bodies: the chunk that crosses the limit is refused when announced.
    let over = chunked(&format!("400\r\n{}\r\n1\r\n", "c".repeat(1024)));
    refused(
        over.as_bytes(),
        413,
        "request body too large",
        "chunked body growing past max_body",
    );
    refused(
        chunked("401\r\n").as_bytes(),
        413,
        "request body too large",
        "one announced chunk over max_body",
    );
    let exact = chunked(&format!(
        "200\r\n{0}\r\n200\r\n{0}\r\n0\r\n\r\n",
        "d".repeat(512)
    ));
    let resp = tb.connect().roundtrip(exact.as_bytes());
    assert_eq!(
        (resp.status, resp.body.len()),
        (200, 1024),
        "a chunked body of exactly max_body"
    );

    // Trailers over CHOPIN_MAX_TRAILERS.
    let trailers = chunked(&format!("1\r\nz\r\n0\r\nX-T: {}\r\n\r\n", "t".repeat(100)));
    refused(
        trailers.as_bytes(),
        400,
        "trailer section too large",
        "trailers over max_trailers",
    );
}

#[test]
fn default_limits_are_the_documented_ones() {
    let tb = Testbed::start(&[]);
    let status_of = |raw: &[u8]| -> (u16, String) {
        let ex = common::exchange(tb.addr, raw, Duration::from_secs(5));
        let r = &parse_responses(&ex.bytes)[0];
        (r.status, r.text())
    };
    // max_target 8 KiB.
    assert_eq!(
        status_of(&get_close(&format!("/{}", "a".repeat(8191)))).0,
        404,
        "8 KiB target"
    );
    assert_eq!(
        status_of(&get(&format!("/{}", "a".repeat(9 * 1024)))),
        (414, "request target too long".into()),
        "9 KiB target"
    );
    // max_headers 64 (Host included).
    let fields = |n: usize| (0..n).map(|i| format!("X-{i}: v\r\n")).collect::<String>();
    assert_eq!(
        status_of(get_with(&(fields(62) + "Connection: close\r\n")).as_bytes()).0,
        200,
        "64 fields"
    );
    assert_eq!(
        status_of(get_with(&fields(64)).as_bytes()).0,
        431,
        "65 fields"
    );
    // max_head 16 KiB.
    let head = |n: usize| {
        get_with(&format!(
            "X-Big: {}\r\nConnection: close\r\n",
            "b".repeat(n)
        ))
    };
    assert_eq!(status_of(head(15 * 1024).as_bytes()).0, 200, "15 KiB head");
    assert_eq!(status_of(head(17 * 1024).as_bytes()).0, 431, "17 KiB head");
    // max_body 1 MiB: exactly 1 MiB is echoed intact, one byte more is refused from the head.
    assert_eq!(
        status_of(post("Content-Length: 1048577\r\n", "").as_bytes()),
        (413, "request body too large".into()),
        "1 MiB + 1"
    );
    let body: Vec<u8> = (0..1024 * 1024).map(|i| b'A' + (i % 23) as u8).collect();
    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1048576\r\n\r\n");
    c.send(&body);
    let resp = c.response();
    assert_eq!(resp.status, 200);
    assert!(
        resp.body == body,
        "the 1 MiB echo differs (len {})",
        resp.body.len()
    );
}

#[test]
fn connection_header_and_http10_keep_alive() {
    let tb = Testbed::start(&[]);
    // HTTP/1.1 default: persistent, no Connection header.
    let mut c = tb.connect();
    let resp = c.roundtrip(&get("/plaintext"));
    assert_eq!((resp.status, resp.header("connection")), (200, None));
    c.assert_open_and_silent(Duration::from_millis(300), "HTTP/1.1 keep-alive");
    assert_eq!(c.roundtrip(&get("/json")).text(), JSON_BODY);

    // HTTP/1.0 without keep-alive: Connection: close, then closed.
    let ex = tb.send(b"GET /plaintext HTTP/1.0\r\n\r\n");
    let resps = ex.responses();
    assert_eq!(resps.len(), 1);
    assert_eq!(
        (
            resps[0].status,
            resps[0].header("connection"),
            resps[0].text().as_str()
        ),
        (200, Some("close"), "Hello, World!")
    );
    assert!(ex.closed());

    // HTTP/1.0 with Connection: keep-alive: echoed, and the connection stays open.
    let mut c = tb.connect();
    let resp = c.roundtrip(b"GET /plaintext HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    assert_eq!(
        (resp.status, resp.header("connection")),
        (200, Some("keep-alive"))
    );
    c.assert_open_and_silent(Duration::from_millis(300), "HTTP/1.0 keep-alive");
    let resp = c.roundtrip(b"GET /json HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
    assert_eq!(
        (resp.text().as_str(), resp.header("connection")),
        (JSON_BODY, Some("keep-alive"))
    );
    let resp = c.roundtrip(b"GET /plaintext HTTP/1.0\r\n\r\n");
    assert_eq!(resp.header("connection"), Some("close"));
    c.assert_closed(Duration::from_secs(3), "HTTP/1.0 without keep-alive");

    // HTTP/1.1 with close among other tokens: nothing after it is answered.
    for value in ["foo, close", "close", "CLOSE", "keep-alive, close"] {
        let raw = format!(
            "{}GET /json HTTP/1.1\r\nHost: t\r\n\r\n",
            get_with(&format!("Connection: {value}\r\n"))
        );
        let ex = tb.send(raw.as_bytes());
        let resps = ex.responses();
        assert_eq!(resps.len(), 1, "Connection: {value}: one response only");
        assert_eq!(
            resps[0].header("connection"),
            Some("close"),
            "Connection: {value}"
        );
        assert!(ex.closed(), "Connection: {value}: closed");
    }
}

#[test]
fn expect_100_continue() {
    let tb = Testbed::start(&[("CHOPIN_MAX_BODY", "1KiB")]);
    const CONTINUE: &[u8] = b"HTTP/1.1 100 Continue\r\n\r\n";

    // Body withheld: 100 first, then the body, then the echo; the connection stays usable.
    for expect in ["100-continue", "100-Continue"] {
        let mut c = tb.connect();
        c.send(
            format!(
                "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: {expect}\r\nContent-Length: 5\r\n\r\n"
            )
            .as_bytes(),
        );
        assert_eq!(c.read_exact(CONTINUE.len()), CONTINUE, "Expect: {expect}");
        c.assert_open_and_silent(
            Duration::from_millis(200),
            "after 100 Continue, before the body",
        );
        c.send(b"hello");
        let resp = c.response();
        assert_eq!(
            (resp.status, resp.text().as_str(), resp.header("connection")),
            (200, "hello", None)
        );
        assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    }

    // The same with a chunked body.
    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
    assert_eq!(c.read_exact(CONTINUE.len()), CONTINUE);
    c.send(b"3\r\nabc\r\n0\r\n\r\n");
    assert_eq!(c.response().text(), "abc");

    // Refused before the body: no 100, the answer, then a close (the body was never read).
    let cases: &[(&str, &str, u16, &str, Option<&str>)] = &[
        (
            "unknown path",
            "POST /nope HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n",
            404,
            "not found",
            None,
        ),
        (
            "wrong method",
            "PUT /plaintext HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n",
            405,
            "method not allowed",
            Some("GET, HEAD"),
        ),
        (
            "content-length over the limit",
            "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n",
            413,
            "request body too large",
            None,
        ),
    ];
    for (name, raw, status, body, allow) in cases {
        let ex = common::exchange(tb.addr, raw.as_bytes(), Duration::from_secs(3));
        assert!(
            !ex.bytes.starts_with(b"HTTP/1.1 100"),
            "{name}: no 100 Continue: {:?}",
            ex.text()
        );
        let resps = parse_responses(&ex.bytes);
        assert_eq!(resps.len(), 1, "{name}");
        assert_eq!(
            (resps[0].status, resps[0].text().as_str()),
            (*status, *body),
            "{name}"
        );
        assert_eq!(resps[0].header("allow"), *allow, "{name}");
        assert_eq!(resps[0].header("connection"), Some("close"), "{name}");
        assert!(ex.closed(), "{name}: closed");
    }

    // Other expectations: 417 and a close, with or without a body.
    for raw in [
        "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: something\r\nContent-Length: 1\r\n\r\na",
        "GET /plaintext HTTP/1.1\r\nHost: t\r\nExpect: something\r\n\r\n",
        "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nExpect: other\r\nContent-Length: 1\r\n\r\na",
    ] {
        let ex = common::exchange(tb.addr, raw.as_bytes(), Duration::from_secs(3));
        let resps = parse_responses(&ex.bytes);
        assert_eq!(resps.len(), 1, "{raw:?}");
        assert_eq!(
            (resps[0].status, resps[0].text().as_str()),
            (417, "unsupported expectation"),
            "{raw:?}"
        );
        assert!(ex.closed(), "{raw:?}: closed");
    }

    // HTTP/1.0 clients never get a 100 (RFC 9110 §10.1.1: the expectation is ignored).
    let mut c = tb.connect();
    c.send(b"POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    c.assert_open_and_silent(Duration::from_millis(300), "no 100 for HTTP/1.0");
    c.send(b"hello");
    assert_eq!(c.response().text(), "hello");

    // A request without a body has nothing to continue: just the answer.
    let mut c = tb.connect();
    let resp = c.roundtrip(b"GET /plaintext HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n\r\n");
    assert_eq!((resp.status, resp.text().as_str()), (200, "Hello, World!"));
}

#[test]
fn head_requests_send_get_headers_without_a_body() {
    let tb = Testbed::start(&[]);
    let raw = [
        "HEAD /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
        "GET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
        "HEAD /stream HTTP/1.1\r\nHost: t\r\n\r\n",
        "HEAD /big HTTP/1.1\r\nHost: t\r\n\r\n",
        "HEAD /nope HTTP/1.1\r\nHost: t\r\n\r\n",
        "HEAD /sleep/20 HTTP/1.1\r\nHost: t\r\n\r\n",
        "HEAD /json HTTP/1.1\r\nHost: t\r\n\r\n",
        "GET /json HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    ]
    .concat();
    let ex = tb.send(raw.as_bytes());
    assert!(ex.closed());
    // The strict reader proves there are no stray body bytes after any HEAD response.
    let r = parse_responses_with(
        &ex.bytes,
        &[true, false, true, true, true, true, true, false],
    );
    assert_eq!(r.len(), 8);
    assert_eq!(
        (
            r[0].status,
            r[0].header("content-length"),
            r[0].header("content-type")
        ),
        (200, Some("13"), Some(TEXT))
    );
    assert_eq!(
        r[0].headers_without_date(),
        r[1].headers_without_date(),
        "HEAD and GET /plaintext headers"
    );
    assert_eq!(r[1].text(), "Hello, World!");
    assert_eq!(
        (
            r[2].status,
            r[2].header("transfer-encoding"),
            r[2].header("content-length")
        ),
        (200, Some("chunked"), None)
    );
    assert_eq!(
        r[2].header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(
        (r[3].status, r[3].header("content-length")),
        (200, Some("8388608"))
    );
    assert_eq!(
        (r[4].status, r[4].header("content-length")),
        (404, Some("9"))
    );
    assert_eq!(
        (r[5].status, r[5].header("content-length")),
        (200, Some("5")),
        "HEAD answered by an async handler"
    );
    let without_connection = |r: &common::Response| {
        r.headers_without_date()
            .into_iter()
            .filter(|(k, _)| !k.eq_ignore_ascii_case("connection"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        without_connection(&r[6]),
        without_connection(&r[7]),
        "HEAD and GET /json headers"
    );
    assert_eq!(
        (r[6].header("connection"), r[7].header("connection")),
        (None, Some("close"))
    );
    assert_eq!(r[7].text(), JSON_BODY);

    // HEAD /stream on a keep-alive connection, then a GET: nothing of the stream leaks.
    let mut c = tb.connect();
    c.send(b"HEAD /stream HTTP/1.1\r\nHost: t\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n");
    assert_eq!(
        c.head_response().header("transfer-encoding"),
        Some("chunked")
    );
    assert_eq!(c.response().text(), "Hello, World!");
    c.assert_open_and_silent(Duration::from_millis(200), "after HEAD /stream");
}

#[test]
fn method_not_allowed_carries_allow() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    let cases: &[(&str, &str)] = &[
        ("GET /echo HTTP/1.1\r\nHost: t\r\n\r\n", "POST"),
        (
            "POST /plaintext HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n",
            "GET, HEAD",
        ),
        ("DELETE /plaintext HTTP/1.1\r\nHost: t\r\n\r\n", "GET, HEAD"),
        ("PUT /json HTTP/1.1\r\nHost: t\r\n\r\n", "GET, HEAD"),
        // The body is already there: read with the request, the connection stays open.
        (
            "POST /plaintext HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc",
            "GET, HEAD",
        ),
        // Methods are case-sensitive: `get` is an extension method, not GET.
        ("get /plaintext HTTP/1.1\r\nHost: t\r\n\r\n", "GET, HEAD"),
    ];
    for (raw, allow) in cases {
        let resp = c.roundtrip(raw.as_bytes());
        assert_eq!(
            (resp.status, resp.header("allow"), resp.text().as_str()),
            (405, Some(*allow), "method not allowed"),
            "{raw:?}"
        );
        assert_eq!(resp.header("connection"), None, "{raw:?}: keep-alive");
    }
    assert_eq!(c.roundtrip(&get("/plaintext")).status, 200);
    // The body withheld: refused from the head (check_head), then closed.
    let ex = common::exchange(
        tb.addr,
        b"POST /plaintext HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\n",
        Duration::from_secs(3),
    );
    let resps = ex.responses();
    assert_eq!(
        (resps.len(), resps[0].status, resps[0].header("allow")),
        (1, 405, Some("GET, HEAD"))
    );
    assert_eq!(resps[0].header("connection"), Some("close"));
    assert!(ex.closed());
}

#[test]
fn target_forms_and_leading_empty_lines() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    for raw in [
        "GET http://localhost/plaintext HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET http://localhost:8080/plaintext?x=1 HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
        "GET /plaintext?a=1&b=%20 HTTP/1.1\r\nHost: t\r\n\r\n",
        "\r\nGET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n",
    ] {
        let resp = c.roundtrip(raw.as_bytes());
        assert_eq!(
            (resp.status, resp.text().as_str()),
            (200, "Hello, World!"),
            "{raw:?}"
        );
    }
    // One CRLF between pipelined requests is tolerated as well; two are not (a row of the
    // smuggling table covers the refusal).
    c.send(b"GET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n\r\nGET /json HTTP/1.1\r\nHost: t\r\n\r\n");
    assert_eq!(c.response().text(), "Hello, World!");
    assert_eq!(c.response().text(), JSON_BODY);
}

#[test]
fn date_server_content_type_and_length() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    for (path, ctype, body) in [
        ("/json", "application/json", JSON_BODY),
        ("/plaintext", TEXT, "Hello, World!"),
    ] {
        let resp = c.roundtrip(&get(path));
        assert_eq!(resp.status, 200);
        assert_eq!(resp.reason, "OK");
        assert_eq!(resp.text(), body);
        assert_eq!(
            resp.header("content-length"),
            Some(body.len().to_string().as_str()),
            "{path}"
        );
        assert_eq!(resp.header("content-type"), Some(ctype), "{path}");
        assert_eq!(
            (resp.count("date"), resp.count("server")),
            (1, 1),
            "{path}: {:?}",
            resp.headers
        );
        assert_eq!(resp.header("server"), Some("chopin"));
        let date = resp.header("date").unwrap();
        let t = parse_imf_fixdate(date)
            .unwrap_or_else(|| panic!("Date is not an IMF-fixdate: {date:?}"));
        assert!(t.abs_diff(unix_now()) <= 5, "Date {date:?} is not now");
    }
    assert_eq!(JSON_BODY.len(), 27);
}

#[test]
fn a_256_kib_pipelined_burst_in_one_write() {
    let tb = Testbed::start(&[]);
    let plain = "GET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n";
    let json = "GET /json HTTP/1.1\r\nHost: t\r\n\r\n";
    // Every 37th request is /json so that the order of the answers is checked, not just their count.
    let mut burst = String::new();
    let mut kinds = Vec::new();
    while burst.len() < 256 * 1024 {
        let is_json = kinds.len() % 37 == 36;
        burst.push_str(if is_json { json } else { plain });
        kinds.push(is_json);
    }
    burst.push_str("GET /plaintext HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    kinds.push(false);
    let n = kinds.len();

    let mut s = tb.stream();
    let writer = {
        let mut w = s.try_clone().unwrap();
        let burst = burst.into_bytes();
        std::thread::spawn(move || std::io::Write::write_all(&mut w, &burst))
    };
    let ex = common::read_until_end(&mut s, Duration::from_secs(10));
    writer.join().unwrap().expect("write the burst");
    assert_eq!(ex.end, common::End::Eof, "closed after the last request");
    let resps = ex.responses();
    assert_eq!(resps.len(), n, "one response per request");
    for (i, (resp, is_json)) in resps.iter().zip(&kinds).enumerate() {
        assert_eq!(resp.status, 200, "#{i}");
        let want = if *is_json { JSON_BODY } else { "Hello, World!" };
        assert_eq!(resp.text(), want, "response #{i} out of order");
    }
}

#[test]
fn a_mixed_pipeline_is_answered_in_request_order() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    let t = Instant::now();
    c.send(
        b"GET /sleep/100 HTTP/1.1\r\nHost: t\r\n\r\n\
          GET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n\
          POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc\
          GET /json HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    let bodies: Vec<String> = (0..4).map(|_| c.response().text()).collect();
    assert_eq!(bodies, ["slept", "Hello, World!", "abc", JSON_BODY]);
    assert!(t.elapsed() >= Duration::from_millis(100));
    c.assert_open_and_silent(Duration::from_millis(200), "after the pipeline");

    // Requests pipelined after a chunked body (extensions and trailers included).
    c.send(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\
          3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n\
          GET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n\
          POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nz\r\n0\r\n\r\n\
          GET /json HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    let bodies: Vec<String> = (0..4).map(|_| c.response().text()).collect();
    assert_eq!(bodies, ["abcde", "Hello, World!", "z", JSON_BODY]);

    // A GET with a body: the body is consumed with it, not parsed as the next request.
    c.send(b"GET /plaintext HTTP/1.1\r\nHost: t\r\nContent-Length: 31\r\n\r\nGET /json HTTP/1.1\r\nHost: t\r\n\r\nGET /sleep/1 HTTP/1.1\r\nHost: t\r\n\r\n");
    assert_eq!(c.response().text(), "Hello, World!");
    assert_eq!(c.response().text(), "slept");
    c.assert_open_and_silent(Duration::from_millis(200), "after a GET with a body");

    // Two async handlers in a row, the first one slower: still in order.
    c.send(b"GET /sleep/80 HTTP/1.1\r\nHost: t\r\n\r\nGET /sleep/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /plaintext HTTP/1.1\r\nHost: t\r\n\r\n");
    let bodies: Vec<String> = (0..3).map(|_| c.response().text()).collect();
    assert_eq!(bodies, ["slept", "slept", "Hello, World!"]);
}

#[test]
fn requests_split_across_many_writes() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    // Byte by byte: a POST with a body, then a GET.
    let raw = b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhelloGET /json HTTP/1.1\r\nHost: t\r\n\r\n";
    for b in raw.iter() {
        c.send(std::slice::from_ref(b));
        std::thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(c.response().text(), "hello");
    assert_eq!(c.response().text(), JSON_BODY);
    // A chunked body in pieces cut at awkward places.
    let pieces: &[&[u8]] = &[
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-",
        b"Encoding: chunked\r\n\r",
        b"\n4\r",
        b"\nwiki\r\n5;",
        b"a=b\r\npedia\r\n0\r",
        b"\n\r",
        b"\n",
    ];
    for p in pieces {
        c.send(p);
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(c.response().text(), "wikipedia");
    // A large body followed by a pipelined request in the same write.
    let body: Vec<u8> = (0..300 * 1024).map(|i| b'0' + (i % 10) as u8).collect();
    let mut raw = format!(
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    raw.extend_from_slice(&body);
    raw.extend_from_slice(&get("/plaintext"));
    c.send(&raw);
    assert!(c.response().body == body, "300 KiB echo");
    assert_eq!(c.response().text(), "Hello, World!");
}

#[test]
fn request_bodies_chunked_and_http10() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    // Several chunks, extensions (token, quoted, bare), upper- and lower-case hex, trailers.
    let resp = c.roundtrip(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n\
          5;name=value\r\nhello\r\n\
          1 ; flag\r\n,\r\n\
          A;q=\"a;b \\\" c\"\r\n 0123456-8\r\n\
          00000001\r\n!\r\n\
          0;last\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n",
    );
    assert_eq!(
        (resp.status, resp.text().as_str()),
        (200, "hello, 0123456-8!")
    );
    assert_eq!(resp.header("content-length"), Some("17"));
    // An empty chunked body.
    let resp = c.roundtrip(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    );
    assert_eq!(
        (resp.status, resp.header("content-length"), resp.body.len()),
        (200, Some("0"), 0)
    );
    // A body arriving in several writes.
    c.send(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n012");
    std::thread::sleep(Duration::from_millis(50));
    c.send(b"3456");
    std::thread::sleep(Duration::from_millis(50));
    c.send(b"789");
    assert_eq!(c.response().text(), "0123456789");
    // Binary bytes survive.
    let bin: Vec<u8> = (0..=255u8).collect();
    let mut raw = b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 256\r\n\r\n".to_vec();
    raw.extend_from_slice(&bin);
    let resp = c.roundtrip(&raw);
    assert_eq!(resp.body, bin);
    assert_eq!(
        resp.header("content-type"),
        Some("application/octet-stream")
    );
    // HTTP/1.0 POST: echoed, then closed.
    let ex = tb.send(b"POST /echo HTTP/1.0\r\nContent-Length: 4\r\n\r\nten!");
    let resps = ex.responses();
    assert_eq!((resps.len(), resps[0].text().as_str()), (1, "ten!"));
    assert!(ex.closed());
}

#[test]
fn response_bodies_big_stream_and_bad_parameter() {
    let tb = Testbed::start(&[]);
    let mut c = tb.connect();
    let big = c.roundtrip(&get("/big"));
    assert_eq!(
        (big.status, big.header("content-length"), big.chunked),
        (200, Some("8388608"), false)
    );
    assert_eq!(big.body.len(), 8 * 1024 * 1024);
    if let Some(i) = big
        .body
        .iter()
        .enumerate()
        .position(|(i, &b)| b != big_byte(i))
    {
        panic!("/big differs at byte {i}");
    }
    let stream = c.roundtrip(&get("/stream"));
    assert_eq!(
        (
            stream.status,
            stream.header("transfer-encoding"),
            stream.header("content-length")
        ),
        (200, Some("chunked"), None)
    );
    assert_eq!(
        stream.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(stream.body.len(), 1024 * 1024);
    for (k, piece) in stream.body.chunks(16 * 1024).enumerate() {
        assert!(piece.iter().all(|&b| b == big_byte(k)), "/stream piece {k}");
    }
    let bad = c.roundtrip(&get("/sleep/abc"));
    assert_eq!(
        (bad.status, bad.text().as_str()),
        (
            400,
            r#"{"error":"invalid path parameter `ms`: expected an integer from 0 to 18446744073709551615"}"#
        )
    );
    assert_eq!(
        bad.header("connection"),
        None,
        "a handler's 400 keeps the connection"
    );
    assert_eq!(c.roundtrip(&get("/plaintext")).text(), "Hello, World!");
    // HTTP/1.0 has no chunked coding: the stream is delimited by the close.
    for req in [
        "GET /stream HTTP/1.0\r\n\r\n",
        "GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /plaintext HTTP/1.0\r\n\r\n",
    ] {
        let ex = tb.send(req.as_bytes());
        assert!(ex.closed(), "{req:?}: closed");
        let r = ex.responses();
        assert_eq!(r.len(), 1, "{req:?}: one response, delimited by the close");
        assert_eq!(
            (
                r[0].header("transfer-encoding"),
                r[0].header("content-length")
            ),
            (None, None),
            "{req:?}"
        );
        assert_eq!(r[0].header("connection"), Some("close"), "{req:?}");
        assert_eq!(r[0].body.len(), 1024 * 1024, "{req:?}");
        assert!(
            r[0].body
                .chunks(16 * 1024)
                .enumerate()
                .all(|(k, c)| c.iter().all(|&b| b == big_byte(k))),
            "{req:?}"
        );
    }
    // /stream as the only request of a connection that closes.
    let ex = tb.send(&get_close("/stream"));
    let r = ex.responses();
    assert_eq!(r[0].body.len(), 1024 * 1024);
    assert!(ex.closed());
}

/// Requests pipelined behind a large or streamed response wait until it is written, then are
/// answered (not left until the header timeout).
#[test]
fn requests_pipelined_behind_large_and_streamed_responses() {
    let tb = Testbed::start(&[]);
    let cases: &[(&str, &[&str])] = &[
        ("stream, then plaintext", &["/stream", "/plaintext"]),
        ("big, then plaintext", &["/big", "/plaintext"]),
        (
            "stream, stream, then plaintext",
            &["/stream", "/stream", "/plaintext"],
        ),
        (
            "big, stream, sleep, then plaintext",
            &["/big", "/stream", "/sleep/abc", "/plaintext"],
        ),
    ];
    let mut failures = Vec::new();
    for (name, paths) in cases {
        let mut c = tb.connect();
        c.set_timeout(Duration::from_secs(4));
        let raw: Vec<u8> = paths.iter().flat_map(|p| get(p)).collect();
        c.send(&raw);
        for (i, p) in paths.iter().enumerate() {
            match c.try_response(false) {
                Ok(r) if r.status == 200 || (*p == "/sleep/abc" && r.status == 400) => {}
                Ok(r) => {
                    failures.push(format!(
                        "{name}: response #{} ({p}) is {} {:?}",
                        i + 1,
                        r.status,
                        r.text()
                    ));
                    break;
                }
                Err(e) => {
                    failures.push(format!(
                        "{name}: response #{} ({p}) did not arrive within 4 s: {e}",
                        i + 1
                    ));
                    break;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Many connections served in interleaved rounds by the one worker.
#[test]
fn many_connections_interleaved() {
    let tb = Testbed::start(&[]);
    let mut conns: Vec<common::Client> = (0..64).map(|_| tb.connect()).collect();
    for round in 0..10 {
        for (i, c) in conns.iter_mut().enumerate() {
            let path = if (i + round) % 3 == 0 {
                "/json"
            } else {
                "/plaintext"
            };
            c.send(&get(path));
        }
        for (i, c) in conns.iter_mut().enumerate() {
            let want = if (i + round) % 3 == 0 {
                JSON_BODY
            } else {
                "Hello, World!"
            };
            assert_eq!(c.response().text(), want, "connection {i}, round {round}");
        }
    }
}

/// A client that sends its whole body although the head was refused (413 from Content-Length)
/// still reads the answer: the server drains instead of resetting the connection under it.
#[test]
fn a_refused_upload_still_reads_its_answer() {
    let tb = Testbed::start(&[]);
    let mut s = tb.stream();
    let body = vec![b'u'; 2 * 1024 * 1024];
    let writer = {
        let mut w = s.try_clone().unwrap();
        std::thread::spawn(move || {
            std::io::Write::write_all(
                &mut w,
                b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2097152\r\n\r\n",
            )?;
            std::io::Write::write_all(&mut w, &body)
        })
    };
    let ex = common::read_until_end(&mut s, Duration::from_secs(5));
    let _ = writer.join().unwrap();
    let r = ex.responses();
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].status, r[0].text().as_str()),
        (413, "request body too large")
    );
    assert_eq!(ex.end, common::End::Eof, "an orderly close after the 413");
}

/// The harness' own date parser, on known values (it checks the server's `Date` above).
#[test]
fn harness_parses_imf_fixdate() {
    assert_eq!(parse_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
    assert_eq!(parse_imf_fixdate("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
    assert_eq!(parse_imf_fixdate("Mon, 06 Nov 1994 08:49:37 GMT"), None, "wrong weekday");
    assert_eq!(parse_imf_fixdate("Sun, 6 Nov 1994 08:49:37 GMT"), None, "one-digit day");
    assert_eq!(parse_imf_fixdate("Sunday, 06-Nov-94 08:49:37 GMT"), None, "RFC 850 form");
}
