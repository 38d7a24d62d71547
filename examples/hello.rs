//! The smallest Chopin service: `GET /` answers `Hello, World!` on port 8080 (or `PORT`).
//!
//! Run it with `cargo run --release --example hello`.

use chopin::{Config, Method, Reply, Request, Response, Server, Status};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn hello(req: &Request<'_>, reply: &mut Reply<'_>) {
    match (req.method(), req.path()) {
        (Method::Get | Method::Head, "/") => reply.send("Hello, World!"),
        (_, "/") => reply.send(
            Response::error(Status::METHOD_NOT_ALLOWED, "method not allowed").header("allow", "GET, HEAD"),
        ),
        _ => reply.send(Status::NOT_FOUND),
    }
}

fn main() {
    let cfg = match Config::default().from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("hello: {e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = Server::new(cfg).serve(|_worker| hello) {
        eprintln!("hello: {e}");
        std::process::exit(1);
    }
}
