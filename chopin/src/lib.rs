//! # Chopin
//!
//! A Rust web framework in which a whole service is declared in one place and compiled into a
//! per-core HTTP/1.1 server: one worker thread per core, each with its own epoll loop,
//! `SO_REUSEPORT` listener, connection slab, timers and task executor.
//!
//! This crate is the facade users depend on. Today it exposes the runtime ([`Server`],
//! [`Service`], [`Request`], [`Response`], the executor) and the PostgreSQL client
//! ([`pg`]); the `app!` declaration macro is built on top of them.
//!
//! ```no_run
//! use chopin::{Config, Reply, Request, Server};
//!
//! fn main() -> std::io::Result<()> {
//!     let cfg = Config::default().from_env().expect("bad CHOPIN_* setting");
//!     Server::new(cfg).serve(|_worker| {
//!         |req: &Request<'_>, reply: &mut Reply<'_>| match req.path() {
//!             "/" => reply.send("Hello, World!"),
//!             _ => reply.send(chopin::Status::NOT_FOUND),
//!         }
//!     })
//! }
//! ```
//!
//! The guide follows (it is `docs/runtime.md`).
#![doc = include_str!("../docs/runtime.md")]

pub use chopin_rt::*;

/// The PostgreSQL client: the guide follows (it is `docs/postgres.md`).
pub mod pg {
    #![doc = include_str!("../docs/postgres.md")]
    pub use chopin_rt::pg::*;
}
