use std::fs;
use std::os::unix::fs::{FileExt, MetadataExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::path::{CleanPath, PathError, clean};
use super::range::{RangeOutcome, evaluate};
use super::{StaticDir, mime_for};
use crate::{Body, BodyPart, FileRange, Method, OwnedRequest, Response};

const MTIME_SECS: u64 = 784_111_777;
const MTIME_NS: u32 = 123_456_789;
const LM: &str = "Sun, 06 Nov 1994 08:49:37 GMT";
const TEXT: &[u8] = b"0123456789abcdefghij";
const TEXT_TYPE: &str = "text/plain; charset=utf-8";
const HTML_TYPE: &str = "text/html; charset=utf-8";

fn binary() -> Vec<u8> {
    (0..=255u8).rev().chain(0..=255).collect()
}

/// A temporary tree, removed on drop:
///
/// ```text
/// base/root/            served
///   text.txt  bin.dat  empty.txt  index.html  sub/index.html  sub/deeper/Style.CSS
///   noindex/x.txt  a/b.txt  dir with space/f%.txt  fifo
///   link.txt -> text.txt                      (inside, allowed)
///   abs_inside_link -> base/root/text.txt      (absolute: refused by RESOLVE_BENEATH)
///   passwd_link -> /etc/passwd   secret_link -> ../secret/secret.txt   secret_dir -> ../secret
///   loop_a -> loop_b -> loop_a
/// base/secret/secret.txt
/// ```
struct Fixture {
    base: PathBuf,
    root: PathBuf,
    dir: StaticDir,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.base);
    }
}

fn write(path: &Path, contents: &[u8]) {
    fs::write(path, contents).unwrap();
    let f = fs::OpenOptions::new().write(true).open(path).unwrap();
    f.set_modified(UNIX_EPOCH + Duration::new(MTIME_SECS, MTIME_NS)).unwrap();
}

fn fixture() -> Fixture {
    static N: AtomicU32 = AtomicU32::new(0);
    let base = std::env::temp_dir().join(format!(
        "chopin-files-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&base);
    let root = base.join("root");
    let secret = base.join("secret");
    for d in ["sub/deeper", "noindex", "a", "dir with space"] {
        fs::create_dir_all(root.join(d)).unwrap();
    }
    fs::create_dir_all(&secret).unwrap();
    write(&root.join("text.txt"), TEXT);
    write(&root.join("bin.dat"), &binary());
    write(&root.join("empty.txt"), b"");
    write(&root.join("index.html"), b"<h1>root</h1>");
    write(&root.join("sub/index.html"), b"<h1>sub</h1>");
    write(&root.join("sub/deeper/Style.CSS"), b"body{}");
    write(&root.join("noindex/x.txt"), b"x");
    write(&root.join("a/b.txt"), b"b");
    write(&root.join("dir with space/f%.txt"), b"pct");
    write(&secret.join("secret.txt"), b"top secret");
    symlink("text.txt", root.join("link.txt")).unwrap();
    symlink(root.join("text.txt"), root.join("abs_inside_link")).unwrap();
    symlink("/etc/passwd", root.join("passwd_link")).unwrap();
    symlink("../secret/secret.txt", root.join("secret_link")).unwrap();
    symlink("../secret", root.join("secret_dir")).unwrap();
    symlink("loop_b", root.join("loop_a")).unwrap();
    symlink("loop_a", root.join("loop_b")).unwrap();
    let dir = StaticDir::open(&root).unwrap();
    Fixture { base, root, dir }
}

fn serve(f: &Fixture, method: Method, path: &str, headers: &[(&str, &str)]) -> Response {
    let req = OwnedRequest::new(method, &format!("/files/{path}"), headers, b"");
    f.dir.serve(&req.as_request(), path)
}

fn header(r: &Response, name: &str) -> Option<String> {
    r.header_value(name).map(|v| String::from_utf8(v.to_vec()).unwrap())
}

fn read_range(r: &FileRange) -> Vec<u8> {
    let mut buf = vec![0; r.len as usize];
    r.file.read_exact_at(&mut buf, r.offset).unwrap();
    buf
}

fn body_bytes(r: &Response) -> Vec<u8> {
    match r.body_ref() {
        Body::Empty => Vec::new(),
        Body::Static(b) => b.to_vec(),
        Body::Bytes(b) => b.clone(),
        Body::File(f) => read_range(f),
        Body::Parts(parts) => parts
            .iter()
            .flat_map(|p| match p {
                BodyPart::Static(b) => b.to_vec(),
                BodyPart::Bytes(b) => b.clone(),
                BodyPart::File(f) => read_range(f),
            })
            .collect(),
        Body::Stream(_) | Body::Json(_) => panic!("unexpected stream or JSON body"),
    }
}

fn expected_etag(path: &Path) -> String {
    let m = fs::metadata(path).unwrap();
    let ns = u128::from(MTIME_SECS) * 1_000_000_000 + u128::from(MTIME_NS);
    format!("\"{:x}-{:x}-{:x}\"", m.ino(), m.size(), ns)
}

/// One request and what must come back.
struct Case {
    name: &'static str,
    method: Method,
    path: &'static str,
    headers: Vec<(&'static str, String)>,
    status: u16,
    content_type: Option<&'static str>,
    content_range: Option<&'static str>,
    /// ETag and Last-Modified present with exact values, and (for 200/206) Accept-Ranges.
    validators: bool,
    body: Vec<u8>,
}

fn ok(name: &'static str, path: &'static str, ctype: &'static str, body: &[u8]) -> Case {
    Case {
        name,
        method: Method::Get,
        path,
        headers: Vec::new(),
        status: 200,
        content_type: Some(ctype),
        content_range: None,
        validators: true,
        body: body.to_vec(),
    }
}

fn range(name: &'static str, value: &str, cr: &'static str, body: &[u8]) -> Case {
    Case {
        status: 206,
        content_range: Some(cr),
        headers: vec![("Range", value.to_string())],
        ..ok(name, "text.txt", TEXT_TYPE, body)
    }
}

fn full_with(name: &'static str, headers: Vec<(&'static str, String)>) -> Case {
    Case { headers, ..ok(name, "text.txt", TEXT_TYPE, TEXT) }
}

fn status(
    name: &'static str,
    path: &'static str,
    headers: &[(&'static str, &str)],
    code: u16,
) -> Case {
    Case {
        name,
        method: Method::Get,
        path,
        headers: headers.iter().map(|&(n, v)| (n, v.to_string())).collect(),
        status: code,
        content_type: None,
        content_range: None,
        validators: false,
        body: Vec::new(),
    }
}

fn not_modified(name: &'static str, headers: Vec<(&'static str, String)>) -> Case {
    Case { headers, validators: true, ..status(name, "text.txt", &[], 304) }
}

fn check(f: &Fixture, c: &Case) {
    let headers: Vec<(&str, &str)> = c.headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let r = serve(f, c.method, c.path, &headers);
    let name = c.name;
    assert_eq!(r.status().as_u16(), c.status, "{name}: status");
    assert!(r.invalid().is_none(), "{name}: invalid header {:?}", r.invalid());
    match c.status {
        200 | 206 | 304 => {
            assert_eq!(header(&r, "content-type").as_deref(), c.content_type, "{name}: type");
            assert_eq!(header(&r, "content-range").as_deref(), c.content_range, "{name}: range");
            assert_eq!(body_bytes(&r), c.body, "{name}: body");
        }
        _ => {
            // Error responses carry a short text body; only their headers matter here.
            assert_eq!(header(&r, "content-range").as_deref(), c.content_range, "{name}: range");
        }
    }
    let etag = header(&r, "etag");
    let lm = header(&r, "last-modified");
    if c.validators {
        let file = f.root.join(clean(c.path).unwrap().rel);
        let file = if file.is_dir() { file.join("index.html") } else { file };
        assert_eq!(etag, Some(expected_etag(&file)), "{name}: etag");
        assert_eq!(lm.as_deref(), Some(LM), "{name}: last-modified");
    } else {
        assert_eq!(etag, None, "{name}: etag");
        assert_eq!(lm, None, "{name}: last-modified");
    }
    let ranges = if matches!(c.status, 200 | 206) { Some("bytes") } else { None };
    assert_eq!(header(&r, "accept-ranges").as_deref(), ranges, "{name}: accept-ranges");
    if c.status == 304 {
        assert!(matches!(r.body_ref(), Body::Empty), "{name}: 304 body");
    }
}

#[test]
fn table() {
    let f = fixture();
    let etag = expected_etag(&f.root.join("text.txt"));
    let weak = format!("W/{etag}");
    let h = |n: &'static str, v: &str| vec![(n, v.to_string())];
    let cases = vec![
        // Full files.
        ok("full text", "text.txt", TEXT_TYPE, TEXT),
        Case { method: Method::Head, ..ok("head", "text.txt", TEXT_TYPE, TEXT) },
        ok("full binary", "bin.dat", "application/octet-stream", &binary()),
        ok("empty file", "empty.txt", TEXT_TYPE, b""),
        ok("mime case-insensitive", "sub/deeper/Style.CSS", "text/css; charset=utf-8", b"body{}"),
        ok("percent-decoded name", "dir%20with%20space/f%25.txt", TEXT_TYPE, b"pct"),
        ok("dot segment", "./text.txt", TEXT_TYPE, TEXT),
        ok("empty segment", "sub//index.html", HTML_TYPE, b"<h1>sub</h1>"),
        ok("leading slash", "/text.txt", TEXT_TYPE, TEXT),
        ok("absolute-looking path stays inside", "//a/b.txt", TEXT_TYPE, b"b"),
        // Directories.
        ok("directory index", "sub", HTML_TYPE, b"<h1>sub</h1>"),
        ok("directory index, slash", "sub/", HTML_TYPE, b"<h1>sub</h1>"),
        ok("root index, empty path", "", HTML_TYPE, b"<h1>root</h1>"),
        ok("root index, slash", "/", HTML_TYPE, b"<h1>root</h1>"),
        status("directory without index", "noindex", &[], 404),
        status("directory without index, slash", "noindex/", &[], 404),
        status("file with trailing slash", "text.txt/", &[], 404),
        status("file with trailing slash-dot", "text.txt/.", &[], 404),
        status("file as directory", "text.txt/x", &[], 404),
        status("missing", "nope.txt", &[], 404),
        status("missing directory", "nope/x", &[], 404),
        // Single ranges.
        range("range", "bytes=0-3", "bytes 0-3/20", b"0123"),
        Case { method: Method::Head, ..range("head range", "bytes=0-3", "bytes 0-3/20", b"0123") },
        range("open-ended", "bytes=15-", "bytes 15-19/20", b"fghij"),
        range("suffix", "bytes=-5", "bytes 15-19/20", b"fghij"),
        range("suffix larger than file", "bytes=-100", "bytes 0-19/20", TEXT),
        range("last clamped", "bytes=10-1000", "bytes 10-19/20", b"abcdefghij"),
        range("last huge", "bytes=19-99999999999999999999999", "bytes 19-19/20", b"j"),
        range("one byte", "bytes=5-5", "bytes 5-5/20", b"5"),
        range("unit case-insensitive", "BYTES=1-2", "bytes 1-2/20", b"12"),
        range("ows and empty elements", "bytes=, 2-3 ,", "bytes 2-3/20", b"23"),
        range("unsatisfiable spec dropped", "bytes=30-40, 2-3, -0", "bytes 2-3/20", b"23"),
        range("leading zeros", "bytes=0003-0004", "bytes 3-4/20", b"34"),
        Case {
            path: "bin.dat",
            content_type: Some("application/octet-stream"),
            ..range("binary range", "bytes=254-257", "bytes 254-257/512", &[1, 0, 0, 1])
        },
        // Unsatisfiable.
        Case {
            content_range: Some("bytes */20"),
            ..status("unsatisfiable", "text.txt", &[("Range", "bytes=20-")], 416)
        },
        Case {
            content_range: Some("bytes */20"),
            ..status("all unsatisfiable", "text.txt", &[("Range", "bytes=20-30, 99-")], 416)
        },
        Case {
            content_range: Some("bytes */20"),
            ..status("zero suffix", "text.txt", &[("Range", "bytes=-0")], 416)
        },
        Case {
            content_range: Some("bytes */0"),
            ..status("empty file range", "empty.txt", &[("Range", "bytes=0-")], 416)
        },
        Case {
            content_range: Some("bytes */0"),
            ..status("empty file suffix", "empty.txt", &[("Range", "bytes=-1")], 416)
        },
        // Ignored Range headers: 200 with the whole file.
        full_with("first > last", h("Range", "bytes=3-2")),
        full_with(
            "first > last, huge",
            h("Range", "bytes=99999999999999999999999-99999999999999999999998"),
        ),
        full_with("garbage", h("Range", "bytes=abc")),
        full_with("other unit", h("Range", "items=0-3")),
        full_with("no equals", h("Range", "bytes 0-3")),
        full_with("empty set", h("Range", "bytes=")),
        full_with("only commas", h("Range", "bytes=,,")),
        full_with("double dash", h("Range", "bytes=--1")),
        full_with("two dashes", h("Range", "bytes=0-1-2")),
        full_with("space in spec", h("Range", "bytes=0 - 3")),
        full_with("trailing junk", h("Range", "bytes=0-3;")),
        full_with("one bad spec", h("Range", "bytes=0-3,x")),
        full_with("signed", h("Range", "bytes=+0-3")),
        full_with(
            "too many ranges",
            h(
                "Range",
                &format!(
                    "bytes={}",
                    (0..17).map(|i| format!("{i}-{i}")).collect::<Vec<_>>().join(",")
                ),
            ),
        ),
        full_with("overlap amplification", h("Range", "bytes=0-19,0-19,0-0")),
        full_with(
            "repeated Range header",
            vec![("Range", "bytes=0-1".into()), ("Range", "bytes=2-3".into())],
        ),
        // If-Range.
        Case {
            headers: vec![("Range", "bytes=0-3".into()), ("If-Range", etag.clone())],
            ..range("if-range etag", "", "bytes 0-3/20", b"0123")
        },
        Case {
            headers: vec![("Range", "bytes=0-3".into()), ("If-Range", LM.into())],
            ..range("if-range date", "", "bytes 0-3/20", b"0123")
        },
        full_with(
            "if-range other etag",
            vec![("Range", "bytes=0-3".into()), ("If-Range", "\"other\"".into())],
        ),
        full_with(
            "if-range weak etag",
            vec![("Range", "bytes=0-3".into()), ("If-Range", weak.clone())],
        ),
        full_with(
            "if-range two etags",
            vec![("Range", "bytes=0-3".into()), ("If-Range", format!("{etag}, {etag}"))],
        ),
        full_with(
            "if-range other date",
            vec![
                ("Range", "bytes=0-3".into()),
                ("If-Range", "Sun, 06 Nov 1994 08:49:38 GMT".into()),
            ],
        ),
        full_with(
            "if-range same date, other format",
            vec![
                ("Range", "bytes=0-3".into()),
                ("If-Range", "Sunday, 06-Nov-94 08:49:37 GMT".into()),
            ],
        ),
        full_with(
            "if-range garbage",
            vec![("Range", "bytes=0-3".into()), ("If-Range", "yesterday".into())],
        ),
        full_with("if-range without range", h("If-Range", "\"other\"")),
        // If-None-Match.
        not_modified("if-none-match *", h("If-None-Match", "*")),
        not_modified("if-none-match exact", h("If-None-Match", &etag)),
        not_modified(
            "if-none-match list",
            h("If-None-Match", &format!("\"a\", W/\"b\",{etag} , \"c\"")),
        ),
        not_modified("if-none-match weak", h("If-None-Match", &weak)),
        not_modified(
            "if-none-match second line",
            vec![("If-None-Match", "\"a\"".into()), ("If-None-Match", etag.clone())],
        ),
        not_modified(
            "if-none-match beats range",
            vec![("If-None-Match", etag.clone()), ("Range", "bytes=0-3".into())],
        ),
        Case { method: Method::Head, ..not_modified("head 304", h("If-None-Match", "*")) },
        full_with("if-none-match other", h("If-None-Match", "\"a\", W/\"b\"")),
        full_with("if-none-match malformed", h("If-None-Match", &etag[1..])),
        full_with(
            "if-none-match wins over if-modified-since",
            vec![("If-None-Match", "\"a\"".into()), ("If-Modified-Since", LM.into())],
        ),
        // If-Modified-Since.
        not_modified("if-modified-since equal", h("If-Modified-Since", LM)),
        not_modified(
            "if-modified-since later",
            h("If-Modified-Since", "Mon, 07 Nov 1994 00:00:00 GMT"),
        ),
        not_modified(
            "if-modified-since asctime",
            h("If-Modified-Since", "Sun Nov  6 08:49:37 1994"),
        ),
        full_with(
            "if-modified-since earlier",
            h("If-Modified-Since", "Sun, 06 Nov 1994 08:49:36 GMT"),
        ),
        full_with("if-modified-since garbage", h("If-Modified-Since", "not a date")),
        full_with(
            "if-modified-since repeated",
            vec![("If-Modified-Since", LM.into()), ("If-Modified-Since", LM.into())],
        ),
        // If-Match and If-Unmodified-Since.
        status("if-match other", "text.txt", &[("If-Match", "\"nope\"")], 412),
        status("if-match weak (strong comparison)", "text.txt", &[("If-Match", &weak)], 412),
        status("if-match malformed", "text.txt", &[("If-Match", "nope")], 412),
        status(
            "if-match fails before if-none-match",
            "text.txt",
            &[("If-Match", "\"nope\""), ("If-None-Match", "*")],
            412,
        ),
        full_with("if-match *", h("If-Match", "*")),
        full_with("if-match exact", h("If-Match", &etag)),
        full_with("if-match list", h("If-Match", &format!("\"x\", {etag}"))),
        full_with(
            "if-match makes if-unmodified-since ignored",
            vec![
                ("If-Match", etag.clone()),
                ("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT".into()),
            ],
        ),
        not_modified(
            "if-match then if-none-match",
            vec![("If-Match", etag.clone()), ("If-None-Match", etag.clone())],
        ),
        status(
            "if-unmodified-since earlier",
            "text.txt",
            &[("If-Unmodified-Since", "Sun, 06 Nov 1994 08:49:36 GMT")],
            412,
        ),
        full_with("if-unmodified-since equal", h("If-Unmodified-Since", LM)),
        full_with("if-unmodified-since garbage", h("If-Unmodified-Since", "soon")),
        // Traversal and malformed paths.
        status("dotdot", "../secret/secret.txt", &[], 404),
        status("encoded dotdot", "%2e%2e/secret/secret.txt", &[], 404),
        status("mixed-case encoded dotdot", ".%2E/secret/secret.txt", &[], 404),
        status("dotdot after dir", "a/../../secret/secret.txt", &[], 404),
        status("dotdot staying inside", "a/../text.txt", &[], 404),
        status("encoded slashes", "%2f..%2fsecret%2fsecret.txt", &[], 404),
        status("bare dotdot", "..", &[], 404),
        status("absolute path", "/etc/passwd", &[], 404),
        status("double-slash absolute path", "//etc/passwd", &[], 404),
        status("encoded absolute path", "%2fetc%2fpasswd", &[], 404),
        status("nul", "text.txt%00", &[], 404),
        status("nul in middle", "text.txt%00.html", &[], 404),
        status("backslash", "sub\\..\\..\\secret\\secret.txt", &[], 404),
        status("encoded backslash", "..%5csecret%5csecret.txt", &[], 404),
        status("encoded backslash, harmless", "text%5c.txt", &[], 404),
        status("invalid utf-8", "%ff.txt", &[], 404),
        status("bad escape", "%zz", &[], 400),
        status("short escape", "text.txt%2", &[], 400),
        status("lone percent", "%", &[], 400),
        status("bad escape with dotdot", "../%zz", &[], 400),
        // Symbolic links.
        ok("symlink inside", "link.txt", TEXT_TYPE, TEXT),
        status("symlink to /etc/passwd", "passwd_link", &[], 404),
        status("relative symlink escaping", "secret_link", &[], 404),
        status("directory symlink escaping", "secret_dir/secret.txt", &[], 404),
        status("absolute symlink to inside", "abs_inside_link", &[], 404),
        status("symlink loop", "loop_a", &[], 404),
        // Methods.
        Case { method: Method::Post, ..status("post", "text.txt", &[], 405) },
        Case { method: Method::Put, ..status("put", "text.txt", &[], 405) },
        Case { method: Method::Delete, ..status("delete missing", "nope", &[], 405) },
        Case { method: Method::Options, ..status("options", "text.txt", &[], 405) },
    ];
    let mut names = std::collections::HashSet::new();
    for c in &cases {
        assert!(names.insert(c.name), "duplicate case name {}", c.name);
        check(&f, c);
    }
}

/// An expected part: first, last, bytes.
type Part<'a> = (u64, u64, &'a [u8]);

fn multipart_expected(boundary: &str, ctype: &str, len: u64, parts: &[Part<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    for &(a, b, bytes) in parts {
        out.extend_from_slice(
            format!("\r\n--{boundary}\r\nContent-Type: {ctype}\r\nContent-Range: bytes {a}-{b}/{len}\r\n\r\n")
                .as_bytes(),
        );
        out.extend_from_slice(bytes);
    }
    out.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    out
}

/// The boundary of a multipart/byteranges response, checked for shape.
fn boundary_of(r: &Response) -> String {
    let ct = header(r, "content-type").unwrap();
    let b = ct.strip_prefix("multipart/byteranges; boundary=").expect("multipart type").to_string();
    assert!(!b.is_empty() && b.len() <= 70, "{b}");
    assert!(b.bytes().all(|c| c.is_ascii_alphanumeric()), "{b}");
    b
}

#[test]
fn multiple_ranges() {
    let f = fixture();
    let etag = expected_etag(&f.root.join("text.txt"));
    for method in [Method::Get, Method::Head] {
        let r = serve(&f, method, "text.txt", &[("Range", "bytes=0-3,10-12")]);
        assert_eq!(r.status().as_u16(), 206);
        assert!(r.invalid().is_none());
        let b = boundary_of(&r);
        let want = multipart_expected(&b, TEXT_TYPE, 20, &[(0, 3, b"0123"), (10, 12, b"abc")]);
        assert_eq!(body_bytes(&r), want);
        // Literally, for the first case.
        let literal = format!(
            "\r\n--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 0-3/20\r\n\r\n0123\
             \r\n--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 10-12/20\r\n\r\nabc\
             \r\n--{b}--\r\n"
        );
        assert_eq!(String::from_utf8(body_bytes(&r)).unwrap(), literal);
        assert_eq!(r.body_ref().len(), Some(literal.len() as u64));
        assert_eq!(header(&r, "content-range"), None);
        assert_eq!(header(&r, "etag"), Some(etag.clone()));
        assert_eq!(header(&r, "last-modified").as_deref(), Some(LM));
        assert_eq!(header(&r, "accept-ranges").as_deref(), Some("bytes"));
        // The file parts are sendfile ranges of the one open file.
        let Body::Parts(parts) = r.body_ref() else { panic!("not parts") };
        assert_eq!(parts.len(), 5);
        let files: Vec<(u64, u64)> = parts
            .iter()
            .filter_map(|p| match p {
                BodyPart::File(fr) => Some((fr.offset, fr.len)),
                _ => None,
            })
            .collect();
        assert_eq!(files, [(0, 4), (10, 3)]);
    }

    // Served in the order requested, overlapping and unsatisfiable specs as they come.
    let cases: &[(&str, &[Part<'_>])] = &[
        ("bytes=10-12,0-3", &[(10, 12, b"abc"), (0, 3, b"0123")]),
        ("bytes=-2, 0-0 ,5-", &[(18, 19, b"ij"), (0, 0, b"0"), (5, 19, b"56789abcdefghij")]),
        ("bytes=0-19,0-19", &[(0, 19, TEXT), (0, 19, TEXT)]),
        ("bytes=2-3,99-,-0,2-3", &[(2, 3, b"23"), (2, 3, b"23")]),
    ];
    for &(value, parts) in cases {
        let r = serve(&f, Method::Get, "text.txt", &[("Range", value)]);
        assert_eq!(r.status().as_u16(), 206, "{value}");
        let b = boundary_of(&r);
        assert_eq!(body_bytes(&r), multipart_expected(&b, TEXT_TYPE, 20, parts), "{value}");
    }

    // Exactly 16 ranges are honoured (17 are not, see the table).
    let sixteen =
        format!("bytes={}", (0..16).map(|i| format!("{i}-{i}")).collect::<Vec<_>>().join(", "));
    let r = serve(&f, Method::Get, "text.txt", &[("Range", &sixteen)]);
    assert_eq!(r.status().as_u16(), 206);
    let b = boundary_of(&r);
    let parts: Vec<Part<'_>> = (0..16).map(|i| (i, i, &TEXT[i as usize..=i as usize])).collect();
    assert_eq!(body_bytes(&r), multipart_expected(&b, TEXT_TYPE, 20, &parts));

    // Binary file, other content type.
    let r = serve(&f, Method::Get, "bin.dat", &[("Range", "bytes=0-1,-1")]);
    let b = boundary_of(&r);
    let want = multipart_expected(
        &b,
        "application/octet-stream",
        512,
        &[(0, 1, &[255, 254]), (511, 511, &[255])],
    );
    assert_eq!(body_bytes(&r), want);

    // Boundaries differ between responses.
    let a = boundary_of(&serve(&f, Method::Get, "text.txt", &[("Range", "bytes=0-1,3-4")]));
    let c = boundary_of(&serve(&f, Method::Get, "text.txt", &[("Range", "bytes=0-1,3-4")]));
    assert_ne!(a, c);
}

#[test]
fn bodies_are_file_ranges() {
    let f = fixture();
    let r = serve(&f, Method::Get, "text.txt", &[]);
    let Body::File(fr) = r.body_ref() else { panic!("{:?}", r.body_ref()) };
    assert_eq!((fr.offset, fr.len), (0, 20));
    let r = serve(&f, Method::Get, "text.txt", &[("Range", "bytes=3-7")]);
    let Body::File(fr) = r.body_ref() else { panic!("{:?}", r.body_ref()) };
    assert_eq!((fr.offset, fr.len), (3, 5));
    assert_eq!(read_range(fr), b"34567");
    let r = serve(&f, Method::Get, "empty.txt", &[]);
    assert_eq!(r.status().as_u16(), 200);
    assert!(matches!(r.body_ref(), Body::Empty));
    assert_eq!(r.body_ref().len(), Some(0));
    let r = serve(&f, Method::Get, "text.txt", &[("If-None-Match", "*")]);
    assert!(matches!(r.body_ref(), Body::Empty));
    assert_eq!(header(&r, "content-type"), None);
}

#[test]
fn method_not_allowed_lists_get_and_head() {
    let f = fixture();
    for m in
        [Method::Post, Method::Put, Method::Delete, Method::Patch, Method::Options, Method::Trace]
    {
        let r = serve(&f, m, "text.txt", &[]);
        assert_eq!(r.status().as_u16(), 405, "{m:?}");
        assert_eq!(header(&r, "allow").as_deref(), Some("GET, HEAD"), "{m:?}");
        assert!(r.invalid().is_none());
    }
    let r = serve(&f, Method::Get, "text.txt", &[]);
    assert_eq!(header(&r, "allow"), None);
}

#[test]
fn error_responses_carry_no_validators_or_file() {
    let f = fixture();
    for (path, headers, code) in [
        ("secret_link", &[][..], 404),
        ("%zz", &[][..], 400),
        ("text.txt", &[("If-Match", "\"x\"")][..], 412),
        ("text.txt", &[("Range", "bytes=50-")][..], 416),
    ] {
        let r = serve(&f, Method::Get, path, headers);
        assert_eq!(r.status().as_u16(), code, "{path}");
        assert!(!matches!(r.body_ref(), Body::File(_) | Body::Parts(_)), "{path}");
        assert_eq!(header(&r, "etag"), None, "{path}");
        assert!(!body_bytes(&r).windows(6).any(|w| w == b"secret"), "{path}");
    }
}

#[test]
fn fifo_is_not_opened() {
    let f = fixture();
    let fifo = f.root.join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    if !made {
        eprintln!("mkfifo unavailable; skipping");
        return;
    }
    // Opening a FIFO for reading would block until a writer came: this must return at once.
    let r = serve(&f, Method::Get, "fifo", &[]);
    assert_eq!(r.status().as_u16(), 404);
    fs::create_dir(f.root.join("fifodir")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(f.root.join("fifodir/index.html"))
        .status()
        .is_ok_and(|s| s.success());
    assert!(made);
    assert_eq!(serve(&f, Method::Get, "fifodir", &[]).status().as_u16(), 404);
}

#[test]
fn future_mtime_is_clamped_to_now() {
    let f = fixture();
    let path = f.root.join("future.txt");
    fs::write(&path, b"later").unwrap();
    let future = SystemTime::now() + Duration::from_secs(10 * 365 * 86_400);
    fs::OpenOptions::new().write(true).open(&path).unwrap().set_modified(future).unwrap();
    let before = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let r = serve(&f, Method::Get, "future.txt", &[]);
    let after = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let lm = header(&r, "last-modified").unwrap();
    let lm = crate::date::parse_http_date(lm.as_bytes()).unwrap();
    assert!((before..=after).contains(&lm), "{lm} not in {before}..={after}");
    // Such a date is not a strong validator: If-Range with it does not allow the range.
    let lm_text = String::from_utf8(crate::date::fmt_imf_fixdate(lm).to_vec()).unwrap();
    let r = serve(&f, Method::Get, "future.txt", &[("Range", "bytes=0-0"), ("If-Range", &lm_text)]);
    assert_eq!(r.status().as_u16(), 200);
}

#[test]
fn open_requires_a_directory() {
    let f = fixture();
    assert!(StaticDir::open(f.root.join("text.txt")).is_err());
    assert!(StaticDir::open(f.root.join("missing")).is_err());
    // Opened through a symlink, the directory is the link's target.
    let d = StaticDir::open(f.root.join("secret_dir")).unwrap();
    assert_eq!(d.path(), fs::canonicalize(f.base.join("secret")).unwrap());
    let req = OwnedRequest::new(Method::Get, "/secret.txt", &[], b"");
    assert_eq!(body_bytes(&d.serve(&req.as_request(), "secret.txt")), b"top secret");
}

#[test]
fn path_cleaning() {
    let p = |rel: &str, must_be_dir| Ok(CleanPath { rel: rel.into(), must_be_dir });
    assert_eq!(clean(""), p("", true));
    assert_eq!(clean("/"), p("", true));
    assert_eq!(clean("a/b"), p("a/b", false));
    assert_eq!(clean("/a//./b/"), p("a/b", true));
    assert_eq!(clean("a/."), p("a", true));
    assert_eq!(clean("%41%62%2Fc"), p("Ab/c", false));
    assert_eq!(clean("a+b%20c"), p("a+b c", false));
    assert_eq!(clean("caf%C3%A9"), p("caf\u{e9}", false));
    assert_eq!(clean("..."), p("...", false));
    assert_eq!(clean("..a/b.."), p("..a/b..", false));
    for bad in [
        "..",
        "a/..",
        "../a",
        "a/../b",
        "%2e%2E",
        "%2E.",
        ".%2e/x",
        "a%2f..",
        "%2F..%2F",
        "a/%2e%2e/",
    ] {
        assert_eq!(clean(bad), Err(PathError::Forbidden), "{bad}");
    }
    for bad in ["%00", "a%00b", "a\\b", "a%5Cb", "%c3", "%ff%fe"] {
        assert_eq!(clean(bad), Err(PathError::Forbidden), "{bad}");
    }
    for bad in ["%", "%2", "%zz", "%2g", "a%", "%%41", "%-1", "%+1"] {
        assert_eq!(clean(bad), Err(PathError::BadEscape), "{bad}");
    }
}

#[test]
fn range_evaluation() {
    use RangeOutcome::{Ignore, Ranges, Unsatisfiable};
    let cases: &[(&str, u64, RangeOutcome)] = &[
        ("bytes=0-0", 1, Ranges(vec![(0, 0)])),
        ("bytes=0-", 1, Ranges(vec![(0, 0)])),
        ("bytes=-1", 1, Ranges(vec![(0, 0)])),
        ("bytes=1-", 1, Unsatisfiable),
        ("bytes=0-", 0, Unsatisfiable),
        ("bytes=-5", 0, Unsatisfiable),
        ("bytes=-0", 10, Unsatisfiable),
        ("bytes=-18446744073709551615", 10, Ranges(vec![(0, 9)])),
        ("bytes=-99999999999999999999999999", 10, Ranges(vec![(0, 9)])),
        ("bytes=18446744073709551616-", 10, Unsatisfiable),
        ("bytes=5-18446744073709551616", 10, Ranges(vec![(5, 9)])),
        ("bytes=2-1", 10, Ignore),
        ("bytes=10-9", 5, Ignore),
        ("bytes=0-1,2-1", 10, Ignore),
        ("bytes=1-1", 10, Ranges(vec![(1, 1)])),
        ("bytes=\t1-2 ,\t3-4\t", 10, Ranges(vec![(1, 2), (3, 4)])),
        ("  bytes=1-2", 10, Ranges(vec![(1, 2)])),
        ("bYtEs=1-2", 10, Ranges(vec![(1, 2)])),
        ("bytes =1-2", 10, Ignore),
        ("bytes=1 -2", 10, Ignore),
        ("bytes=1-2 3-4", 10, Ignore),
        ("bytes=0x1-2", 10, Ignore),
        ("bytes=-", 10, Ignore),
        ("bytes=1", 10, Ignore),
        ("bytes=0-1=2", 10, Ignore),
        ("=0-1", 10, Ignore),
        ("", 10, Ignore),
        ("none", 10, Ignore),
        ("bytes=\u{663}-4", 10, Ignore),
        // Amplification: at most twice the length in total.
        ("bytes=0-9,0-9", 10, Ranges(vec![(0, 9), (0, 9)])),
        ("bytes=0-9,0-9,9-", 10, Ignore),
        ("bytes=-10,-10,-1", 10, Ignore),
        ("bytes=0-9,0-9,20-", 10, Ranges(vec![(0, 9), (0, 9)])),
    ];
    for (value, len, want) in cases {
        assert_eq!(&evaluate(value.as_bytes(), *len), want, "{value:?} len {len}");
    }
    // Sixteen specs at most, counted before satisfiability.
    let specs = |n: usize| (0..n).map(|_| "50-").collect::<Vec<_>>().join(",");
    assert_eq!(evaluate(format!("bytes={}", specs(16)).as_bytes(), 10), Unsatisfiable);
    assert_eq!(evaluate(format!("bytes={}", specs(17)).as_bytes(), 10), Ignore);
    assert_eq!(evaluate(format!("bytes={},0-0", specs(16)).as_bytes(), 10), Ignore);
    let big =
        format!("bytes={}", (0..10_000).map(|i| format!("{i}-{i}")).collect::<Vec<_>>().join(","));
    assert_eq!(evaluate(big.as_bytes(), 1 << 20), Ignore);
}

#[test]
fn content_types() {
    let cases = [
        ("index.html", "text/html; charset=utf-8"),
        ("a/b.HTM", "text/html; charset=utf-8"),
        ("s.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("mod.mjs", "text/javascript; charset=utf-8"),
        ("d.json", "application/json"),
        ("t.txt", "text/plain; charset=utf-8"),
        ("x.xml", "application/xml"),
        ("i.svg", "image/svg+xml"),
        ("t.csv", "text/csv; charset=utf-8"),
        ("README.md", "text/markdown; charset=utf-8"),
        ("p.png", "image/png"),
        ("p.jpg", "image/jpeg"),
        ("p.JPEG", "image/jpeg"),
        ("p.gif", "image/gif"),
        ("p.webp", "image/webp"),
        ("p.avif", "image/avif"),
        ("favicon.ico", "image/x-icon"),
        ("m.wasm", "application/wasm"),
        ("d.pdf", "application/pdf"),
        ("a.zip", "application/zip"),
        ("a.tar.gz", "application/gzip"),
        ("a.tar", "application/x-tar"),
        ("v.mp4", "video/mp4"),
        ("v.webm", "video/webm"),
        ("a.mp3", "audio/mpeg"),
        ("a.ogg", "audio/ogg"),
        ("a.wav", "audio/wav"),
        ("f.woff", "font/woff"),
        ("f.woff2", "font/woff2"),
        ("f.ttf", "font/ttf"),
        ("f.otf", "font/otf"),
        ("noext", "application/octet-stream"),
        ("a.unknown", "application/octet-stream"),
        (".html", "application/octet-stream"),
        ("dir.html/file", "application/octet-stream"),
        ("trailing.", "application/octet-stream"),
        ("", "application/octet-stream"),
    ];
    for (path, want) in cases {
        assert_eq!(mime_for(path), want, "{path}");
    }
}
