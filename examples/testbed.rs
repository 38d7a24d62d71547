//! One service that exercises every runtime behaviour; the integration tests start it.
//!
//! - `GET /plaintext` → `Hello, World!`
//! - `GET /json` → `{"message":"Hello, World!"}`
//! - `POST /echo` → the request body
//! - `GET /panic` → the handler panics (the client gets a 500, the worker lives on)
//! - `GET /panic/async` → an async handler panics after an await (also a 500)
//! - `GET /sleep/:ms` → an async handler sleeps `ms` milliseconds, then answers `slept`
//! - `GET /stream` → 1 MiB, chunked, in 64 pieces pulled as the socket drains
//! - `GET /big` → an 8 MiB body
//! - `GET /files/*path` → files under `STATIC_DIR` (sendfile, ranges, conditional requests)
//!
//! `PORT` sets the port (default 8080); every `CHOPIN_*` knob applies.

use std::time::Duration;

use chopin::files::StaticDir;
use chopin::router::Context;
use chopin::{Body, Json, Response, Status};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The 8 MiB body, built once per process and shared as static bytes (never copied).
fn big() -> &'static [u8] {
    static BIG: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BIG.get_or_init(|| (0..8 * 1024 * 1024).map(|i| b'a' + (i % 26) as u8).collect())
}

#[derive(chopin::Serialize)]
struct Message {
    message: &'static str,
}

/// The directory named by `STATIC_DIR`, if any (opened once, shared by the workers).
struct Files(Option<StaticDir>);

impl Files {
    fn from_env() -> Files {
        Files(std::env::var_os("STATIC_DIR").map(|d| StaticDir::open(d).expect("STATIC_DIR checked in main")))
    }
}

chopin::app! {
    server { bind: "0.0.0.0:8080" }
    state {
        shared files: Files = Files::from_env();
    }

    GET "/plaintext" => plaintext;
    GET "/json" => json;
    POST "/echo" => echo;
    GET "/panic" => panic;
    GET "/panic/async" => panic_async;
    GET "/sleep/:ms" => sleep;
    GET "/stream" => stream;
    GET "/big" => big_body;
    GET "/files/*path" => file;

    fn plaintext() -> &'static str {
        "Hello, World!"
    }

    fn json() -> Json<Message> {
        Json(Message { message: "Hello, World!" })
    }

    fn echo(body: &[u8]) -> Response {
        Response::bytes(body.to_vec())
    }

    fn panic() -> &'static str {
        panic!("testbed: /panic panics on purpose")
    }

    async fn panic_async() -> &'static str {
        chopin::sleep(Duration::from_millis(1)).await;
        if true {
            panic!("testbed: /panic/async panics on purpose");
        }
        "unreachable"
    }

    async fn sleep(ms: u64) -> &'static str {
        chopin::sleep(Duration::from_millis(ms)).await;
        "slept"
    }

    fn stream() -> Response {
        Response::new(Status::OK)
            .content_type("application/octet-stream")
            .body(Body::from_chunks((0..64u8).map(|i| vec![b'a' + i % 26; 16 * 1024])))
    }

    fn big_body() -> Response {
        Response::bytes(big())
    }

    fn file(cx: &Context<'_>, files: &Files, path: &str) -> Response {
        match &files.0 {
            Some(dir) => dir.serve(cx, path),
            None => Response::error(Status::NOT_FOUND, "STATIC_DIR is not set"),
        }
    }
}

fn main() {
    if let Some(d) = std::env::var_os("STATIC_DIR")
        && let Err(e) = StaticDir::open(&d)
    {
        eprintln!("testbed: cannot open STATIC_DIR {}: {e}", d.to_string_lossy());
        std::process::exit(2);
    }
    let cfg = match App::config().from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("testbed: {e}");
            std::process::exit(2);
        }
    };
    big();
    if let Err(e) = App::serve_with(cfg) {
        eprintln!("testbed: {e}");
        std::process::exit(1);
    }
}
