//! An in-process test client: requests go through a [`Service`] — for an `app!` service, the
//! whole router, middleware chain, extractors and handler — without sockets. Responses are
//! serialised exactly as on a connection and parsed back, so tests see the real bytes.

use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::conn::output::{ConnHeader, Output};
use crate::http::Method;
use crate::reactor::Reactor;
use crate::request::OwnedRequest;
use crate::response::{Response, Status};
use crate::service::{Reply, ReplyState, Service};

/// Sends requests to a service in process.
///
/// ```
/// use chopin_rt::testing::TestClient;
/// use chopin_rt::{Reply, Request};
///
/// let client = TestClient::new(|req: &Request<'_>, reply: &mut Reply<'_>| {
///     reply.send(format!("you asked for {}", req.path()))
/// });
/// let res = client.get("/a/b").send();
/// assert_eq!(res.status(), 200);
/// assert_eq!(res.text(), "you asked for /a/b");
/// assert_eq!(res.header("content-type"), Some("text/plain; charset=utf-8"));
/// ```
pub struct TestClient<S> {
    svc: S,
    /// One event loop for the client's life, so tasks the service starts (a PostgreSQL
    /// pool's connections) live from one request to the next, as on a worker.
    reactor: Reactor,
}

impl<S: Service> TestClient<S> {
    /// Wraps a service (for `app!`, use the generated `App::test_client()`).
    pub fn new(svc: S) -> TestClient<S> {
        TestClient { svc, reactor: Reactor::new().expect("cannot create an epoll reactor") }
    }

    /// The service.
    pub fn service(&self) -> &S {
        &self.svc
    }

    /// A request with any method.
    pub fn request(&self, method: Method, target: &str) -> TestRequest<'_, S> {
        TestRequest { client: self, method, target: target.to_string(), headers: Vec::new(), body: Vec::new() }
    }
    /// A `GET`.
    pub fn get(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Get, target)
    }
    /// A `HEAD`.
    pub fn head(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Head, target)
    }
    /// A `POST`.
    pub fn post(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Post, target)
    }
    /// A `PUT`.
    pub fn put(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Put, target)
    }
    /// A `PATCH`.
    pub fn patch(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Patch, target)
    }
    /// A `DELETE`.
    pub fn delete(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Delete, target)
    }
    /// An `OPTIONS`.
    pub fn options(&self, target: &str) -> TestRequest<'_, S> {
        self.request(Method::Options, target)
    }
}

/// A request being built; [`send`](TestRequest::send) runs it.
pub struct TestRequest<'c, S> {
    client: &'c TestClient<S>,
    method: Method,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl<S: Service> TestRequest<'_, S> {
    /// Adds a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
    /// Sets the body (its `Content-Length` is implied).
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// Runs the request through the service — on the client's own event loop, as a worker
    /// would, async handlers as tasks — and returns the response as a client would read it.
    /// A panicking handler gives a 500.
    pub fn send(self) -> TestResponse {
        let reactor = &self.client.reactor;
        reactor.block_on(self.run())
    }

    async fn run(self) -> TestResponse {
        let head_only = self.method == Method::Head;
        let mut headers: Vec<(&str, &str)> = self.headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
            headers.push(("Host", "test"));
        }
        let owned = OwnedRequest::new(self.method, &self.target, &headers, &self.body);
        let req = owned.as_request();
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let date = crate::conn::output::date_line(now);
        let mut out = Output::default();
        let svc = &self.client.svc;
        let early = if self.body.is_empty() { None } else { catch_unwind(AssertUnwindSafe(|| svc.check_head(&req))).unwrap_or_else(|_| Some(Response::error(Status::INTERNAL_SERVER_ERROR, ""))) };
        if let Some(resp) = early {
            out.write_response(resp.close_connection(), &date, head_only, ConnHeader::Close, false);
        } else {
            let mut reply = Reply::new(&mut out, &date, head_only, ConnHeader::None, false);
            let mut ok = catch_unwind(AssertUnwindSafe(|| svc.call(&req, &mut reply))).is_ok();
            let mut state = std::mem::replace(&mut reply.state, ReplyState::Empty);
            drop(reply);
            // An async answer: the task runs on this reactor, then its value is sent as the
            // worker sends it (which may defer again).
            while let (true, ReplyState::Deferred(_)) = (ok, &state) {
                let ReplyState::Deferred(answer) = std::mem::replace(&mut state, ReplyState::Empty) else {
                    unreachable!("matched just above")
                };
                let task = crate::reactor::spawn(async move {
                    let mut answer = answer;
                    std::future::poll_fn(|cx| answer.poll_answer(cx)).await;
                    answer
                });
                let Ok(answer) = task.await else {
                    ok = false;
                    break;
                };
                let mut reply = Reply::new(&mut out, &date, head_only, ConnHeader::None, false);
                let r = &mut reply;
                ok = catch_unwind(AssertUnwindSafe(move || answer.send_and_free(r))).is_ok();
                state = std::mem::replace(&mut reply.state, ReplyState::Empty);
            }
            if !(ok && matches!(state, ReplyState::Sent)) {
                out = Output::default();
                out.write_response(Response::error(Status::INTERNAL_SERVER_ERROR, ""), &date, head_only, ConnHeader::None, false);
            }
        }
        let bytes = out.drain_to_vec().await.expect("reading a file body");
        TestResponse::parse(&bytes, head_only)
    }
}

/// A response as the client read it.
#[derive(Debug, Clone)]
pub struct TestResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    raw: Vec<u8>,
}

impl TestResponse {
    fn parse(raw: &[u8], head_only: bool) -> TestResponse {
        let end = memchr::memmem::find(raw, b"\r\n\r\n").expect("a response head") + 4;
        let head = std::str::from_utf8(&raw[..end]).expect("an ASCII head");
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or("");
        let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status code");
        let headers: Vec<(String, String)> = lines
            .filter(|l| !l.is_empty())
            .filter_map(|l| l.split_once(':').map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_string())))
            .collect();
        let rest = &raw[end..];
        let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v == "chunked");
        let body = if head_only {
            Vec::new()
        } else if chunked {
            let mut body = Vec::new();
            let mut p = rest;
            loop {
                let nl = memchr::memmem::find(p, b"\r\n").expect("a chunk size line");
                let n = usize::from_str_radix(std::str::from_utf8(&p[..nl]).unwrap(), 16).expect("a hex size");
                p = &p[nl + 2..];
                if n == 0 {
                    break;
                }
                body.extend_from_slice(&p[..n]);
                p = &p[n + 2..];
            }
            body
        } else {
            rest.to_vec()
        };
        TestResponse { status, headers, body, raw: raw.to_vec() }
    }

    /// The status code.
    pub fn status(&self) -> u16 {
        self.status
    }
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
    /// Every header, names lower-cased, in order.
    pub fn headers(&self) -> &[(String, String)] {
        &self.headers
    }
    /// The body (de-chunked).
    pub fn body(&self) -> &[u8] {
        &self.body
    }
    /// The body as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    /// The whole response as it would have gone on the wire.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }
}
