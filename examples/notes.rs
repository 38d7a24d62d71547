//! A small notes API that shows scopes, middleware and state in `app!`.
//!
//! - `GET /` → what this service is
//! - `GET /stats` → how many requests this worker has served (per-worker state)
//! - `GET /notes` → every note, one `id: text` per line
//! - `GET /notes/:id` → one note (404 when there is none)
//! - `POST /notes` → adds the body as a note (bearer token; at most 4 KiB) → `201` with its id
//! - `DELETE /notes/:id` → removes a note (bearer token)
//!
//! Every response carries `x-request-id` (per worker) and `server-timing`. The token is
//! `NOTES_TOKEN` (default `secret`). Run: `cargo run --release --example notes`, then
//! `curl -H 'authorization: Bearer secret' -d 'buy milk' localhost:8080/notes`.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use chopin::router::{Context, Error};
use chopin::{Response, Status};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The notes, shared by every worker.
#[derive(Default)]
struct Notes {
    next: Mutex<(u64, BTreeMap<u64, String>)>,
}

/// The bearer token writes need.
struct Token(String);

/// Per-worker request numbering.
struct Served(Cell<u64>);

chopin::app! {
    server { bind: "0.0.0.0:8080", max_body: 64 KiB }
    state {
        worker served: Served = Served(Cell::new(0));
        shared notes: Notes = Notes::default();
        shared token: Token = Token(std::env::var("NOTES_TOKEN").unwrap_or_else(|_| "secret".into()));
    }
    middleware [request_id, timing];

    GET "/" => index;
    GET "/stats" => stats;
    scope "/notes" {
        GET "/" => list;
        GET "/:id" => show;
        POST "/" => create [require_token, body_limit(4 KiB)];
        DELETE "/:id" => delete [require_token];
    }

    fn index() -> &'static str {
        "notes: GET /notes, GET /notes/:id, POST /notes, DELETE /notes/:id\n"
    }

    fn stats(served: &Served) -> String {
        format!("this worker has served {} requests\n", served.0.get())
    }

    fn list(notes: &Notes) -> String {
        let guard = notes.next.lock().unwrap_or_else(|p| p.into_inner());
        guard.1.iter().map(|(id, text)| format!("{id}: {text}\n")).collect()
    }

    fn show(id: u64, notes: &Notes) -> Option<String> {
        let guard = notes.next.lock().unwrap_or_else(|p| p.into_inner());
        guard.1.get(&id).map(|t| format!("{t}\n"))
    }

    fn create(body: &str, notes: &Notes) -> Result<(Status, String), Error> {
        let text = body.trim();
        if text.is_empty() {
            return Err(Error::bad_request("a note needs some text"));
        }
        let mut guard = notes.next.lock().unwrap_or_else(|p| p.into_inner());
        guard.0 += 1;
        let id = guard.0;
        guard.1.insert(id, text.to_string());
        Ok((Status::CREATED, format!("{id}\n")))
    }

    fn delete(id: u64, notes: &Notes) -> Result<Status, Error> {
        let mut guard = notes.next.lock().unwrap_or_else(|p| p.into_inner());
        match guard.1.remove(&id) {
            Some(_) => Ok(Status::NO_CONTENT),
            None => Err(Error::not_found(format!("no note {id}"))),
        }
    }

    /// Numbers requests per worker and returns the number in `x-request-id`.
    fn request_id(served: &Served) -> impl FnOnce(&mut Response) + use<> {
        let n = served.0.get() + 1;
        served.0.set(n);
        move |r: &mut Response| {
            r.add_header("x-request-id", n);
        }
    }

    /// Reports the time spent in the application in `server-timing`.
    fn timing() -> impl FnOnce(&mut Response) {
        let start = Instant::now();
        move |r: &mut Response| {
            let us = start.elapsed().as_micros();
            r.add_header("server-timing", format!("app;dur={}.{:03}", us / 1000, us % 1000));
        }
    }

    /// Writes need `Authorization: Bearer <NOTES_TOKEN>`.
    fn require_token(cx: &Context<'_>, token: &Token) -> Result<(), Error> {
        match cx.header_str("authorization").and_then(|v| v.strip_prefix("Bearer ")) {
            Some(t) if t == token.0 => Ok(()),
            Some(_) => Err(Error::forbidden("wrong token")),
            None => Err(Error::unauthorized("send `Authorization: Bearer <token>`")),
        }
    }
}

fn main() {
    if let Err(e) = App::serve() {
        eprintln!("notes: {e}");
        std::process::exit(1);
    }
}
