//! Static files over HTTP (`GET /files/*path` of the testbed, `STATIC_DIR` = a temporary tree):
//! content types, bytes, ranges, conditional requests, and paths that must not leave the tree.

mod common;

use common::{Response, TempDir, Testbed, curl_ok, curl_response, get};

const SECRET: &str = "TOP-SECRET-CONTENT";

/// root/site (the STATIC_DIR), root/private/secret.txt (a sibling), root/outside.txt.
fn tree() -> TempDir {
    let root = TempDir::new("files");
    let site = root.path().join("site");
    std::fs::create_dir_all(site.join("docs")).unwrap();
    std::fs::create_dir_all(root.path().join("private")).unwrap();
    std::fs::write(site.join("hello.txt"), "0123456789").unwrap();
    std::fs::write(site.join("page.html"), "<!doctype html><title>t</title>").unwrap();
    std::fs::write(site.join("style.css"), "body{}").unwrap();
    std::fs::write(site.join("data.bin"), data_bin()).unwrap();
    std::fs::write(site.join("empty.txt"), "").unwrap();
    std::fs::write(site.join("docs/index.html"), "<p>index</p>").unwrap();
    std::fs::write(root.path().join("private/secret.txt"), SECRET).unwrap();
    std::fs::write(root.path().join("outside.txt"), SECRET).unwrap();
    std::os::unix::fs::symlink(
        root.path().join("private/secret.txt"),
        site.join("escape.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../outside.txt", site.join("relative-escape.txt")).unwrap();
    std::os::unix::fs::symlink(root.path().join("private"), site.join("private-dir")).unwrap();
    std::os::unix::fs::symlink("hello.txt", site.join("inner-link.txt")).unwrap();
    root
}

fn data_bin() -> Vec<u8> {
    let mut x: u32 = 12345;
    (0..3 * 1024 * 1024 + 17)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect()
}

fn start(root: &TempDir) -> Testbed {
    Testbed::start(&[("STATIC_DIR", root.path().join("site").to_str().unwrap())])
}

fn url(tb: &Testbed, path: &str) -> String {
    format!("http://{}/files{path}", tb.addr)
}

#[test]
fn files_are_served_with_type_length_and_validators() {
    let root = tree();
    let tb = start(&root);
    let r = curl_response(&[&url(&tb, "/hello.txt")], false);
    assert_eq!((r.status, r.text().as_str()), (200, "0123456789"));
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(r.header("content-length"), Some("10"));
    assert_eq!(r.header("accept-ranges"), Some("bytes"));
    let etag = r.header("etag").expect("ETag");
    assert!(
        etag.starts_with('"') || etag.starts_with("W/\""),
        "ETag {etag:?}"
    );
    let lm = r.header("last-modified").expect("Last-Modified");
    assert!(
        common::parse_imf_fixdate(lm).is_some(),
        "Last-Modified {lm:?}"
    );

    for (path, ctype, body) in [
        (
            "/page.html",
            "text/html; charset=utf-8",
            "<!doctype html><title>t</title>",
        ),
        ("/style.css", "text/css; charset=utf-8", "body{}"),
        ("/docs/", "text/html; charset=utf-8", "<p>index</p>"),
        (
            "/docs/index.html",
            "text/html; charset=utf-8",
            "<p>index</p>",
        ),
        ("/inner-link.txt", "text/plain; charset=utf-8", "0123456789"),
        ("/empty.txt", "text/plain; charset=utf-8", ""),
    ] {
        let r = curl_response(&[&url(&tb, path)], false);
        assert_eq!(
            (r.status, r.header("content-type"), r.text().as_str()),
            (200, Some(ctype), body),
            "{path}"
        );
    }

    // A 3 MiB binary file, byte for byte (sendfile path).
    let out = root.path().join("download.bin");
    curl_ok(&["-o", out.to_str().unwrap(), &url(&tb, "/data.bin")]);
    assert!(
        std::fs::read(&out).unwrap() == data_bin(),
        "data.bin differs"
    );
    let r = curl_response(&["-I", &url(&tb, "/data.bin")], true);
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    assert_eq!(
        r.header("content-length"),
        Some((3 * 1024 * 1024 + 17).to_string().as_str())
    );

    // On one keep-alive connection: a file body, then more requests, stay in sync.
    // (Each response must arrive within 4 s; the header timeout is 10 s.)
    let mut c = tb.connect();
    c.set_timeout(std::time::Duration::from_secs(4));
    c.send(
        &[
            get("/files/data.bin"),
            get("/files/hello.txt"),
            b"HEAD /files/hello.txt HTTP/1.1\r\nHost: t\r\n\r\n".to_vec(),
            get("/plaintext"),
        ]
        .concat(),
    );
    assert!(c.response().body == data_bin());
    let r = c.try_response(false).unwrap_or_else(|e| {
        panic!("GET /files/hello.txt pipelined behind data.bin: no response within 4 s ({e})")
    });
    assert_eq!(
        (r.status, r.text().as_str()),
        (200, "0123456789"),
        "GET /files/hello.txt pipelined behind data.bin"
    );
    let h = c.head_response();
    assert_eq!((h.status, h.header("content-length")), (200, Some("10")));
    assert_eq!(c.response().text(), "Hello, World!");

    // Missing files and wrong methods.
    let r = curl_response(&[&url(&tb, "/missing.txt")], false);
    assert_eq!(r.status, 404);
    let r = curl_response(&["-X", "POST", &url(&tb, "/hello.txt")], false);
    assert_eq!((r.status, r.header("allow")), (405, Some("GET, HEAD")));
}

#[test]
fn byte_ranges() {
    let root = tree();
    let tb = start(&root);
    let u = url(&tb, "/hello.txt");
    for (range, content_range, body) in [
        ("0-3", "bytes 0-3/10", "0123"),
        ("2-5", "bytes 2-5/10", "2345"),
        ("7-", "bytes 7-9/10", "789"),
        ("-3", "bytes 7-9/10", "789"),
        ("5-100", "bytes 5-9/10", "56789"),
    ] {
        let r = curl_response(&["-r", range, &u], false);
        assert_eq!(
            (r.status, r.header("content-range"), r.text().as_str()),
            (206, Some(content_range), body),
            "-r {range}"
        );
        assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    }

    // Two ranges: multipart/byteranges.
    let r = curl_response(&["-r", "0-1,4-5", &u], false);
    assert_eq!(r.status, 206);
    let ctype = r.header("content-type").unwrap();
    let boundary = ctype
        .strip_prefix("multipart/byteranges; boundary=")
        .unwrap_or_else(|| panic!("Content-Type {ctype:?}"));
    let parts = multipart_parts(&r, boundary);
    assert_eq!(
        parts,
        [
            (
                vec![
                    "Content-Type: text/plain; charset=utf-8".to_string(),
                    "Content-Range: bytes 0-1/10".to_string()
                ],
                b"01".to_vec()
            ),
            (
                vec![
                    "Content-Type: text/plain; charset=utf-8".to_string(),
                    "Content-Range: bytes 4-5/10".to_string()
                ],
                b"45".to_vec()
            ),
        ]
    );

    // Unsatisfiable: 416 with the length.
    let r = curl_response(&["-r", "50-60", &u], false);
    assert_eq!(
        (r.status, r.header("content-range")),
        (416, Some("bytes */10"))
    );

    // A range of the big binary file.
    let data = data_bin();
    let r = curl_response(&["-r", "1000000-1999999", &url(&tb, "/data.bin")], false);
    assert_eq!(r.status, 206);
    assert!(r.body == data[1_000_000..2_000_000], "range of data.bin");
}

/// Splits a multipart/byteranges body into (header lines, data) per part, strictly.
fn multipart_parts(r: &Response, boundary: &str) -> Vec<(Vec<String>, Vec<u8>)> {
    let body = &r.body;
    let delim = format!("\r\n--{boundary}");
    let mut out = Vec::new();
    let find = |from: usize, pat: &[u8]| {
        body[from..]
            .windows(pat.len())
            .position(|w| w == pat)
            .map(|p| p + from)
    };
    let mut at = find(0, delim.as_bytes()).expect("first delimiter");
    assert_eq!(at, 0, "preamble before the first part");
    loop {
        at += delim.len();
        if body[at..].starts_with(b"--\r\n") {
            assert_eq!(at + 4, body.len(), "bytes after the closing delimiter");
            return out;
        }
        assert!(
            body[at..].starts_with(b"\r\n"),
            "delimiter not followed by CRLF"
        );
        at += 2;
        let head_end = find(at, b"\r\n\r\n").expect("part head end");
        let lines = String::from_utf8(body[at..head_end].to_vec())
            .unwrap()
            .split("\r\n")
            .map(str::to_string)
            .collect();
        let data_start = head_end + 4;
        let next = find(data_start, delim.as_bytes()).expect("next delimiter");
        out.push((lines, body[data_start..next].to_vec()));
        at = next;
        assert!(out.len() < 100);
    }
}

#[test]
fn conditional_requests() {
    let root = tree();
    let tb = start(&root);
    let u = url(&tb, "/hello.txt");
    let r = curl_response(&[&u], false);
    let etag = r.header("etag").unwrap().to_string();
    let lm = r.header("last-modified").unwrap().to_string();

    let r = curl_response(&["-H", &format!("If-None-Match: {etag}"), &u], true);
    assert_eq!((r.status, r.header("etag")), (304, Some(etag.as_str())));
    let r = curl_response(
        &["-H", &format!("If-None-Match: \"other\", {etag}"), &u],
        true,
    );
    assert_eq!(r.status, 304, "ETag in a list");
    let r = curl_response(&["-H", "If-None-Match: \"other\"", &u], false);
    assert_eq!((r.status, r.text().as_str()), (200, "0123456789"));

    let r = curl_response(&["-H", &format!("If-Modified-Since: {lm}"), &u], true);
    assert_eq!(r.status, 304);
    let r = curl_response(
        &["-H", "If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT", &u],
        true,
    );
    assert_eq!(r.status, 304, "a date after the modification");
    let r = curl_response(
        &["-H", "If-Modified-Since: Mon, 01 Jan 1990 00:00:00 GMT", &u],
        false,
    );
    assert_eq!((r.status, r.text().as_str()), (200, "0123456789"));

    // A 304 carries no body: the next response on the connection follows at once.
    let mut c = tb.connect();
    c.send(
        format!("GET /files/hello.txt HTTP/1.1\r\nHost: t\r\nIf-None-Match: {etag}\r\n\r\n")
            .as_bytes(),
    );
    c.send(&get("/plaintext"));
    assert_eq!(c.response().status, 304);
    assert_eq!(c.response().text(), "Hello, World!");
}

#[test]
fn paths_cannot_leave_the_directory() {
    let root = tree();
    let tb = start(&root);
    let mut leaks = Vec::new();
    for path in [
        "/../private/secret.txt",
        "/../outside.txt",
        "/%2e%2e/private/secret.txt",
        "/%2E%2E/outside.txt",
        "/.%2e/private/secret.txt",
        "/docs/../../private/secret.txt",
        "/docs/%2e%2e/%2e%2e/private/secret.txt",
        "/..%2fprivate%2fsecret.txt",
        "/%2e%2e%2fprivate%2fsecret.txt",
        "/escape.txt",
        "/relative-escape.txt",
        "/private-dir/secret.txt",
        &format!("/{}", root.path().join("private/secret.txt").display()),
        &format!(
            "/%2f{}",
            root.path()
                .join("outside.txt")
                .display()
                .to_string()
                .trim_start_matches('/')
        ),
    ] {
        let out = curl_ok(&["-i", "--path-as-is", &url(&tb, path)]);
        let text = out.text();
        let status = text.get(9..12).unwrap_or("");
        if text.contains(SECRET) || status != "404" {
            leaks.push(format!("{path}: {:?}", text.lines().next().unwrap_or("")));
        }
    }
    // The same over a raw socket, where no client normalises anything.
    for path in [
        "/files/../outside.txt",
        "/files/%2e%2e/outside.txt",
        "/files/escape.txt",
    ] {
        let ex = tb.send(
            format!("GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        let r = &ex.responses()[0];
        if r.status != 404 || r.text().contains(SECRET) {
            leaks.push(format!("raw {path}: {}", r.status));
        }
    }
    assert!(
        leaks.is_empty(),
        "served outside STATIC_DIR or not 404:\n{}",
        leaks.join("\n")
    );
    // The directory still serves.
    assert_eq!(curl_response(&[&url(&tb, "/hello.txt")], false).status, 200);
}
