//! Async handlers' answers on a real worker, over loopback: the value a future finishes with is
//! sent through `IntoResponse::send_to` when the connection takes it (a `Json` value straight
//! into the write buffer), byte for byte what the same value from a sync handler gives; HEAD,
//! statuses, errors and pipelining keep their rules; a value whose serialisation panics is a
//! 500 and the worker goes on. The connection polls its handler's future itself: a client that
//! resets drops it, and a future that keeps waking itself does not keep the worker from
//! serving other connections.

mod common;

use std::future::Future;
use std::io::Write;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use chopin::json::{Json, Serialize};
use chopin::Status;
use common::{exchange, parse_responses_with};

#[derive(chopin::Serialize)]
struct World {
    id: i32,
    #[serde(rename = "randomNumber")]
    random_number: i32,
}

/// A value whose serialisation panics halfway (after writing part of the body).
struct Exploding;

impl Serialize for Exploding {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"partial\":");
        panic!("serialising Exploding");
    }
}

/// Set when the future of `/hang` is dropped.
static HANG_DROPPED: AtomicBool = AtomicBool::new(false);
/// Polls of `/spin` so far.
static SPINS: AtomicU64 = AtomicU64::new(0);

/// Sets [`HANG_DROPPED`] when dropped.
struct DropFlag;

impl Drop for DropFlag {
    fn drop(&mut self) {
        HANG_DROPPED.store(true, Ordering::SeqCst);
    }
}

/// Ready after `left` polls, waking itself after each of the others (a future that yields).
struct Spin {
    left: u64,
}

impl Future for Spin {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        SPINS.fetch_add(1, Ordering::SeqCst);
        if self.left == 0 {
            return Poll::Ready(());
        }
        self.left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

chopin::app! {
    server { bind: "127.0.0.1:0", workers: 1 }

    GET "/sync" => sync_world;
    GET "/async" => async_world;
    GET "/async-created" => async_created;
    GET "/async-missing" => async_missing;
    GET "/async-err/:n" => async_err;
    GET "/async-explodes" => async_explodes;
    GET "/async-text" => async_text;
    GET "/hang" => hang;
    GET "/hang-dropped" => hang_dropped;
    GET "/spin/:n" => spin;

    fn sync_world() -> Json<World> {
        Json(World { id: 42, random_number: 7_031 })
    }

    async fn async_world() -> Json<World> {
        chopin::sleep(Duration::from_millis(1)).await;
        Json(World { id: 42, random_number: 7_031 })
    }

    async fn async_created() -> (Status, Json<Vec<i32>>) {
        (Status::CREATED, Json(vec![1, 2, 3]))
    }

    async fn async_missing() -> Option<Json<i32>> {
        None
    }

    async fn async_err(n: u32) -> Result<Json<u32>, Status> {
        if n > 10 { Err(Status::BAD_REQUEST) } else { Ok(Json(n * 2)) }
    }

    async fn async_explodes() -> Json<Exploding> {
        Json(Exploding)
    }

    async fn async_text() -> String {
        "from a task".to_string()
    }

    async fn hang() -> &'static str {
        let _flag = DropFlag;
        chopin::sleep(Duration::from_secs(600)).await;
        "woke up"
    }

    fn hang_dropped() -> &'static str {
        if HANG_DROPPED.load(Ordering::SeqCst) { "dropped" } else { "alive" }
    }

    async fn spin(n: u64) -> String {
        Spin { left: n }.await;
        format!("spun {n}")
    }
}

fn config() -> chopin::Config {
    common::one_worker_config()
}

fn get(path: &str) -> String {
    String::from_utf8(common::get(path)).expect("ASCII")
}

fn get_close(path: &str) -> String {
    String::from_utf8(common::get_close(path)).expect("ASCII")
}

/// A connection to `addr` on which `requests` were written.
fn send(addr: std::net::SocketAddr, requests: &str) -> std::net::TcpStream {
    let mut s = common::raw_connect(addr);
    s.write_all(requests.as_bytes()).expect("write");
    s
}

/// The response's bytes without its `Date` line (which may differ by a second).
fn without_date(raw: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(raw);
    text.split("\r\n").filter(|l| !l.starts_with("Date: ")).collect::<Vec<_>>().join("\r\n").into_bytes()
}

#[test]
fn async_answers_are_the_bytes_of_sync_answers() {
    let server = App::start(config()).expect("start");
    let addr = server.local_addr();
    let limit = Duration::from_secs(2);

    let sync = exchange(addr, get_close("/sync").as_bytes(), limit);
    let asynchronous = exchange(addr, get_close("/async").as_bytes(), limit);
    assert_eq!(without_date(&asynchronous.bytes), without_date(&sync.bytes));
    let r = &parse_responses_with(&asynchronous.bytes, &[])[0];
    assert_eq!(r.body, br#"{"id":42,"randomNumber":7031}"#);

    // Pipelined, every kind of answer in one write: in order, each with its own framing.
    let paths = ["/async", "/async", "/async-created", "/async-missing", "/async-err/4", "/async-err/11", "/async-text", "/sync"];
    let mut burst = String::new();
    for (i, p) in paths.iter().enumerate() {
        let method = if i == 1 { "HEAD" } else { "GET" };
        burst.push_str(&get(p).replacen("GET", method, 1));
    }
    burst.push_str(&get_close("/sync"));
    let ex = exchange(addr, burst.as_bytes(), limit);
    let head_only: Vec<bool> = (0..=paths.len()).map(|i| i == 1).collect();
    let rs = parse_responses_with(&ex.bytes, &head_only);
    let got: Vec<(u16, Vec<u8>)> = rs.iter().map(|r| (r.status, r.body.clone())).collect();
    let world = br#"{"id":42,"randomNumber":7031}"#.to_vec();
    assert_eq!(
        got,
        vec![
            (200, world.clone()),
            (200, Vec::new()),
            (201, b"[1,2,3]".to_vec()),
            (404, b"not found".to_vec()),
            (200, b"8".to_vec()),
            (400, b"Bad Request".to_vec()),
            (200, b"from a task".to_vec()),
            (200, world.clone()),
            (200, world),
        ]
    );
    // HEAD: the GET's headers, the length of the body it would have had.
    assert_eq!(rs[1].header("content-length"), Some("29"));
    assert_eq!(rs[1].header("content-type"), Some("application/json"));
    assert_eq!(rs[2].header("content-type"), Some("application/json"));
    assert_eq!(rs[6].header("content-type"), Some("text/plain; charset=utf-8"));
    assert!(ex.closed(), "the last request asked to close");
    server.shutdown();
}

#[test]
fn a_panic_while_sending_an_async_answer_is_a_500_and_the_worker_goes_on() {
    let server = App::start(config()).expect("start");
    let addr = server.local_addr();
    let burst = format!("{}{}", get("/async-explodes"), get_close("/async"));
    let ex = exchange(addr, burst.as_bytes(), Duration::from_secs(2));
    let rs = parse_responses_with(&ex.bytes, &[]);
    assert_eq!(rs.len(), 2, "{}", ex.text());
    assert_eq!(rs[0].status, 500);
    assert!(!String::from_utf8_lossy(&rs[0].body).contains("Exploding"), "no internal text in a 5xx body");
    assert!(!ex.text().contains("partial"), "the half-written body was taken back");
    assert_eq!((rs[1].status, rs[1].body.as_slice()), (200, &br#"{"id":42,"randomNumber":7031}"#[..]));
    // A new connection is served by the same worker.
    let again = exchange(addr, get_close("/async-err/3").as_bytes(), Duration::from_secs(2));
    assert_eq!(parse_responses_with(&again.bytes, &[])[0].body, b"6");
    server.shutdown();
}

#[test]
fn a_client_that_resets_drops_its_handlers_future() {
    let server = App::start(config()).expect("start");
    let addr = server.local_addr();
    // `/sync` is answered at once and its response left unread, so that closing the socket
    // resets the connection (a plain FIN could be a half-close, after which the client may
    // still read the answer it waits for).
    let s = send(addr, &format!("{}{}", get("/sync"), get("/hang")));
    // Both requests were taken (one answered, one waiting) once the worker answers a later
    // connection.
    let check = exchange(addr, get_close("/hang-dropped").as_bytes(), Duration::from_secs(2));
    assert_eq!(parse_responses_with(&check.bytes, &[])[0].body, b"alive");
    drop(s);
    let mut answer = Vec::new();
    for _ in 0..200 {
        let ex = exchange(addr, get_close("/hang-dropped").as_bytes(), Duration::from_secs(2));
        answer = parse_responses_with(&ex.bytes, &[])[0].body.clone();
        if answer == b"dropped" {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(answer, b"dropped", "the future of a closed connection was dropped");
    server.shutdown();
}

#[test]
fn a_future_that_keeps_waking_itself_does_not_starve_other_connections() {
    let server = App::start(config()).expect("start");
    let addr = server.local_addr();
    // Millions of polls: the worker goes back to its event loop between batches of them.
    let n = 5_000_000u64;
    let mut spinner = send(addr, &get_close(&format!("/spin/{n}")));
    while SPINS.load(Ordering::SeqCst) == 0 {
        std::thread::sleep(Duration::from_millis(1));
    }
    let other = exchange(addr, get_close("/sync").as_bytes(), Duration::from_secs(5));
    assert_eq!(parse_responses_with(&other.bytes, &[])[0].body, br#"{"id":42,"randomNumber":7031}"#);
    let polls_when_served = SPINS.load(Ordering::SeqCst);
    assert!(polls_when_served <= n, "another connection was answered while the future was still spinning");
    let done = common::read_until_end(&mut spinner, Duration::from_secs(60));
    let rs = parse_responses_with(&done.bytes, &[]);
    assert_eq!(rs[0].body, format!("spun {n}").as_bytes());
    assert_eq!(SPINS.load(Ordering::SeqCst), n + 1);
    server.shutdown();
}

#[test]
fn a_client_that_half_closes_still_gets_its_async_answer() {
    let server = App::start(config()).expect("start");
    let addr = server.local_addr();
    let mut s = send(addr, &get("/async"));
    // FIN right after the request: the client reads on.
    s.shutdown(std::net::Shutdown::Write).expect("half-close");
    let ex = common::read_until_end(&mut s, Duration::from_secs(2));
    let rs = parse_responses_with(&ex.bytes, &[]);
    assert_eq!((rs[0].status, rs[0].body.as_slice()), (200, &br#"{"id":42,"randomNumber":7031}"#[..]));
    assert!(ex.closed(), "the server closes once the client's half is done and answered");
    server.shutdown();
}
