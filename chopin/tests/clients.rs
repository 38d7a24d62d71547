//! Real HTTP clients against the testbed: curl and Python's standard-library `http.client`.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{TempDir, Testbed, big_byte, curl, curl_ok, curl_response};

#[test]
fn curl_reuses_one_connection_for_several_urls() {
    let tb = Testbed::start(&[]);
    let base = format!("http://{}", tb.addr);
    let (a, b, c) = (
        format!("{base}/plaintext"),
        format!("{base}/json"),
        format!("{base}/sleep/10"),
    );
    let out = curl_ok(&["-v", "-w", "[%{num_connects}]\n", &a, &b, &c, &a]);
    assert_eq!(
        out.text(),
        "Hello, World![1]\n{\"message\":\"Hello, World!\"}[0]\nslept[0]\nHello, World![0]\n",
        "one connect, then reuse"
    );
    assert!(
        out.stderr.contains("Re-using existing") || out.stderr.contains("Reusing existing"),
        "{}",
        out.stderr
    );
}

#[test]
fn curl_uploads() {
    let tb = Testbed::start(&[]);
    let echo = format!("http://{}/echo", tb.addr);
    let out = curl_ok(&["--data-binary", "payload with spaces & symbols=1", &echo]);
    assert_eq!(out.text(), "payload with spaces & symbols=1");

    let dir = TempDir::new("curl-upload");
    let file = dir.path().join("upload.bin");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&file, &data).unwrap();
    let at = format!("@{}", file.display());

    // Content-Length upload.
    let out = curl_ok(&["--data-binary", &at, &echo]);
    assert!(
        out.stdout == data,
        "Content-Length upload: {} bytes back",
        out.stdout.len()
    );
    // Chunked upload.
    let out = curl_ok(&[
        "-H",
        "Transfer-Encoding: chunked",
        "--data-binary",
        &at,
        &echo,
    ]);
    assert!(
        out.stdout == data,
        "chunked upload: {} bytes back",
        out.stdout.len()
    );
    // Expect: 100-continue: the server's 100 releases the body (curl would otherwise wait 5 s).
    let t = Instant::now();
    let out = curl_ok(&[
        "-v",
        "--expect100-timeout",
        "5",
        "-H",
        "Expect: 100-continue",
        "--data-binary",
        &at,
        &echo,
    ]);
    assert!(
        out.stdout == data,
        "100-continue upload: {} bytes back",
        out.stdout.len()
    );
    assert!(
        out.stderr.contains("HTTP/1.1 100 Continue"),
        "{}",
        out.stderr
    );
    assert!(
        t.elapsed() < Duration::from_secs(4),
        "curl waited for the expect timeout: {:?}",
        t.elapsed()
    );
    // Over the limit with Expect: 413 without the body being sent.
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![b'x'; 2 * 1024 * 1024]).unwrap();
    let out = curl(&[
        "-s",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        "-H",
        "Expect: 100-continue",
        "--data-binary",
        &format!("@{}", big.display()),
        &echo,
    ]);
    assert_eq!(out.text(), "413");
}

#[test]
fn curl_head_http10_and_status_codes() {
    let tb = Testbed::start(&[]);
    let base = format!("http://{}", tb.addr);
    let head = curl_response(&["-I", &format!("{base}/plaintext")], true);
    assert_eq!(
        (
            head.status,
            head.header("content-length"),
            head.header("content-type")
        ),
        (200, Some("13"), Some("text/plain; charset=utf-8"))
    );
    let head = curl_response(&["-I", &format!("{base}/big")], true);
    assert_eq!(head.header("content-length"), Some("8388608"));

    let r = curl_response(&["--http1.0", &format!("{base}/plaintext")], false);
    assert_eq!(
        (r.status, r.header("connection"), r.text().as_str()),
        (200, Some("close"), "Hello, World!")
    );

    for (path, code) in [
        ("/nope", "404"),
        ("/echo", "405"),
        ("/panic", "500"),
        ("/sleep/x", "400"),
    ] {
        let out = curl_ok(&[
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            &format!("{base}{path}"),
        ]);
        assert_eq!(out.text(), code, "{path}");
    }
}

#[test]
fn curl_downloads_big_and_stream() {
    let tb = Testbed::start(&[]);
    let base = format!("http://{}", tb.addr);
    let dir = TempDir::new("curl-download");
    for (path, len) in [("/big", 8 * 1024 * 1024), ("/stream", 1024 * 1024)] {
        let file = dir.path().join("out");
        curl_ok(&["-o", file.to_str().unwrap(), &format!("{base}{path}")]);
        let got = std::fs::read(&file).unwrap();
        assert_eq!(got.len(), len, "{path}");
        let ok = if path == "/big" {
            got.iter().enumerate().all(|(i, &b)| b == big_byte(i))
        } else {
            got.chunks(16 * 1024)
                .enumerate()
                .all(|(k, c)| c.iter().all(|&b| b == big_byte(k)))
        };
        assert!(ok, "{path} content");
    }
}

#[test]
fn python_http_client() {
    let tb = Testbed::start(&[]);
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clients/stdlib_suite.py");
    let mut child = Command::new("python3")
        .arg(&script)
        .arg(tb.addr.port().to_string())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 is installed (scripts/test installs it)");
    // Bounded: the script's own socket timeout is 10 s per operation; give the whole run 60 s.
    let t = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if t.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the Python client did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "python client failed: {stdout}{stderr}"
    );
    assert_eq!(stdout.trim(), "ok 28 checks", "{stderr}");
}
