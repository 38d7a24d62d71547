//! The smallest Chopin service: `GET /` answers `Hello, World!` on port 8080 (or `PORT`).
//!
//! Run it with `cargo run --release --example hello`.

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

chopin::app! {
    server { bind: "0.0.0.0:8080" }

    GET "/" => hello;

    fn hello() -> &'static str {
        "Hello, World!"
    }
}

fn main() {
    if let Err(e) = App::serve() {
        eprintln!("hello: {e}");
        std::process::exit(1);
    }
}
