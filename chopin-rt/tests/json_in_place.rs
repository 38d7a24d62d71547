//! JSON answers are serialised straight into the connection's write buffer. On a warmed-up
//! keep-alive connection, answering with a large JSON body allocates nothing the size of that
//! body on the worker thread — for a sync handler's `Json`, for `Response::json` and for an
//! async handler's owned `Json` — while serialising into a `Vec` first (the control) does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chopin_rt::json::{self, Json, Serialize};
use chopin_rt::{Config, Reply, Request, Response, Server, Status};

/// Counts allocations of at least `LARGE` bytes made on a thread that marked itself a worker.
struct Counting;

const LARGE: usize = 64 * 1024;
static LARGE_ALLOCS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static ON_WORKER: Cell<bool> = const { Cell::new(false) };
}

fn note(size: usize) {
    if size >= LARGE && ON_WORKER.try_with(Cell::get).unwrap_or(false) {
        LARGE_ALLOCS.fetch_add(1, Ordering::SeqCst);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged; counting
// touches only an atomic and a const-initialised thread-local (neither allocates).
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: forwarded as received (the caller upholds `GlobalAlloc::alloc`'s contract).
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout` (every allocation goes there).
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        // SAFETY: as for `dealloc`; `new_size` is forwarded as received.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// `[0,1,…,n-1]`: a large JSON body from a value that owns no heap memory itself.
struct Count(u32);

impl Serialize for Count {
    fn write_json(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for i in 0..self.0 {
            if i > 0 {
                out.push(b',');
            }
            i.write_json(out);
        }
        out.push(b']');
    }
    fn json_size_hint(&self) -> usize {
        // At most five digits and a comma each: the reservation is never outgrown.
        self.0 as usize * 6 + 2
    }
}

/// About 170 KB of JSON: above `LARGE`, below the size at which an idle connection's output
/// buffer is shrunk (so a warmed-up connection reuses it).
const N: u32 = 30_000;

fn service(req: &Request<'_>, reply: &mut Reply<'_>) {
    match req.path() {
        "/sync" => reply.send(Json(Count(N))),
        "/response" => reply.send(Response::json(Count(N)).with_status(Status::CREATED)),
        "/async" => reply.defer(async { Json(Count(N)) }),
        // The control: the body passes through an intermediate `Vec`.
        "/vec" => reply.send(Response::json_bytes(json::to_vec(&Count(N)))),
        _ => reply.send(Status::NOT_FOUND),
    }
}

/// Sends `GET path` and returns the status line and body.
fn get(s: &mut TcpStream, path: &str) -> (String, Vec<u8>) {
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 65536];
    loop {
        let n = s.read(&mut chunk).unwrap();
        assert!(n > 0, "connection closed early");
        buf.extend_from_slice(&chunk[..n]);
        let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
        let len: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .expect("content-length")
            .parse()
            .unwrap();
        if buf.len() >= end + 4 + len {
            assert_eq!(buf.len(), end + 4 + len, "nothing beyond the response");
            let status = head.lines().next().unwrap().to_string();
            return (status, buf[end + 4..].to_vec());
        }
    }
}

/// Large allocations on the worker while answering `path` a second time on one connection.
fn large_allocs_when_warm(addr: std::net::SocketAddr, path: &str, status: &str) -> usize {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let want = json::to_vec(&Count(N));
    let (first, body) = get(&mut s, path);
    assert_eq!((first.as_str(), body.len()), (status, want.len()), "{path}");
    LARGE_ALLOCS.store(0, Ordering::SeqCst);
    let (second, body) = get(&mut s, path);
    let n = LARGE_ALLOCS.load(Ordering::SeqCst);
    assert_eq!(second, status, "{path}");
    assert!(body == want, "{path}: body differs");
    n
}

#[test]
fn json_bodies_are_written_in_place_without_an_intermediate_vec() {
    let mut cfg = Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 1;
    cfg.pin_workers = false;
    let server = Server::new(cfg)
        .start(|_| {
            ON_WORKER.with(|w| w.set(true));
            service
        })
        .unwrap();
    let addr = server.local_addr();
    assert_eq!(large_allocs_when_warm(addr, "/sync", "HTTP/1.1 200 OK"), 0, "sync Json");
    assert_eq!(large_allocs_when_warm(addr, "/response", "HTTP/1.1 201 Created"), 0, "Response::json");
    assert_eq!(large_allocs_when_warm(addr, "/async", "HTTP/1.1 200 OK"), 0, "async Json");
    // The control shows the measurement sees an intermediate buffer when there is one.
    assert!(large_allocs_when_warm(addr, "/vec", "HTTP/1.1 200 OK") >= 1, "json_bytes(to_vec(..))");
    server.shutdown();
    server.join().unwrap();
}
