//! `examples/notes.rs` (scopes, middleware, worker and shared state) started as a real process
//! and driven with curl over loopback.

mod common;

use common::{curl_response, Testbed};

#[test]
fn notes_api_over_curl() {
    let tb = Testbed::start_example("notes", &[("NOTES_TOKEN", "t0ken")]);
    let url = |p: &str| format!("http://{}{p}", tb.addr);
    let auth = "authorization: Bearer t0ken";

    let r = curl_response(&[&url("/notes")], false);
    assert_eq!((r.status, r.text().as_str()), (200, ""));
    assert_eq!(r.header("x-request-id"), Some("1"), "first request on the worker");
    assert!(r.header("server-timing").is_some_and(|v| v.starts_with("app;dur=")), "{:?}", r.header("server-timing"));

    // Writes need the token: 401 without, 403 with a wrong one; the hooks still run.
    let r = curl_response(&["--data-binary", "milk", &url("/notes")], false);
    assert_eq!(r.status, 401);
    assert_eq!(r.text(), r#"{"error":"send `Authorization: Bearer <token>`"}"#);
    assert_eq!(r.header("x-request-id"), Some("2"));
    let r = curl_response(&["-H", "authorization: Bearer nope", "--data-binary", "milk", &url("/notes")], false);
    assert_eq!(r.status, 403);

    let r = curl_response(&["-H", auth, "--data-binary", "buy milk", &url("/notes")], false);
    assert_eq!((r.status, r.text().as_str()), (201, "1\n"));
    let r = curl_response(&["-H", auth, "--data-binary", "call mum", &url("/notes")], false);
    assert_eq!((r.status, r.text().as_str()), (201, "2\n"));
    assert_eq!(curl_response(&[&url("/notes")], false).text(), "1: buy milk\n2: call mum\n");
    assert_eq!(curl_response(&[&url("/notes/2")], false).text(), "call mum\n");

    // Route limits and parameter errors.
    let big = "x".repeat(5000);
    let r = curl_response(&["-H", auth, "--data-binary", &big, &url("/notes")], false);
    assert_eq!((r.status, r.text().as_str()), (413, r#"{"error":"the request body exceeds 4096 bytes"}"#));
    let r = curl_response(&[&url("/notes/abc")], false);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("path parameter `id`"), "{}", r.text());
    assert_eq!(curl_response(&[&url("/notes/9")], false).status, 404);

    let r = curl_response(&["-X", "DELETE", "-H", auth, &url("/notes/1")], false);
    assert_eq!(r.status, 204);
    let r = curl_response(&["-X", "DELETE", "-H", auth, &url("/notes/1")], false);
    assert_eq!((r.status, r.text().as_str()), (404, r#"{"error":"no note 1"}"#));
    let r = curl_response(&["-X", "PATCH", &url("/notes/1")], false);
    assert_eq!((r.status, r.header("allow")), (405, Some("GET, HEAD, DELETE")));
    assert_eq!(curl_response(&[&url("/notes")], false).text(), "2: call mum\n");

    let r = curl_response(&[&url("/stats")], false);
    assert!(r.text().starts_with("this worker has served "), "{}", r.text());
}
