// An async handler may hold non-`Send` values (here an `Rc`) across an await: tasks never
// leave their worker thread.
use std::rc::Rc;
use std::time::Duration;

use chopin::{Reply, Request};

fn handler(_req: &Request<'_>, reply: &mut Reply<'_>) {
    let shared = Rc::new(String::from("per-worker"));
    reply.defer(async move {
        chopin::sleep(Duration::from_millis(1)).await;
        format!("{} {}", shared, Rc::strong_count(&shared))
    });
}

fn main() {
    let _ = chopin::Server::new(chopin::Config::default());
    let _: fn(&Request<'_>, &mut Reply<'_>) = handler;
}
