//! Tests of the request-head parser and the chunked decoder: tables of exact results, every
//! split of the input, and property tests.

use super::*;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Fields = Vec<(Vec<u8>, Vec<u8>)>;

fn new_headers() -> [HeaderSpan; MAX_HEADERS] {
    [HeaderSpan::default(); MAX_HEADERS]
}

/// One call on a fresh scanner; returns the head and its fields as owned bytes.
fn parse_once(buf: &[u8], limits: &Limits) -> Result<Option<(Head, Fields)>, ParseError> {
    let mut scanner = HeadScanner::default();
    let mut headers = new_headers();
    let head = parse_head(buf, &mut scanner, limits, &mut headers)?;
    Ok(head.map(|h| (h, fields_of(buf, &h, &headers))))
}

fn fields_of(buf: &[u8], head: &Head, headers: &[HeaderSpan; MAX_HEADERS]) -> Fields {
    headers[..head.header_count]
        .iter()
        .map(|h| (h.name.get(buf).to_vec(), h.value.get(buf).to_vec()))
        .collect()
}

/// Feeds every prefix of `buf` (lengths 1..=len) to one scanner until a result other than
/// `Ok(None)`; returns it with the prefix length it came at.
fn parse_every_prefix(
    buf: &[u8],
    limits: &Limits,
) -> (usize, Result<Option<(Head, Fields)>, ParseError>) {
    let mut scanner = HeadScanner::default();
    let mut headers = new_headers();
    for k in 1..=buf.len() {
        match parse_head(&buf[..k], &mut scanner, limits, &mut headers) {
            Ok(None) => {}
            Ok(Some(h)) => return (k, Ok(Some((h, fields_of(buf, &h, &headers))))),
            Err(e) => return (k, Err(e)),
        }
    }
    (buf.len(), Ok(None))
}

/// Parses `buf` in one call, and also byte by byte with one scanner; asserts both agree and
/// returns the result.
fn parse(buf: &[u8], limits: &Limits) -> Result<Option<(Head, Fields)>, ParseError> {
    let once = parse_once(buf, limits);
    let (_, every) = parse_every_prefix(buf, limits);
    assert_eq!(
        once,
        every,
        "one-shot and incremental parses differ for {:?}",
        buf.escape_ascii().to_string()
    );
    once
}

fn parse_ok(buf: &[u8]) -> (Head, Fields) {
    match parse(buf, &Limits::default()) {
        Ok(Some(h)) => h,
        other => panic!(
            "{:?}: expected a head, got {other:?}",
            buf.escape_ascii().to_string()
        ),
    }
}

fn span_str(buf: &[u8], s: Span) -> &str {
    std::str::from_utf8(s.get(buf)).unwrap()
}

const OK_HOST: &str = "Host: a\r\n";

// ---------------------------------------------------------------------------------------------
// Errors, table-driven
// ---------------------------------------------------------------------------------------------

/// (request, expected error) with the default limits. Each request is complete unless noted.
const ERRORS: &[(&[u8], ParseError)] = {
    use ParseError::*;
    &[
        // request line shape
        (b"GET  / HTTP/1.1\r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET / HTTP/1.1 \r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET /  HTTP/1.1\r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET /\r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET\r\nHost: a\r\n\r\n", BadRequestLine),
        (b" GET / HTTP/1.1\r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", BadRequestLine),
        (b"GET / \r\nHost: a\r\n\r\n", BadVersion),
        // method
        (b"G(T / HTTP/1.1\r\nHost: a\r\n\r\n", BadMethod),
        (b"GE\x00T / HTTP/1.1\r\nHost: a\r\n\r\n", BadMethod),
        (b"GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", BadMethod),
        (b"G\xc3\xa9T / HTTP/1.1\r\nHost: a\r\n\r\n", BadMethod),
        // refused as soon as the bad byte arrives, without a line end
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", BadMethod),
        (b"GET{", BadMethod),
        // target bytes and forms
        (b"GET /a\x01b HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET /a\x80 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET /\x7f HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET /\x00 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET /a\tb HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET * HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"OPTIONS *x HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET example.com:80 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET a/b HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET ftp://x/ HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET http:/x HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET http:// HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET http:///x HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET http://?q HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"GET http://user@h/ HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT / HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT example.com HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT example.com: HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT :443 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT a:123456 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT a:44x HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        (b"CONNECT http://a:443 HTTP/1.1\r\nHost: a\r\n\r\n", BadTarget),
        // version
        (b"GET / http/1.1\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/1.10\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/1\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/11\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/1.x\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/1.1x\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTPS/1.1\r\nHost: a\r\n\r\n", BadVersion),
        (b"GET / HTTP/2.0\r\nHost: a\r\n\r\n", UnsupportedVersion),
        (b"GET / HTTP/0.9\r\nHost: a\r\n\r\n", UnsupportedVersion),
        (b"GET / HTTP/3.0\r\nHost: a\r\n\r\n", UnsupportedVersion),
        (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", UnsupportedVersion),
        // line ends
        (b"GET / HTTP/1.1\nHost: a\r\n\r\n", BareLf),
        (b"GET / HTTP/1.1\r\nHost: a\n\r\n", BareLf),
        (b"GET / HTTP/1.1\r\nHost: a\r\n\n", BareLf),
        (b"GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n", BareLf),
        (b"GET /\n HTTP/1.1\r\nHost: a\r\n\r\n", BareLf),
        (b"\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", BareLf),
        (b"GET / HTTP/1.1\r\nHost\n: a\r\n\r\n", BareLf),
        // a bare LF is refused before a bad line that it ends
        (b"GET / HTTP/1.1\r\nBad Name: a\n\r\n", BareLf),
        (b"GET / HTTP/1.1\rX\r\nHost: a\r\n\r\n", BareCr),
        (b"GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", BareCr),
        (b"GET / HTTP/1.1\r\nHost: a\r\r\n\r\n", BareCr),
        (b"GET / HTTP/1.1\r\nHo\rst: a\r\n\r\n", BareCr),
        (b"GET / HTTP/1.1\r\nHost: a\r\n\rX\r\n", BareCr),
        (b"\rGET / HTTP/1.1\r\nHost: a\r\n\r\n", BareCr),
        (b"GET /\rx HTTP/1.1\r\nHost: a\r\n\r\n", BareCr),
        (b"\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", LeadingEmptyLines),
        (b"\r\n\r\n", LeadingEmptyLines),
        // field names
        (b"GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n", BadHeaderName),
        (b"GET / HTTP/1.1\r\nHost: a\r\nbad\x01: x\r\n\r\n", BadHeaderName),
        (b"GET / HTTP/1.1\r\nHost: a\r\n: x\r\n\r\n", BadHeaderName),
        (b"GET / HTTP/1.1\r\nHost: a\r\nNa(me: x\r\n\r\n", BadHeaderName),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX\xc3\xa9: x\r\n\r\n", BadHeaderName),
        (b"GET / HTTP/1.1\r\nHost : a\r\n\r\n", SpaceBeforeColon),
        (b"GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", SpaceBeforeColon),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX  :b\r\n\r\n", SpaceBeforeColon),
        (b"GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n", MissingColon),
        (b"GET / HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n", MissingColon),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  folded\r\n\r\n", ObsFold),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n\tfolded\r\n\r\n", ObsFold),
        (b"GET / HTTP/1.1\r\n Host: a\r\n\r\n", ObsFold),
        // field values
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: a\x00b\r\n\r\n", BadHeaderValue),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: \x01\r\n\r\n", BadHeaderValue),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: a\x7f\r\n\r\n", BadHeaderValue),
        (b"GET / HTTP/1.1\r\nHost: a\r\nX: 0123456789abcdef\x1b\r\n\r\n", BadHeaderValue),
        // Host
        (b"GET / HTTP/1.1\r\n\r\n", MissingHost),
        (b"GET / HTTP/1.1\r\nX: a\r\n\r\n", MissingHost),
        (b"GET http://a/ HTTP/1.1\r\n\r\n", MissingHost),
        (b"GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", DuplicateHost),
        (b"GET / HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n", DuplicateHost),
        // Content-Length
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1 2\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5,5\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1.0\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 18446744073709551616\r\n\r\n", BadContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n", DuplicateContentLength),
        (b"POST / HTTP/1.1\r\nHost: a\r\ncontent-length: 5\r\nCONTENT-LENGTH: 6\r\n\r\n", DuplicateContentLength),
        // Transfer-Encoding
        (b"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", ContentLengthWithTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n", ContentLengthWithTransferEncoding),
        (b"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", TransferEncodingInHttp10),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: , chunked\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked,\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked;q=1\r\n\r\n", BadTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: foo, chunked\r\n\r\n", UnknownTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: foo\r\n\r\n", UnknownTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", UnknownTransferEncoding),
        (b"POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n", UnknownTransferEncoding),
    ]
};

#[test]
fn error_table() {
    for &(input, expected) in ERRORS {
        let got = parse(input, &Limits::default());
        assert_eq!(got, Err(expected), "{:?}", input.escape_ascii().to_string());
    }
}

#[test]
fn error_status_codes() {
    use ParseError::*;
    assert_eq!(UnsupportedVersion.status(), 505);
    assert_eq!(UnknownTransferEncoding.status(), 501);
    assert_eq!(BadTransferEncoding.status(), 400);
    assert_eq!(TargetTooLong.status(), 414);
    assert_eq!(HeadTooLarge.status(), 431);
    assert_eq!(TooManyHeaders.status(), 431);
    assert_eq!(BadContentLength.status(), 400);
}

#[test]
fn every_error_variant_is_covered() {
    use ParseError::*;
    let limits_only = [TargetTooLong, HeadTooLarge, TooManyHeaders];
    let all = [
        BadRequestLine,
        BadMethod,
        BadTarget,
        BadVersion,
        UnsupportedVersion,
        BareLf,
        BareCr,
        LeadingEmptyLines,
        BadHeaderName,
        SpaceBeforeColon,
        MissingColon,
        BadHeaderValue,
        ObsFold,
        MissingHost,
        DuplicateHost,
        BadContentLength,
        DuplicateContentLength,
        ContentLengthWithTransferEncoding,
        TransferEncodingInHttp10,
        BadTransferEncoding,
        UnknownTransferEncoding,
    ];
    for e in all {
        assert!(ERRORS.iter().any(|&(_, x)| x == e), "{e:?} has no case");
        assert!(!limits_only.contains(&e));
    }
}

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

fn limits(max_target: usize, max_head: usize, max_headers: usize) -> Limits {
    Limits {
        max_target,
        max_head,
        max_headers,
    }
}

#[test]
fn target_length_limit() {
    // "/aaaaaaaaa" is 10 bytes.
    let req = b"GET /aaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n";
    assert!(matches!(parse(req, &limits(10, 1000, 10)), Ok(Some(_))));
    assert_eq!(
        parse(req, &limits(9, 1000, 10)),
        Err(ParseError::TargetTooLong)
    );
    assert_eq!(ParseError::TargetTooLong.status(), 414);
}

#[test]
fn target_length_limit_without_line_end() {
    // max_target 10: the request line must end (CRLF included) within 10 + 34 = 44 bytes.
    let l = limits(10, 1000, 10);
    let mut line = b"GET /".to_vec();
    line.resize(43, b'a');
    assert_eq!(parse(&line, &l), Ok(None));
    line.push(b'a');
    assert_eq!(parse(&line, &l), Err(ParseError::TargetTooLong));
    // A complete request line of 44 bytes (CRLF included) is judged on its target.
    let line = format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(28));
    assert_eq!(line.find('\n'), Some(43));
    assert_eq!(parse(line.as_bytes(), &l), Err(ParseError::TargetTooLong));
    let ok = format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(9));
    assert!(matches!(parse(ok.as_bytes(), &l), Ok(Some(_))));
    // One more byte before the line end than that is refused at that byte, line end or not.
    let line = format!("GET /{} HTTP/1.1\r\n", "a".repeat(29));
    assert_eq!(parse(line.as_bytes(), &l), Err(ParseError::TargetTooLong));
    assert_eq!(
        parse(&line.as_bytes()[..44], &l),
        Err(ParseError::TargetTooLong)
    );
    // Default limits: a long target without any line end is refused past 8 KiB + 34 bytes.
    let mut long = b"GET /".to_vec();
    long.resize(8 * 1024 + 34, b'a');
    assert_eq!(
        parse_once(&long, &Limits::default()),
        Err(ParseError::TargetTooLong)
    );
    long.pop();
    assert_eq!(parse_once(&long, &Limits::default()), Ok(None));
}

#[test]
fn a_long_method_counts_towards_the_request_line_limit() {
    // max_target 10: the whole line may take 44 bytes. With a 10-byte target and
    // " HTTP/1.1\r\n", a method of 22 bytes fills it exactly and one of 23 overflows it.
    let l = limits(10, 1000, 10);
    let fits = format!("{} /aaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n", "M".repeat(22));
    assert_eq!(fits.find('\n'), Some(43));
    let (head, _) = parse(fits.as_bytes(), &l).unwrap().unwrap();
    assert_eq!(head.method, Method::Other);
    assert_eq!(head.method_span.get(fits.as_bytes()), "M".repeat(22).as_bytes());
    let over = format!("{} /aaaaaaaaa HTTP/1.1\r\nHost: a\r\n\r\n", "M".repeat(23));
    assert_eq!(parse(over.as_bytes(), &l), Err(ParseError::TargetTooLong));
}

#[test]
fn target_limit_counts_after_leading_crlf() {
    let l = limits(10, 1000, 10);
    let mut line = b"\r\nGET /".to_vec();
    line.resize(45, b'a');
    assert_eq!(parse(&line, &l), Ok(None));
    line.push(b'a');
    assert_eq!(parse(&line, &l), Err(ParseError::TargetTooLong));
}

#[test]
fn head_size_limit() {
    let req = b"GET / HTTP/1.1\r\nHost: a\r\nX: 0123456789\r\n\r\n";
    let n = req.len();
    assert!(matches!(parse(req, &limits(100, n, 10)), Ok(Some(_))));
    assert_eq!(
        parse(req, &limits(100, n - 1, 10)),
        Err(ParseError::HeadTooLarge)
    );
    // Refused without the terminating empty line once max_head bytes are there.
    assert_eq!(
        parse(&req[..20], &limits(100, 20, 10)),
        Err(ParseError::HeadTooLarge)
    );
    assert_eq!(parse(&req[..19], &limits(100, 20, 10)), Ok(None));
    // A stream of field lines that never ends.
    let mut flood = b"GET / HTTP/1.1\r\n".to_vec();
    while flood.len() < 20_000 {
        flood.extend_from_slice(format!("X-Filler: {}\r\n", "v".repeat(200)).as_bytes());
    }
    assert_eq!(
        parse_once(&flood, &limits(8192, 16384, 1000)),
        Err(ParseError::HeadTooLarge)
    );
    assert_eq!(ParseError::HeadTooLarge.status(), 431);
}

#[test]
fn head_limit_before_target_limit() {
    // With max_head below the request-line room, the head limit is the one hit.
    let l = limits(100, 20, 10);
    let line = b"GET /aaaaaaaaaaaaaaaaaaaaaaaa";
    assert_eq!(parse(line, &l), Err(ParseError::HeadTooLarge));
}

#[test]
fn header_count_limit() {
    let req = b"GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\n\r\n";
    assert!(matches!(parse(req, &limits(100, 1000, 3)), Ok(Some(_))));
    assert_eq!(
        parse(req, &limits(100, 1000, 2)),
        Err(ParseError::TooManyHeaders)
    );
    assert_eq!(
        parse(req, &limits(100, 1000, 0)),
        Err(ParseError::TooManyHeaders)
    );
    // Known as soon as the extra line is complete.
    assert_eq!(
        parse(&req[..37], &limits(100, 1000, 2)),
        Err(ParseError::TooManyHeaders)
    );
    // Never more than MAX_HEADERS, whatever the limit says.
    let mut many = b"GET / HTTP/1.1\r\nHost: a\r\n".to_vec();
    for i in 0..MAX_HEADERS {
        many.extend_from_slice(format!("X-{i}: v\r\n").as_bytes());
    }
    many.extend_from_slice(b"\r\n");
    assert_eq!(
        parse(&many, &limits(100, 100_000, 1000)),
        Err(ParseError::TooManyHeaders)
    );
    assert_eq!(ParseError::TooManyHeaders.status(), 431);
}

#[test]
fn max_headers_exactly() {
    let mut req = b"GET / HTTP/1.1\r\nHost: a\r\n".to_vec();
    for i in 1..MAX_HEADERS {
        req.extend_from_slice(format!("X-{i}: v\r\n").as_bytes());
    }
    req.extend_from_slice(b"\r\n");
    let (head, fields) = parse(&req, &limits(100, 100_000, 1000)).unwrap().unwrap();
    assert_eq!(head.header_count, MAX_HEADERS);
    assert_eq!(
        fields.last().unwrap().0,
        format!("X-{}", MAX_HEADERS - 1).into_bytes()
    );
}

// ---------------------------------------------------------------------------------------------
// Valid requests
// ---------------------------------------------------------------------------------------------

const TYPICAL: &[u8] = b"GET /plaintext HTTP/1.1\r\nHost: localhost:8080\r\nAccept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,*/*;q=0.7\r\nConnection: keep-alive\r\n\r\n";

#[test]
fn typical_request() {
    let (h, fields) = parse_ok(TYPICAL);
    assert_eq!(h.method, Method::Get);
    assert_eq!(span_str(TYPICAL, h.method_span), "GET");
    assert_eq!(span_str(TYPICAL, h.target), "/plaintext");
    assert_eq!(span_str(TYPICAL, h.path), "/plaintext");
    assert_eq!(h.query, None);
    assert!(!h.path_is_root);
    assert_eq!(h.version, Version::Http11);
    assert_eq!(h.header_count, 3);
    assert_eq!(h.head_len, TYPICAL.len());
    assert_eq!(h.content_length, None);
    assert!(!h.chunked);
    assert_eq!(
        h.connection,
        ConnectionFlags {
            close: false,
            keep_alive: true,
            upgrade: false
        }
    );
    assert_eq!(h.expect, Expect::None);
    assert_eq!(span_str(TYPICAL, h.host.unwrap()), "localhost:8080");
    assert!(h.keep_alive());
    assert!(!h.has_body());
    assert_eq!(fields[0], (b"Host".to_vec(), b"localhost:8080".to_vec()));
    assert_eq!(fields[1].0, b"Accept");
    assert_eq!(fields[2], (b"Connection".to_vec(), b"keep-alive".to_vec()));
}

#[test]
fn methods() {
    let cases: &[(&str, Method)] = &[
        ("GET", Method::Get),
        ("HEAD", Method::Head),
        ("POST", Method::Post),
        ("PUT", Method::Put),
        ("DELETE", Method::Delete),
        ("PATCH", Method::Patch),
        ("OPTIONS", Method::Options),
        ("TRACE", Method::Trace),
        ("get", Method::Other),
        ("PROPFIND", Method::Other),
        ("M-SEARCH", Method::Other),
        ("X!#$%&'*+.^_`|~9", Method::Other),
    ];
    for &(m, expected) in cases {
        let req = format!("{m} /x HTTP/1.1\r\n{OK_HOST}\r\n");
        let (h, _) = parse_ok(req.as_bytes());
        assert_eq!(h.method, expected, "{m}");
        assert_eq!(span_str(req.as_bytes(), h.method_span), m);
    }
    let req = b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n";
    assert_eq!(parse_ok(req).0.method, Method::Connect);
}

#[test]
fn origin_form() {
    let req = b"GET /a/b?x=1&y=2 HTTP/1.1\r\nHost: h\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.target), "/a/b?x=1&y=2");
    assert_eq!(span_str(req, h.path), "/a/b");
    assert_eq!(span_str(req, h.query.unwrap()), "x=1&y=2");
    assert_eq!(span_str(req, h.host.unwrap()), "h");

    let req = b"GET /? HTTP/1.1\r\nHost: h\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.path), "/");
    assert_eq!(h.query, Some(Span::new(6, 6)));

    // A second `?` belongs to the query.
    let req = b"GET /p?a?b HTTP/1.1\r\nHost: h\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.path), "/p");
    assert_eq!(span_str(req, h.query.unwrap()), "a?b");

    // Long targets go through the word-at-a-time scan; the `?` lands at each offset.
    for i in 1..40 {
        let path: String = "/".to_string() + &"p".repeat(i);
        let req = format!("GET {path}?q=1 HTTP/1.1\r\nHost: h\r\n\r\n");
        let (h, _) = parse_ok(req.as_bytes());
        assert_eq!(span_str(req.as_bytes(), h.path), path);
        assert_eq!(span_str(req.as_bytes(), h.query.unwrap()), "q=1");
    }
}

#[test]
fn absolute_form() {
    let req = b"GET http://example.com:8080/a/b?q HTTP/1.1\r\nHost: other\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.target), "http://example.com:8080/a/b?q");
    assert_eq!(span_str(req, h.path), "/a/b");
    assert_eq!(span_str(req, h.query.unwrap()), "q");
    assert!(!h.path_is_root);
    // The authority overrides the Host header.
    assert_eq!(span_str(req, h.host.unwrap()), "example.com:8080");

    let req = b"GET HTTPS://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert!(h.path_is_root);
    assert!(h.path.is_empty());
    assert_eq!(
        h.path.start as usize,
        req.windows(11).position(|w| w == b"example.com").unwrap() + 11
    );
    assert_eq!(h.query, None);
    assert_eq!(span_str(req, h.host.unwrap()), "example.com");

    let req = b"GET http://h?x=1 HTTP/1.1\r\nHost: h\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert!(h.path_is_root);
    assert_eq!(span_str(req, h.query.unwrap()), "x=1");
    assert_eq!(span_str(req, h.host.unwrap()), "h");

    // HTTP/1.0 needs no Host, and takes the authority.
    let req = b"GET http://h/x HTTP/1.0\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.host.unwrap()), "h");
}

#[test]
fn asterisk_and_authority_forms() {
    let req = b"OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(h.method, Method::Options);
    assert_eq!(span_str(req, h.path), "*");
    assert_eq!(h.query, None);

    let req = b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.path), "example.com:443");
    assert_eq!(span_str(req, h.target), "example.com:443");
    assert_eq!(span_str(req, h.host.unwrap()), "example.com:443");

    let req = b"CONNECT [::1]:8443 HTTP/1.1\r\nHost: [::1]:8443\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(span_str(req, h.path), "[::1]:8443");
}

#[test]
fn versions_and_keep_alive() {
    let cases: &[(&[u8], Version, bool)] = &[
        (b"GET / HTTP/1.1\r\nHost: a\r\n\r\n", Version::Http11, true),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            Version::Http11,
            false,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: foo, Close\r\n\r\n",
            Version::Http11,
            false,
        ),
        (
            b"GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n",
            Version::Http11,
            true,
        ),
        (b"GET / HTTP/1.0\r\n\r\n", Version::Http10, false),
        (
            b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
            Version::Http10,
            true,
        ),
        (
            b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
            Version::Http10,
            true,
        ),
        (
            b"GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n",
            Version::Http10,
            false,
        ),
        (
            b"GET / HTTP/1.0\r\nConnection: x\r\nConnection: KEEP-ALIVE\r\n\r\n",
            Version::Http10,
            true,
        ),
        (b"GET / HTTP/1.2\r\nHost: a\r\n\r\n", Version::Http11, true),
        (b"GET / HTTP/1.9\r\nHost: a\r\n\r\n", Version::Http11, true),
    ];
    for &(req, version, keep_alive) in cases {
        let (h, _) = parse_ok(req);
        assert_eq!(h.version, version, "{:?}", req.escape_ascii().to_string());
        assert_eq!(
            h.keep_alive(),
            keep_alive,
            "{:?}",
            req.escape_ascii().to_string()
        );
    }
}

#[test]
fn connection_tokens() {
    let cases: &[(&str, ConnectionFlags)] = &[
        (
            "foo, Close",
            ConnectionFlags {
                close: true,
                keep_alive: false,
                upgrade: false,
            },
        ),
        (
            "Upgrade",
            ConnectionFlags {
                close: false,
                keep_alive: false,
                upgrade: true,
            },
        ),
        (
            "keep-alive , Upgrade",
            ConnectionFlags {
                close: false,
                keep_alive: true,
                upgrade: true,
            },
        ),
        (
            "close,upgrade,keep-alive",
            ConnectionFlags {
                close: true,
                keep_alive: true,
                upgrade: true,
            },
        ),
        (
            ",,  ,close",
            ConnectionFlags {
                close: true,
                keep_alive: false,
                upgrade: false,
            },
        ),
        ("closed, keep-alives", ConnectionFlags::default()),
        ("", ConnectionFlags::default()),
    ];
    for &(v, flags) in cases {
        let req = format!("GET / HTTP/1.1\r\nHost: a\r\nConnection: {v}\r\n\r\n");
        assert_eq!(parse_ok(req.as_bytes()).0.connection, flags, "{v}");
    }
    // Tokens add up across several Connection fields.
    let req = b"GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\nconnection: CLOSE\r\n\r\n";
    let flags = parse_ok(req).0.connection;
    assert_eq!(
        flags,
        ConnectionFlags {
            close: true,
            keep_alive: false,
            upgrade: true
        }
    );
}

#[test]
fn expect_variants() {
    let cases: &[(&str, Expect)] = &[
        ("", Expect::None),
        ("Expect: 100-continue\r\n", Expect::Continue),
        ("Expect: 100-Continue\r\n", Expect::Continue),
        (
            "expect: 100-continue\r\nEXPECT: 100-CONTINUE\r\n",
            Expect::Continue,
        ),
        ("Expect: 100-continue\r\nExpect: foo\r\n", Expect::Unknown),
        ("Expect: foo\r\nExpect: 100-continue\r\n", Expect::Unknown),
        ("Expect: 200-ok\r\n", Expect::Unknown),
        ("Expect: \r\n", Expect::Unknown),
        ("Expect: 100-continue, foo\r\n", Expect::Unknown),
    ];
    for &(fields, expect) in cases {
        let req = format!("POST / HTTP/1.1\r\nHost: a\r\n{fields}Content-Length: 0\r\n\r\n");
        assert_eq!(parse_ok(req.as_bytes()).0.expect, expect, "{fields}");
    }
}

#[test]
fn leading_crlf_is_tolerated_once() {
    let req = b"\r\nGET /x HTTP/1.1\r\nHost: a\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(h.head_len, req.len());
    assert_eq!(h.method_span, Span::new(2, 5));
    assert_eq!(span_str(req, h.path), "/x");
}

#[test]
fn values_are_trimmed() {
    let req = b"GET / HTTP/1.1\r\nHost:a\r\nX-A:   spaced  out \t \r\nX-B:\t\tv\t\r\nX-Empty:\r\nX-Blank:  \t \r\nX-Obs: caf\xc3\xa9\r\nX-Tab: a\tb\r\n\r\n";
    let (h, fields) = parse_ok(req);
    assert_eq!(h.header_count, 7);
    let expected: &[(&[u8], &[u8])] = &[
        (b"Host", b"a"),
        (b"X-A", b"spaced  out"),
        (b"X-B", b"v"),
        (b"X-Empty", b""),
        (b"X-Blank", b""),
        (b"X-Obs", b"caf\xc3\xa9"),
        (b"X-Tab", b"a\tb"),
    ];
    for (got, want) in fields.iter().zip(expected) {
        assert_eq!((got.0.as_slice(), got.1.as_slice()), *want);
    }
}

#[test]
fn long_values_with_tabs_and_controls_at_each_offset() {
    for i in 1..40 {
        let value = "v".repeat(i) + "\tw";
        let req = format!("GET / HTTP/1.1\r\nHost: a\r\nX: {value}\r\n\r\n");
        let (_, fields) = parse_ok(req.as_bytes());
        assert_eq!(fields[1].1, value.as_bytes());
        let bad = format!(
            "GET / HTTP/1.1\r\nHost: a\r\nX: {}\x0bw\r\n\r\n",
            "v".repeat(i)
        );
        assert_eq!(
            parse(bad.as_bytes(), &Limits::default()),
            Err(ParseError::BadHeaderValue)
        );
    }
}

#[test]
fn interpreted_fields() {
    let req = b"POST /u HTTP/1.1\r\nhOsT: a\r\ncontent-LENGTH: 0012\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(h.content_length, Some(12));
    assert!(h.has_body());
    let req = b"POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 9999999999999999999\r\n\r\n";
    assert_eq!(
        parse_ok(req).0.content_length,
        Some(9_999_999_999_999_999_999)
    );
    let req = b"POST /u HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(h.content_length, Some(0));
    assert!(!h.has_body());
    for te in ["chunked", "Chunked", " CHUNKED "] {
        let req = format!("POST /u HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: {te}\r\n\r\n");
        let (h, _) = parse_ok(req.as_bytes());
        assert!(h.chunked, "{te}");
        assert_eq!(h.content_length, None);
        assert!(h.has_body());
    }
    // Names that only look like interpreted ones are stored and otherwise ignored.
    let req = b"GET / HTTP/1.1\r\nHost: a\r\nHosts: b\r\nContent-Lengths: x\r\nX-Host: c\r\n\r\n";
    let (h, fields) = parse_ok(req);
    assert_eq!(h.content_length, None);
    assert_eq!(span_str(req, h.host.unwrap()), "a");
    assert_eq!(fields.len(), 4);
}

#[test]
fn common_names_any_case_and_near_misses() {
    // Names recognised from their first words, in any case, next to names that only start
    // like them. Each is stored as sent; the interpreted ones take effect.
    let names: &[&str] = &[
        "Accept",
        "ACCEPT",
        "aCcEpT",
        "Accept-Encoding",
        "accept-encoding",
        "Accept-Language",
        "Accept-Encodings",
        "Accepts",
        "Accept-",
        "Content-Type",
        "CONTENT-TYPE",
        "Content-Types",
        "Cookie",
        "cookie",
        "Cookies",
        "User-Agent",
        "user-agent",
        "User-Agent2",
        "Hostname",
        "Connections",
        "Expected",
        "Transfer-Encodings",
        "Content-Lengthy",
        "A",
        "C",
        "U-A",
    ];
    for &name in names {
        for pad in [0, 1, 30] {
            // `pad` moves the line end relative to the buffer end (word reads near the end).
            let req = format!(
                "GET / HTTP/1.1\r\nHost: h\r\n{name}: v\r\n\r\n{}",
                "x".repeat(pad)
            );
            let (h, fields) = parse_ok(req.as_bytes());
            assert_eq!(
                fields[1],
                (name.as_bytes().to_vec(), b"v".to_vec()),
                "{name}"
            );
            assert_eq!(h.content_length, None);
            assert!(!h.chunked);
            assert_eq!(h.expect, Expect::None);
            assert_eq!(h.connection, ConnectionFlags::default());
        }
    }
    for (name, expect) in [("HOST", "h2"), ("hOsT", "h2")] {
        let req = format!("GET / HTTP/1.0\r\n{name}: {expect}\r\n\r\n");
        let (h, _) = parse_ok(req.as_bytes());
        assert_eq!(h.host.map(|s| span_str(req.as_bytes(), s)), Some(expect));
    }
    let req = b"POST / HTTP/1.1\r\nHOST: h\r\nCONTENT-LENGTH: 7\r\nCONNECTION: CLOSE\r\nEXPECT: 100-CONTINUE\r\n\r\n";
    let (h, _) = parse_ok(req);
    assert_eq!(h.content_length, Some(7));
    assert!(h.connection.close);
    assert_eq!(h.expect, Expect::Continue);
    let req = b"POST / HTTP/1.1\r\nhost: h\r\nTRANSFER-ENCODING: CHUNKED\r\n\r\n";
    assert!(parse_ok(req).0.chunked);
}

#[test]
fn common_names_with_bad_bytes() {
    use ParseError::*;
    let cases: &[(&[u8], ParseError)] = &[
        // A control where the `-` of a known name goes (0x0D | 0x20 == b'-').
        (b"Content\rLength: 5", BareCr),
        (b"Transfer\rEncoding: chunked", BareCr),
        (b"Accept\rEncoding: x", BareCr),
        // 0x1A | 0x20 == b':'.
        (b"Host\x1a a", MissingColon),
        (b"Host\x1a: a", BadHeaderName),
        (b"Ho\x13t: a", BadHeaderName),
        (b"Accept\x00: a", BadHeaderName),
        (b"User_Agent: x\x01", BadHeaderValue),
        (b"Cookie : a=b", SpaceBeforeColon),
    ];
    for &(line, expected) in cases {
        for pad in [0usize, 40] {
            let req = [
                &b"GET / HTTP/1.1\r\nHost: h\r\n"[..],
                line,
                b"\r\n\r\n",
                &vec![b'x'; pad],
            ]
            .concat();
            assert_eq!(
                parse(&req, &Limits::default()),
                Err(expected),
                "{:?}",
                line.escape_ascii().to_string()
            );
        }
    }
}

#[test]
fn pipelined_head_len() {
    let first = b"GET /1 HTTP/1.1\r\nHost: a\r\n\r\n";
    let second = b"GET /2 HTTP/1.1\r\nHost: a\r\n\r\n";
    let both = [&first[..], &second[..]].concat();
    let (h, _) = parse_ok(&both);
    assert_eq!(h.head_len, first.len());
    let rest = &both[h.head_len..];
    let (h2, _) = parse_ok(rest);
    assert_eq!(span_str(rest, h2.path), "/2");
    assert_eq!(h2.head_len, second.len());
    // The second head's errors do not leak into the first.
    let bad = [&first[..], b"\x00\x00\n\n"].concat();
    assert_eq!(parse_ok(&bad).0.head_len, first.len());
}

#[test]
fn incremental_prefixes() {
    let requests: &[&[u8]] = &[
        TYPICAL,
        b"GET / HTTP/1.0\r\n\r\n",
        b"\r\nPOST /form?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc",
        b"GET http://example.com HTTP/1.1\r\nHost: example.com\r\nX-Long: 0123456789012345678901234567890123456789\r\n\r\nGET / HTTP/1.1\r\n",
        b"OPTIONS * HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n",
    ];
    for &req in requests {
        let (once, once_fields) = parse_once(req, &Limits::default()).unwrap().unwrap();
        let mut scanner = HeadScanner::default();
        let mut headers = new_headers();
        for k in 1..=req.len() {
            let got = parse_head(&req[..k], &mut scanner, &Limits::default(), &mut headers);
            if k < once.head_len {
                assert_eq!(
                    got,
                    Ok(None),
                    "prefix {k} of {:?}",
                    req.escape_ascii().to_string()
                );
            } else {
                let head = got.unwrap().unwrap();
                assert_eq!(head, once);
                assert_eq!(fields_of(req, &head, &headers), once_fields);
                break;
            }
        }
        // The scanner was reset: it parses the next head from scratch.
        let again = parse_head(req, &mut scanner, &Limits::default(), &mut headers);
        assert_eq!(again, Ok(Some(once)));
    }
}

#[test]
fn incremental_errors_come_early() {
    let mut scanner = HeadScanner::default();
    let mut headers = new_headers();
    let l = Limits::default();
    let req = b"GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\nMore: y";
    // Until the bad line is complete: more is needed.
    assert_eq!(
        parse_head(&req[..30], &mut scanner, &l, &mut headers),
        Ok(None)
    );
    assert_eq!(
        parse_head(&req[..37], &mut scanner, &l, &mut headers),
        Ok(None)
    );
    assert_eq!(
        parse_head(&req[..38], &mut scanner, &l, &mut headers),
        Err(ParseError::BadHeaderName)
    );
}

// ---------------------------------------------------------------------------------------------
// Property tests: heads
// ---------------------------------------------------------------------------------------------

const STANDARD_METHODS: &[(&str, Method)] = &[
    ("GET", Method::Get),
    ("HEAD", Method::Head),
    ("POST", Method::Post),
    ("PUT", Method::Put),
    ("DELETE", Method::Delete),
    ("PATCH", Method::Patch),
    ("OPTIONS", Method::Options),
    ("TRACE", Method::Trace),
];

/// A request that must parse, with what it should parse to.
#[derive(Clone, Debug)]
struct Generated {
    bytes: Vec<u8>,
    method: Method,
    path: String,
    query: Option<String>,
    version: Version,
    fields: Fields,
}

fn path_strategy() -> impl Strategy<Value = String> {
    proptest::string::string_regex("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,40}").unwrap()
}

fn query_strategy() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(
        proptest::string::string_regex("[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,30}").unwrap(),
    )
}

fn name_strategy() -> impl Strategy<Value = Vec<u8>> {
    // "x-" keeps generated names off the interpreted ones; the common names are recognised
    // from their first bytes, so they come in random case too.
    const COMMON: &[&str] = &[
        "accept",
        "accept-encoding",
        "accept-language",
        "content-type",
        "cookie",
        "user-agent",
    ];
    prop_oneof![
        proptest::string::string_regex("[xX]-[A-Za-z0-9!#$%&'*+.^_`|~-]{1,20}")
            .unwrap()
            .prop_map(String::into_bytes),
        (proptest::sample::select(COMMON), any::<u32>()).prop_map(|(name, case)| {
            name.bytes()
                .enumerate()
                .map(|(i, b)| {
                    if case >> (i % 32) & 1 == 1 {
                        b.to_ascii_uppercase()
                    } else {
                        b
                    }
                })
                .collect()
        }),
    ]
}

fn value_strategy() -> impl Strategy<Value = Vec<u8>> {
    let inner = prop_oneof![
        8 => 0x21u8..=0x7e,
        1 => 0x80u8..=0xff,
        1 => Just(b' '),
        1 => Just(b'\t'),
    ];
    proptest::collection::vec(inner, 0..60).prop_map(|v| trim_bytes(&v).to_vec())
}

fn trim_bytes(v: &[u8]) -> &[u8] {
    let start = v
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(v.len());
    let end = v
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t'))
        .map_or(start, |e| e + 1);
    &v[start..end]
}

fn ows_strategy() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(prop_oneof![Just(b' '), Just(b'\t')], 0..3)
}

fn generated_request() -> impl Strategy<Value = Generated> {
    (
        proptest::sample::select(STANDARD_METHODS),
        path_strategy(),
        query_strategy(),
        any::<bool>(),
        proptest::collection::vec(
            (
                name_strategy(),
                value_strategy(),
                ows_strategy(),
                ows_strategy(),
            ),
            0..12,
        ),
        0usize..12,
        any::<bool>(),
    )
        .prop_map(
            |((m, method), path, query, v10, raw_fields, host_at, leading_crlf)| {
                let version = if v10 {
                    Version::Http10
                } else {
                    Version::Http11
                };
                let mut fields: Fields = raw_fields
                    .iter()
                    .map(|(n, v, _, _)| (n.clone(), v.clone()))
                    .collect();
                let mut ows: Vec<(Vec<u8>, Vec<u8>)> =
                    raw_fields.into_iter().map(|(_, _, a, b)| (a, b)).collect();
                let host_at = host_at.min(fields.len());
                fields.insert(host_at, (b"Host".to_vec(), b"example.com".to_vec()));
                ows.insert(host_at, (b" ".to_vec(), Vec::new()));
                let mut bytes = Vec::new();
                if leading_crlf {
                    bytes.extend_from_slice(b"\r\n");
                }
                bytes.extend_from_slice(m.as_bytes());
                bytes.push(b' ');
                bytes.extend_from_slice(path.as_bytes());
                if let Some(q) = &query {
                    bytes.push(b'?');
                    bytes.extend_from_slice(q.as_bytes());
                }
                bytes.extend_from_slice(if v10 {
                    b" HTTP/1.0\r\n"
                } else {
                    b" HTTP/1.1\r\n"
                });
                for ((name, value), (before, after)) in fields.iter().zip(&ows) {
                    bytes.extend_from_slice(name);
                    bytes.push(b':');
                    bytes.extend_from_slice(before);
                    bytes.extend_from_slice(value);
                    bytes.extend_from_slice(after);
                    bytes.extend_from_slice(b"\r\n");
                }
                bytes.extend_from_slice(b"\r\n");
                Generated {
                    bytes,
                    method,
                    path,
                    query,
                    version,
                    fields,
                }
            },
        )
}

fn check_generated(g: &Generated, head: &Head, fields: &Fields) {
    let buf = &g.bytes;
    assert_eq!(head.method, g.method);
    assert_eq!(head.path.get(buf), g.path.as_bytes());
    assert_eq!(
        head.query.map(|q| q.get(buf).to_vec()),
        g.query.as_ref().map(|q| q.as_bytes().to_vec())
    );
    assert_eq!(head.version, g.version);
    assert_eq!(head.head_len, buf.len());
    assert_eq!(fields, &g.fields);
    assert_eq!(head.host.map(|h| h.get(buf)), Some(&b"example.com"[..]));
}

/// A valid request with a few random byte edits: mostly near-misses of the grammar.
fn mutated_request() -> impl Strategy<Value = Vec<u8>> {
    (
        generated_request(),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
    )
        .prop_map(|(g, edits)| {
            let mut bytes = g.bytes;
            for (at, byte, kind) in edits {
                if bytes.is_empty() {
                    break;
                }
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => {
                        bytes.remove(i);
                    }
                }
            }
            bytes
        })
}

fn head_in_bounds(buf: &[u8], r: &Result<Option<(Head, Fields)>, ParseError>) {
    if let Ok(Some((h, _))) = r {
        assert!(h.head_len <= buf.len());
        for s in [h.method_span, h.target, h.path] {
            assert!(s.start <= s.end && s.end as usize <= h.head_len);
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(buf in proptest::collection::vec(any::<u8>(), 0..300)) {
        let r = parse(&buf, &Limits::default());
        head_in_bounds(&buf, &r);
    }

    #[test]
    fn mutated_requests_parse_the_same_in_any_split(buf in mutated_request(), split in any::<prop::sample::Index>()) {
        let once = parse(&buf, &Limits::default());
        head_in_bounds(&buf, &once);
        // Two pieces with one scanner.
        let k = split.index(buf.len() + 1);
        let mut scanner = HeadScanner::default();
        let mut headers = new_headers();
        let first = parse_head(&buf[..k], &mut scanner, &Limits::default(), &mut headers);
        let two = match first {
            Ok(None) => parse_head(&buf, &mut scanner, &Limits::default(), &mut headers),
            other => other,
        };
        let two = two.map(|h| h.map(|h| (h, fields_of(&buf, &h, &headers))));
        prop_assert_eq!(once, two);
    }

    #[test]
    fn small_limits_agree_in_any_split(buf in mutated_request(), t in 0usize..40, hl in 0usize..200, n in 0usize..6) {
        let l = limits(t, hl, n);
        // `parse` asserts one-shot and byte-by-byte agree.
        let r = parse(&buf, &l);
        head_in_bounds(&buf, &r);
    }

    #[test]
    fn generated_requests_parse_back(g in generated_request()) {
        let (head, fields) = parse(&g.bytes, &Limits::default()).unwrap().unwrap();
        check_generated(&g, &head, &fields);
        // And followed by pipelined bytes.
        let mut more = g.bytes.clone();
        more.extend_from_slice(b"GET / HTTP/1.1\r\n");
        let (head2, fields2) = parse_once(&more, &Limits::default()).unwrap().unwrap();
        prop_assert_eq!(head2, head);
        prop_assert_eq!(fields2, fields);
    }

    #[test]
    fn generated_requests_split_anywhere(g in generated_request(), split in any::<prop::sample::Index>()) {
        let buf = &g.bytes;
        let k = split.index(buf.len() - 1) + 1; // 1..len-1: a strict prefix
        let mut scanner = HeadScanner::default();
        let mut headers = new_headers();
        prop_assert_eq!(parse_head(&buf[..k], &mut scanner, &Limits::default(), &mut headers), Ok(None));
        let head = parse_head(buf, &mut scanner, &Limits::default(), &mut headers).unwrap().unwrap();
        check_generated(&g, &head, &fields_of(buf, &head, &headers));
        let (once, _) = parse_once(buf, &Limits::default()).unwrap().unwrap();
        prop_assert_eq!(head, once);
    }
}

// ---------------------------------------------------------------------------------------------
// Chunked bodies
// ---------------------------------------------------------------------------------------------

const CHUNK_LIMITS: ChunkLimits = ChunkLimits {
    max_body: 1 << 20,
    max_line: 64,
    max_trailers: 256,
};

/// Decodes `input` in one call.
fn decode_once(input: &[u8], limits: ChunkLimits) -> (Result<Decoded, ChunkError>, Vec<u8>) {
    let mut d = ChunkedDecoder::new(limits);
    let mut out = Vec::new();
    let r = d.decode(input, &mut out);
    (r, out)
}

/// Decodes `input` split at the given points (ascending), returning the combined result: the
/// total consumed and done, or the first error.
fn decode_split(
    input: &[u8],
    cuts: &[usize],
    limits: ChunkLimits,
) -> (Result<Decoded, ChunkError>, Vec<u8>) {
    let mut d = ChunkedDecoder::new(limits);
    let mut out = Vec::new();
    let mut consumed = 0;
    let mut start = 0;
    for end in cuts.iter().copied().chain([input.len()]) {
        let end = end.max(start);
        // Whatever was not consumed is offered again with the next piece (as a server would).
        match d.decode(&input[consumed..end], &mut out) {
            Ok(r) => {
                consumed += r.consumed;
                if r.done {
                    return (
                        Ok(Decoded {
                            consumed,
                            done: true,
                        }),
                        out,
                    );
                }
            }
            Err(e) => return (Err(e), out),
        }
        start = end;
    }
    (
        Ok(Decoded {
            consumed,
            done: false,
        }),
        out,
    )
}

const CHUNKED_VALID: &[(&[u8], &[u8])] = &[
    (b"0\r\n\r\n", b""),
    (b"5\r\nhello\r\n0\r\n\r\n", b"hello"),
    (b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", b"hello world"),
    (b"A\r\n0123456789\r\n0\r\n\r\n", b"0123456789"),
    (b"a\r\n0123456789\r\n0\r\n\r\n", b"0123456789"),
    (b"0005\r\nhello\r\n000\r\n\r\n", b"hello"),
    (b"00000000000000000000005\r\nhello\r\n0\r\n\r\n", b"hello"),
    (b"5;ext\r\nhello\r\n0\r\n\r\n", b"hello"),
    (b"5;a=b;c\r\nhello\r\n0;last\r\n\r\n", b"hello"),
    (
        b"5 ; a = b ;c=\"quoted ; \\\" value\"\r\nhello\r\n0\r\n\r\n",
        b"hello",
    ),
    (b"5\t;\ta\t=\t\"\"\r\nhello\r\n0\r\n\r\n", b"hello"),
    (b"5;a=\"x\" ;b\r\nhello\r\n0\r\n\r\n", b"hello"),
    (b"0\r\nX-Trailer: v\r\n\r\n", b""),
    (
        b"3\r\nabc\r\n0\r\nA: 1\r\nB-b:  two words \r\nEmpty:\r\n\r\n",
        b"abc",
    ),
    (b"1\r\n\r\r\n1\r\n\n\r\n0\r\n\r\n", b"\r\n"),
    (b"2\r\n\xff\x00\r\n0\r\n\r\n", b"\xff\x00"),
];

#[test]
fn chunked_valid_table() {
    for &(input, body) in CHUNKED_VALID {
        let (r, out) = decode_once(input, CHUNK_LIMITS);
        assert_eq!(
            r,
            Ok(Decoded {
                consumed: input.len(),
                done: true
            }),
            "{:?}",
            input.escape_ascii().to_string()
        );
        assert_eq!(out, body);
    }
}

/// (input, limits, expected error); all inputs are refused without more bytes.
fn chunked_errors() -> Vec<(&'static [u8], ChunkLimits, ChunkError)> {
    use ChunkError::*;
    let l = CHUNK_LIMITS;
    vec![
        (b"0x5\r\nhello\r\n0\r\n\r\n", l, BadSize),
        (b"-1\r\n", l, BadSize),
        (b"+1\r\n", l, BadSize),
        (b" 5\r\n", l, BadSize),
        (b"\r\n", l, BadSize),
        (b"g\r\n", l, BadSize),
        (b"5g\r\n", l, BadSize),
        (b"5 \r\nhello", l, BadSize),
        (b"5;\r\nhello", l, BadSize),
        (b"5;=x\r\n", l, BadSize),
        (b"5;a=\r\n", l, BadSize),
        (b"5;a b\r\n", l, BadSize),
        (b"5;a=b c\r\n", l, BadSize),
        (b"5;a=\"x\r\n", l, BadSize),
        (b"5;a=\"x\"y\r\n", l, BadSize),
        (b"5;a@b\r\n", l, BadSize),
        (b"5\rx", l, BadSize),
        (b"5\x00\r\n", l, BadSize),
        (b"11111111111111111\r\n", l, SizeOverflow),
        (b"0000FFFFFFFFFFFFFFFF0\r\n", l, SizeOverflow),
        (b"5\n", l, BareLf),
        (b"\n", l, BareLf),
        (b"5;a\n", l, BareLf),
        (b"5\r\nhello\n", l, MissingCrlf),
        (b"5\r\nhelloX", l, MissingCrlf),
        (b"5\r\nhello\rX", l, MissingCrlf),
        (b"5\r\nhello world\r\n", l, MissingCrlf),
        (
            b"5;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            l,
            LineTooLong,
        ),
        (
            b"00000000000000000000000000000000000000000000000000000000000000005",
            l,
            LineTooLong,
        ),
        (b"0\r\nBad Name: x\r\n\r\n", l, BadTrailer),
        (b"0\r\n x: y\r\n\r\n", l, BadTrailer),
        (b"0\r\nX : y\r\n\r\n", l, BadTrailer),
        (b"0\r\n: y\r\n\r\n", l, BadTrailer),
        (b"0\r\nNoColon\r\n\r\n", l, BadTrailer),
        (b"0\r\nX: a\x00b\r\n\r\n", l, BadTrailer),
        (b"0\r\nX: a\x7f\r\n\r\n", l, BadTrailer),
        (b"0\r\nX: a\rb\r\n\r\n", l, BadTrailer),
        (b"0\r\n\rX", l, BadTrailer),
        (b"0\r\nX: a\n", l, BareLf),
        (b"0\r\n\n", l, BareLf),
        (
            b"0\r\nAAAAAAAAAA: 0123456789\r\n",
            ChunkLimits {
                max_trailers: 20,
                ..l
            },
            TrailersTooLarge,
        ),
        (b"ff\r\n", ChunkLimits { max_body: 100, ..l }, TooLarge),
        (b"65\r\n", ChunkLimits { max_body: 100, ..l }, TooLarge),
        (b"FFFFFFFFFFFFFFFF\r\n", l, TooLarge),
    ]
}

#[test]
fn chunked_error_table() {
    for (input, limits, expected) in chunked_errors() {
        let name = input.escape_ascii().to_string();
        let (r, _) = decode_once(input, limits);
        assert_eq!(r, Err(expected), "{name}");
        // The same error for byte-by-byte input.
        let cuts: Vec<usize> = (1..input.len()).collect();
        assert_eq!(
            decode_split(input, &cuts, limits).0,
            Err(expected),
            "{name} byte by byte"
        );
        // And it sticks.
        let mut d = ChunkedDecoder::new(limits);
        let mut out = Vec::new();
        let _ = d.decode(input, &mut out);
        assert_eq!(d.decode(b"0\r\n\r\n", &mut out), Err(expected));
    }
    assert_eq!(ChunkError::TooLarge.status(), 413);
    assert_eq!(ChunkError::BadSize.status(), 400);
}

#[test]
fn chunked_limits_boundaries() {
    // Body exactly at the limit.
    let l = ChunkLimits {
        max_body: 11,
        ..CHUNK_LIMITS
    };
    let input = b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    assert_eq!(
        decode_once(input, l).0,
        Ok(Decoded {
            consumed: input.len(),
            done: true
        })
    );
    let l = ChunkLimits {
        max_body: 10,
        ..CHUNK_LIMITS
    };
    let (r, out) = decode_once(input, l);
    assert_eq!(r, Err(ChunkError::TooLarge));
    assert_eq!(out, b"hello", "refused at the size line, before the data");
    // Size line exactly max_line bytes.
    let l = ChunkLimits {
        max_line: 6,
        ..CHUNK_LIMITS
    };
    assert_eq!(
        decode_once(b"5;abcd\r\nhello\r\n0\r\n\r\n", l)
            .0
            .map(|d| d.done),
        Ok(true)
    );
    assert_eq!(
        decode_once(b"5;abcde\r\n", l).0,
        Err(ChunkError::LineTooLong)
    );
    // Trailers exactly max_trailers bytes (CRLF counted, the final CRLF not).
    let l = ChunkLimits {
        max_trailers: 6,
        ..CHUNK_LIMITS
    };
    assert_eq!(
        decode_once(b"0\r\nA: b\r\n\r\n", l).0.map(|d| d.done),
        Ok(true)
    );
    assert_eq!(
        decode_once(b"0\r\nA: bc\r\n\r\n", l).0,
        Err(ChunkError::TrailersTooLarge)
    );
    // 16 significant hex digits fit.
    let l = ChunkLimits {
        max_body: u64::MAX,
        ..CHUNK_LIMITS
    };
    let (r, _) = decode_once(b"000FFFFFFFFFFFFFFFF\r\nabc", l);
    assert_eq!(
        r,
        Ok(Decoded {
            consumed: 24,
            done: false
        })
    );
}

#[test]
fn chunked_every_split_point() {
    for &(input, body) in CHUNKED_VALID {
        for k in 0..=input.len() {
            let (r, out) = decode_split(input, &[k], CHUNK_LIMITS);
            assert_eq!(
                r,
                Ok(Decoded {
                    consumed: input.len(),
                    done: true
                }),
                "{:?} at {k}",
                input.escape_ascii().to_string()
            );
            assert_eq!(out, body);
        }
        let cuts: Vec<usize> = (1..input.len()).collect();
        let (r, out) = decode_split(input, &cuts, CHUNK_LIMITS);
        assert_eq!(
            r,
            Ok(Decoded {
                consumed: input.len(),
                done: true
            })
        );
        assert_eq!(out, body);
    }
}

#[test]
fn chunked_stops_at_body_end() {
    for &(input, body) in CHUNKED_VALID {
        let next = b"GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        let both = [input, next].concat();
        let mut d = ChunkedDecoder::new(CHUNK_LIMITS);
        let mut out = Vec::new();
        let r = d.decode(&both, &mut out).unwrap();
        assert_eq!(
            r,
            Decoded {
                consumed: input.len(),
                done: true
            }
        );
        assert_eq!(out, body);
        assert!(d.is_done());
        assert_eq!(d.body_len(), body.len() as u64);
        // Done stays done, consuming nothing.
        assert_eq!(
            d.decode(next, &mut out),
            Ok(Decoded {
                consumed: 0,
                done: true
            })
        );
        assert_eq!(&both[r.consumed..], next);
    }
}

#[test]
fn chunked_data_is_copied_in_runs() {
    let mut d = ChunkedDecoder::new(CHUNK_LIMITS);
    let mut out = Vec::new();
    assert_eq!(
        d.decode(b"10\r\n0123", &mut out),
        Ok(Decoded {
            consumed: 8,
            done: false
        })
    );
    assert_eq!(out, b"0123");
    assert_eq!(
        d.decode(b"456789abcdef\r", &mut out),
        Ok(Decoded {
            consumed: 13,
            done: false
        })
    );
    assert_eq!(out, b"0123456789abcdef");
    assert_eq!(
        d.decode(b"\n0\r\n\r\nrest", &mut out),
        Ok(Decoded {
            consumed: 6,
            done: true
        })
    );
}

/// Encodes `body` cut at `sizes` (cycled), with extensions and trailers.
fn encode_chunked(
    body: &[u8],
    sizes: &[usize],
    exts: &[&str],
    trailers: &[(String, String)],
    upper: bool,
    zeros: usize,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = body;
    let mut i = 0;
    while !rest.is_empty() {
        let n = sizes[i % sizes.len()].clamp(1, rest.len());
        let hex = if upper {
            format!("{n:X}")
        } else {
            format!("{n:x}")
        };
        out.extend_from_slice("0".repeat(zeros).as_bytes());
        out.extend_from_slice(hex.as_bytes());
        out.extend_from_slice(exts[i % exts.len()].as_bytes());
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&rest[..n]);
        out.extend_from_slice(b"\r\n");
        rest = &rest[n..];
        i += 1;
    }
    out.extend_from_slice(b"0");
    out.extend_from_slice(exts[i % exts.len()].as_bytes());
    out.extend_from_slice(b"\r\n");
    for (name, value) in trailers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out
}

const EXTENSIONS: &[&str] = &[
    "",
    ";a",
    ";a=b",
    " ; name = value",
    ";q=\"a \\\" ; b\"",
    "\t;x;y=1;z",
];

proptest! {
    #[test]
    fn chunked_round_trip(
        body in proptest::collection::vec(any::<u8>(), 0..2000),
        sizes in proptest::collection::vec(1usize..300, 1..8),
        ext_picks in proptest::collection::vec(proptest::sample::select(EXTENSIONS), 1..4),
        trailers in proptest::collection::vec(
            (proptest::string::string_regex("[A-Za-z][A-Za-z0-9-]{0,10}").unwrap(),
             proptest::string::string_regex("[ -~]{0,20}").unwrap().prop_map(|s| s.trim().to_string())),
            0..3),
        upper in any::<bool>(),
        zeros in 0usize..3,
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..6),
        pipelined in any::<bool>(),
    ) {
        let encoded = encode_chunked(&body, &sizes, &ext_picks, &trailers, upper, zeros);
        let mut input = encoded.clone();
        if pipelined {
            input.extend_from_slice(b"POST / HTTP/1.1\r\n");
        }
        let mut cut_at: Vec<usize> = cuts.into_iter().map(|c| c.index(input.len() + 1)).collect();
        cut_at.sort_unstable();
        let (r, out) = decode_split(&input, &cut_at, CHUNK_LIMITS);
        prop_assert_eq!(r, Ok(Decoded { consumed: encoded.len(), done: true }));
        prop_assert_eq!(out, body);
    }

    #[test]
    fn chunked_arbitrary_bytes(
        input in proptest::collection::vec(prop_oneof![
            4 => any::<u8>(),
            2 => proptest::sample::select(&b"0123456789abcdefABCDEF"[..]),
            2 => proptest::sample::select(&b"\r\n;=\" \t:"[..]),
        ], 0..200),
        cut in any::<prop::sample::Index>(),
        max_line in 1usize..20,
        max_trailers in 0usize..40,
        max_body in 0u64..500,
    ) {
        let limits = ChunkLimits { max_body, max_line, max_trailers };
        let (once, out_once) = decode_once(&input, limits);
        let k = cut.index(input.len() + 1);
        let (two, out_two) = decode_split(&input, &[k], limits);
        prop_assert_eq!(once, two);
        prop_assert_eq!(&out_once, &out_two);
        let cuts: Vec<usize> = (1..input.len()).collect();
        let (bytewise, out_bytes) = decode_split(&input, &cuts, limits);
        prop_assert_eq!(once, bytewise);
        prop_assert_eq!(out_once, out_bytes);
        if let Ok(d) = once {
            prop_assert!(d.consumed <= input.len());
        }
    }
}
