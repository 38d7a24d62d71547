//! Serialisation and flushing of the output queue, over a real socket pair.

use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::task::{Context, Waker};

use super::output::{ConnHeader, Flush, Output};
use crate::response::{Body, Response, Status};

const DATE: &crate::conn::output::DateLine =
    &crate::conn::output::DateLine { bytes: *b"Server: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\n", secs: 0 };

fn pair() -> (TcpStream, TcpStream) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let a = TcpStream::connect(l.local_addr().unwrap()).unwrap();
    let (b, _) = l.accept().unwrap();
    b.set_nonblocking(true).unwrap();
    (a, b)
}

/// Serialises `resp` and returns the bytes that reach the peer.
fn wire(resp: Response, head_only: bool, conn: ConnHeader, http10: bool) -> String {
    let (mut client, mut server) = pair();
    let mut out = Output::default();
    out.write_response(resp, DATE, head_only, conn, http10);
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(out.flush(&mut server, &mut cx).unwrap(), Flush::Done);
    drop(server);
    let mut s = String::new();
    client.read_to_string(&mut s).unwrap();
    s
}

#[test]
fn responses_are_framed_by_the_runtime() {
    let cases: Vec<(Response, bool, ConnHeader, bool, &str)> = vec![
        (
            Response::text("Hello, World!"),
            false,
            ConnHeader::None,
            false,
            "HTTP/1.1 200 OK\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 13\r\n\r\nHello, World!",
        ),
        (
            Response::text("Hello, World!"),
            true,
            ConnHeader::None,
            false,
            "HTTP/1.1 200 OK\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 13\r\n\r\n",
        ),
        (
            Response::new(Status::NO_CONTENT).header("x-a", "1"),
            false,
            ConnHeader::Close,
            false,
            "HTTP/1.1 204 No Content\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nx-a: 1\r\nConnection: close\r\n\r\n",
        ),
        (
            Response::new(Status::NOT_MODIFIED).header("etag", "\"x\""),
            false,
            ConnHeader::KeepAlive,
            true,
            "HTTP/1.1 304 Not Modified\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\netag: \"x\"\r\nConnection: keep-alive\r\n\r\n",
        ),
        (
            Response::new(Status::OK).body(Body::from_chunks(vec![b"ab".to_vec(), vec![], b"cde".to_vec()].into_iter())),
            false,
            ConnHeader::None,
            false,
            "HTTP/1.1 200 OK\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n",
        ),
        (
            // HTTP/1.0 has no chunked coding: the body is delimited by closing.
            Response::new(Status::OK).body(Body::from_chunks(vec![b"ab".to_vec()].into_iter())),
            false,
            ConnHeader::KeepAlive,
            true,
            "HTTP/1.1 200 OK\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nConnection: close\r\n\r\nab",
        ),
        (
            Response::new(Status::from_u16(599).unwrap()),
            false,
            ConnHeader::None,
            false,
            "HTTP/1.1 599 \r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\nContent-Length: 0\r\n\r\n",
        ),
    ];
    for (i, (resp, head_only, conn, http10, want)) in cases.into_iter().enumerate() {
        assert_eq!(wire(resp, head_only, conn, http10), want, "case {i}");
    }
}

#[test]
fn invalid_application_headers_become_a_500_without_details() {
    let bad = [
        Response::text("x").header("x-inject", "a\r\nSet-Cookie: evil=1"),
        Response::text("x").header("x-nul", "a\0b"),
        Response::text("x").header("bad name", "v"),
        Response::text("x").header("Content-Length", "1"),
        Response::text("x").header("transfer-encoding", "chunked"),
        Response::text("x").content_type("text/html\nx: y"),
    ];
    for r in bad {
        assert!(r.invalid().is_some());
        let s = wire(r, false, ConnHeader::None, false);
        assert!(s.starts_with("HTTP/1.1 500 Internal Server Error\r\n"), "{s}");
        assert!(s.ends_with("\r\n\r\nInternal Server Error"), "{s}");
        assert!(!s.contains("evil") && !s.contains("x-nul"), "{s}");
    }
    assert!(Response::text("x").try_header("x-ok", "fine\tvalue").is_ok());
}

#[test]
fn static_bodies_are_queued_not_copied_and_pipelined_in_order() {
    let (mut client, mut server) = pair();
    let mut out = Output::default();
    static BODY: [u8; 2048] = [b'~'; 2048];
    for _ in 0..3 {
        out.write_response(Response::bytes(&BODY[..]), DATE, false, ConnHeader::None, false);
        out.write_response(Response::bytes(&b"small-body"[..]), DATE, false, ConnHeader::None, false);
    }
    // The buffer holds only the six heads; every static body, short or long, is a segment.
    assert!(!out.buf.contains(&b'~'));
    assert!(!out.buf.windows(10).any(|w| w == b"small-body"));
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(out.flush(&mut server, &mut cx).unwrap(), Flush::Done);
    drop(server);
    let mut s = String::new();
    client.read_to_string(&mut s).unwrap();
    let large = std::str::from_utf8(&BODY).unwrap();
    assert_eq!(s.matches("HTTP/1.1 200 OK").count(), 6);
    assert_eq!(s.matches(&format!("\r\n\r\n{large}HTTP/1.1 200 OK")).count(), 3);
    assert_eq!(s.matches("\r\n\r\nsmall-body").count(), 3);
    assert!(s.ends_with("small-body"));
}

#[test]
fn rollback_discards_a_partial_response() {
    let mut out = Output::default();
    out.write_response(Response::text("first"), DATE, false, ConnHeader::None, false);
    let mark = out.mark();
    out.write_response(Response::bytes(&b"partial"[..]), DATE, false, ConnHeader::None, false);
    out.rollback(mark);
    out.write_response(Response::text("second"), DATE, false, ConnHeader::None, false);
    let (mut client, mut server) = pair();
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(out.flush(&mut server, &mut cx).unwrap(), Flush::Done);
    drop(server);
    let mut s = String::new();
    client.read_to_string(&mut s).unwrap();
    assert!(!s.contains("partial"));
    assert!(s.contains("\r\n\r\nfirst") && s.ends_with("\r\n\r\nsecond"));
}

#[test]
fn a_large_body_survives_partial_writes() {
    let big: Vec<u8> = (0..20 * 1024 * 1024).map(|i: u32| (i % 251) as u8).collect();
    let leaked: &'static [u8] = Box::leak(big.clone().into_boxed_slice());
    large_body_through_a_full_socket(Response::bytes(big.clone()), &big);
    large_body_through_a_full_socket(Response::bytes(Body::Static(leaked)), &big);
}

/// Flushes `resp` (one large body) while a reader drains the socket slowly, and checks that the
/// body arrives whole after the socket was full at least once.
fn large_body_through_a_full_socket(resp: Response, expect: &[u8]) {
    let (mut client, mut server) = pair();
    let reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        client.read_to_end(&mut v).unwrap();
        v
    });
    let mut out = Output::default();
    out.write_response(resp, DATE, false, ConnHeader::None, false);
    let mut cx = Context::from_waker(Waker::noop());
    let mut blocked = 0;
    loop {
        match out.flush(&mut server, &mut cx).unwrap() {
            Flush::Done => break,
            Flush::Blocked => {
                blocked += 1;
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Flush::StreamPending => unreachable!(),
        }
    }
    drop(server);
    let got = reader.join().unwrap();
    let body_at = got.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    assert!(blocked > 0, "a 20 MiB body should hit a full socket at least once");
    assert_eq!(&got[body_at..], expect);
}

#[test]
fn a_stream_is_pulled_only_as_the_socket_drains() {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::task::Poll;
    struct Counting(Rc<Cell<usize>>);
    impl crate::response::BodyStream for Counting {
        fn poll_chunk(&mut self, _: &mut Context<'_>) -> Poll<Option<Vec<u8>>> {
            let n = self.0.get();
            if n == 4096 {
                return Poll::Ready(None);
            }
            self.0.set(n + 1);
            Poll::Ready(Some(vec![b'x'; 16 * 1024]))
        }
    }
    let pulled = Rc::new(Cell::new(0));
    let (client, mut server) = pair();
    let mut out = Output::default();
    out.write_response(
        Response::new(Status::OK).body(Body::stream(Counting(pulled.clone()))),
        DATE,
        false,
        ConnHeader::None,
        false,
    );
    let mut cx = Context::from_waker(Waker::noop());
    // The client reads nothing: the 64 MiB stream must stop being pulled once the socket is full.
    assert_eq!(out.flush(&mut server, &mut cx).unwrap(), Flush::Blocked);
    let held = pulled.get() * 16 * 1024;
    assert!(held < 16 * 1024 * 1024, "pulled {held} bytes for a client that reads nothing");
    assert!(out.queued <= 64 * 1024 + 16 * 1024 + 64, "queued {} bytes in user space", out.queued);
    drop(client);
}

/// Everything queued in `out`, as the peer receives it.
fn drained(out: &mut Output) -> Vec<u8> {
    crate::reactor::block_on(out.drain_to_vec()).unwrap()
}

#[test]
fn plain_answers_match_their_response_and_reuse_the_last_head_only_when_it_fits() {
    use crate::response::BodyPart;
    let later = &crate::conn::output::DateLine { bytes: *b"Server: chopin\r\nDate: Thu, 01 Jan 1970 00:00:01 GMT\r\n", secs: 1 };
    let text = Response::TEXT_TYPE_LINE;
    let bytes = Response::BYTES_TYPE_LINE;
    // (status, type line, body, date, framing): consecutive writes on one connection, each
    // differing from the one before in one input the cached head depends on (or in none).
    let steps: Vec<(Status, &'static [u8], BodyPart, &crate::conn::output::DateLine, ConnHeader)> = vec![
        (Status::OK, text, BodyPart::Static(b"Hello, World!"), DATE, ConnHeader::None),
        (Status::OK, text, BodyPart::Static(b"Hello, World!"), DATE, ConnHeader::None),
        (Status::OK, text, BodyPart::Bytes(b"Hello, Earth!".to_vec()), DATE, ConnHeader::None),
        (Status::OK, text, BodyPart::Static(b"Hello, World!"), later, ConnHeader::None),
        (Status::OK, text, BodyPart::Static(b"Hello!"), later, ConnHeader::None),
        (Status::CREATED, text, BodyPart::Static(b"Hello!"), later, ConnHeader::None),
        (Status::CREATED, bytes, BodyPart::Static(b"Hello!"), later, ConnHeader::None),
        (Status::CREATED, bytes, BodyPart::Static(b"Hello!"), later, ConnHeader::KeepAlive),
        (Status::CREATED, bytes, BodyPart::Static(b"Hello!"), later, ConnHeader::Close),
        (Status::NO_CONTENT, bytes, BodyPart::Static(b"Hello!"), later, ConnHeader::Close),
        (Status::NO_CONTENT, bytes, BodyPart::Static(b"Hello!"), later, ConnHeader::Close),
    ];
    let mut out = Output::default();
    for (i, (status, line, body, date, conn)) in steps.into_iter().enumerate() {
        let payload = match &body {
            BodyPart::Static(b) => b.to_vec(),
            BodyPart::Bytes(b) => b.clone(),
            BodyPart::File(_) => unreachable!(),
        };
        let resp = Response::new(status).body(payload);
        let resp = if std::ptr::eq(line, text) { resp.content_type("text/plain; charset=utf-8") } else { resp.content_type("application/octet-stream") };
        let mut reference = Output::default();
        let want = reference.write_response(resp, date, false, conn, false);
        // Static bodies go through both entry points, which share the cached head.
        let got = match body {
            BodyPart::Static(b) if i % 2 == 0 => out.write_static(status, line, date, false, conn, b),
            body => out.write_part(status, line, date, false, conn, body),
        };
        assert_eq!(got, want, "step {i}");
        let (got, want) = (drained(&mut out), drained(&mut reference));
        assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(&want), "step {i}");
    }
}

#[test]
fn a_measured_body_gets_its_exact_length_whatever_the_estimate() {
    // Lengths on both sides of every digit-count boundary, with estimates too small, exact
    // and too large: the length field is written in place, widened or narrowed.
    let lens = [0usize, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 9999, 10_000, 10_001, 123_456];
    let conns = [(ConnHeader::None, ""), (ConnHeader::Close, "\r\nConnection: close"), (ConnHeader::KeepAlive, "\r\nConnection: keep-alive")];
    for &len in &lens {
        for hint in [0usize, len.saturating_sub(1), len, len + 1, len * 10 + 5] {
            for (conn, conn_line) in conns {
                let mut out = Output::default();
                out.write_with_body(Status::OK, b"Content-Type: text/plain\r\n", DATE, false, conn, hint, |b| {
                    b.resize(b.len() + len, b'x')
                });
                let s = String::from_utf8(out.buf.clone()).unwrap();
                let (head, body) = s.split_once("\r\n\r\n").unwrap();
                let tail = format!("\r\nContent-Length: {len}{conn_line}");
                assert!(head.ends_with(&tail), "len {len} hint {hint}: {head}");
                assert_eq!(body.len(), len, "len {len} hint {hint}");
            }
        }
    }
}
