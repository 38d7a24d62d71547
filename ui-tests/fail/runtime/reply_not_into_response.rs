// A handler's answer must implement `IntoResponse`.
use chopin::{Reply, Request};

struct User {
    id: u32,
}

fn handler(_req: &Request<'_>, reply: &mut Reply<'_>) {
    reply.send(User { id: 1 });
}

fn main() {
    let _: fn(&Request<'_>, &mut Reply<'_>) = handler;
}
