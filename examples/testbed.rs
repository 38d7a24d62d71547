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
use chopin::{Body, Config, Method, Reply, Request, Response, Server, Service, Status};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The 8 MiB body, built once per process and shared as static bytes (never copied).
fn big() -> &'static [u8] {
    static BIG: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BIG.get_or_init(|| (0..8 * 1024 * 1024).map(|i| b'a' + (i % 26) as u8).collect())
}

#[derive(serde::Serialize)]
struct Message {
    message: &'static str,
}

enum Route<'a> {
    Plaintext,
    Json,
    Echo,
    Panic,
    PanicAsync,
    Sleep(&'a str),
    Stream,
    Big,
    Files(&'a str),
}

/// Resolves a request to a route, or to the 404/405 answer.
#[expect(clippy::result_large_err, reason = "the error is the response to send, returned once to the caller")]
fn route<'a>(req: &Request<'a>) -> Result<Route<'a>, Response> {
    let path = req.path();
    let (route, allow) = match path {
        "/plaintext" => (Route::Plaintext, "GET, HEAD"),
        "/json" => (Route::Json, "GET, HEAD"),
        "/echo" => (Route::Echo, "POST"),
        "/panic" => (Route::Panic, "GET, HEAD"),
        "/panic/async" => (Route::PanicAsync, "GET, HEAD"),
        "/stream" => (Route::Stream, "GET, HEAD"),
        "/big" => (Route::Big, "GET, HEAD"),
        _ => match (path.strip_prefix("/sleep/"), path.strip_prefix("/files/")) {
            (Some(ms), _) if !ms.is_empty() && !ms.contains('/') => (Route::Sleep(ms), "GET, HEAD"),
            (_, Some(rest)) => (Route::Files(rest), "GET, HEAD"),
            _ => return Err(Response::error(Status::NOT_FOUND, "not found")),
        },
    };
    let ok = match req.method() {
        Method::Get | Method::Head => allow.starts_with("GET"),
        Method::Post => allow == "POST",
        _ => false,
    };
    if ok {
        Ok(route)
    } else {
        Err(Response::error(Status::METHOD_NOT_ALLOWED, "method not allowed").header("allow", allow))
    }
}

struct Testbed {
    files: Option<StaticDir>,
}

impl Service for Testbed {
    fn call(&self, req: &Request<'_>, reply: &mut Reply<'_>) {
        match route(req) {
            Err(resp) => reply.send(resp),
            Ok(Route::Plaintext) => reply.send("Hello, World!"),
            Ok(Route::Json) => reply.send(Response::json_bytes(
                serde_json::to_vec(&Message { message: "Hello, World!" }).expect("serialisable"),
            )),
            Ok(Route::Echo) => reply.send(Response::bytes(req.body().to_vec())),
            Ok(Route::Panic) => panic!("testbed: /panic panics on purpose"),
            Ok(Route::PanicAsync) => reply.defer(async {
                chopin::sleep(Duration::from_millis(1)).await;
                if true {
                    panic!("testbed: /panic/async panics on purpose");
                }
                "unreachable"
            }),
            Ok(Route::Big) => reply.send(Response::bytes(big())),
            Ok(Route::Stream) => reply.send(
                Response::new(Status::OK)
                    .content_type("application/octet-stream")
                    .body(Body::from_chunks((0..64u8).map(|i| vec![b'a' + i % 26; 16 * 1024]))),
            ),
            Ok(Route::Sleep(ms)) => match ms.parse::<u64>() {
                Ok(ms) => reply.defer(async move {
                    chopin::sleep(Duration::from_millis(ms)).await;
                    "slept"
                }),
                Err(_) => reply.send(Response::error(
                    Status::BAD_REQUEST,
                    "path parameter `ms` is not a number of milliseconds",
                )),
            },
            Ok(Route::Files(rest)) => match &self.files {
                Some(dir) => reply.send(dir.serve(req, rest)),
                None => reply.send(Response::error(Status::NOT_FOUND, "STATIC_DIR is not set")),
            },
        }
    }

    fn check_head(&self, req: &Request<'_>) -> Option<Response> {
        route(req).err()
    }
}

fn main() {
    let cfg = match Config::default().from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("testbed: {e}");
            std::process::exit(2);
        }
    };
    let static_dir = std::env::var_os("STATIC_DIR");
    if let Some(d) = &static_dir
        && let Err(e) = StaticDir::open(d) {
            eprintln!("testbed: cannot open STATIC_DIR {}: {e}", d.to_string_lossy());
            std::process::exit(2);
        }
    big();
    let result = Server::new(cfg).serve(move |_worker| Testbed {
        files: static_dir.as_ref().map(|d| StaticDir::open(d).expect("STATIC_DIR opened at start")),
    });
    if let Err(e) = result {
        eprintln!("testbed: {e}");
        std::process::exit(1);
    }
}
