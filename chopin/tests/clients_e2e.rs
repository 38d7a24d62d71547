//! Real clients against the testbed: curl and Python's `http.client`; static files over HTTP.

mod support;

use std::path::PathBuf;
use std::process::Command;

use support::Testbed;

fn curl(args: &[&str]) -> (String, String) {
    let out = Command::new("curl").args(["-sS", "--max-time", "10"]).args(args).output().expect("curl is installed");
    assert!(out.status.success(), "curl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn python_http_client() {
    let tb = Testbed::start(&[]);
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clients/stdlib_client.py");
    let out = Command::new("python3").arg(script).arg(tb.addr.port().to_string()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.trim(), "ok 16 checks");
}

#[test]
fn curl_keep_alive_uploads_head_and_http10() {
    let tb = Testbed::start(&[]);
    let base = format!("http://{}", tb.addr);
    let (body, err) = curl(&["-v", &format!("{base}/plaintext"), &format!("{base}/json")]);
    assert_eq!(body, "Hello, World!{\"message\":\"Hello, World!\"}");
    assert!(err.contains("Re-using existing connection") || err.contains("Reusing existing"), "{err}");
    let (body, _) = curl(&["--data-binary", "payload", &format!("{base}/echo")]);
    assert_eq!(body, "payload");
    let file = std::env::temp_dir().join(format!("chopin-upload-{}", std::process::id()));
    std::fs::write(&file, vec![b'z'; 100_000]).unwrap();
    let (body, _) = curl(&["-H", "Transfer-Encoding: chunked", "--data-binary", &format!("@{}", file.display()), &format!("{base}/echo")]);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(body.len(), 100_000);
    let (head, _) = curl(&["-I", &format!("{base}/plaintext")]);
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n") && head.contains("Content-Length: 13\r\n"), "{head}");
    let (body, _) = curl(&["--http1.0", "-i", &format!("{base}/plaintext")]);
    assert!(body.contains("Connection: close\r\n") && body.ends_with("Hello, World!"), "{body}");
}

#[test]
fn static_files_over_http() {
    let root = std::env::temp_dir().join(format!("chopin-files-e2e-{}", std::process::id()));
    let site = root.join("site");
    std::fs::create_dir_all(site.join("docs")).unwrap();
    std::fs::write(site.join("hello.txt"), "0123456789").unwrap();
    std::fs::write(site.join("docs/index.html"), "<p>index</p>").unwrap();
    std::fs::write(root.join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(root.join("secret.txt"), site.join("escape.txt")).unwrap();
    let tb = Testbed::start(&[("STATIC_DIR", site.to_str().unwrap())]);
    let base = format!("http://{}/files", tb.addr);
    let (out, _) = curl(&["-i", &format!("{base}/hello.txt")]);
    assert!(out.contains("Content-Type: text/plain; charset=utf-8\r\n") && out.ends_with("\r\n\r\n0123456789"), "{out}");
    let etag = out.lines().find_map(|l| l.strip_prefix("ETag: ")).unwrap().trim().to_string();
    let (out, _) = curl(&["-i", "-r", "2-5", &format!("{base}/hello.txt")]);
    assert!(out.starts_with("HTTP/1.1 206") && out.contains("Content-Range: bytes 2-5/10\r\n") && out.ends_with("2345"), "{out}");
    let (out, _) = curl(&["-i", "-r", "0-1,8-9", &format!("{base}/hello.txt")]);
    assert!(out.contains("Content-Type: multipart/byteranges; boundary="), "{out}");
    assert!(out.contains("Content-Range: bytes 0-1/10\r\n\r\n01\r\n") && out.contains("Content-Range: bytes 8-9/10\r\n\r\n89\r\n"), "{out}");
    let (out, _) = curl(&["-i", "-r", "50-60", &format!("{base}/hello.txt")]);
    assert!(out.starts_with("HTTP/1.1 416") && out.contains("Content-Range: bytes */10\r\n"), "{out}");
    let (out, _) = curl(&["-i", "-H", &format!("If-None-Match: {etag}"), &format!("{base}/hello.txt")]);
    assert!(out.starts_with("HTTP/1.1 304"), "{out}");
    let (out, _) = curl(&["-i", "-H", "If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT", &format!("{base}/hello.txt")]);
    assert!(out.starts_with("HTTP/1.1 304"), "{out}");
    let (out, _) = curl(&["-i", &format!("{base}/docs/")]);
    assert!(out.ends_with("<p>index</p>"), "{out}");
    for bad in ["/../secret.txt", "/%2e%2e/secret.txt", "/.%2E/secret.txt", "/docs/../../secret.txt", "/escape.txt"] {
        let (out, _) = curl(&["-i", "--path-as-is", &format!("{base}{bad}")]);
        assert!(out.starts_with("HTTP/1.1 404") && !out.contains("secret\n") && !out.ends_with("secret"), "{bad}: {out}");
    }
    std::fs::remove_dir_all(&root).unwrap();
}
