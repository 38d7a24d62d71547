//! hyper's TechEmpower server for bench/run: hyper's HTTP/1 connection driver on one
//! current-thread tokio runtime (one worker; `WORKERS=N` for a multi-thread runtime), each
//! connection a task, tokio-postgres through the shared pool. Reads `PORT`, `DATABASE_URL`,
//! `DB_POOL` and `WORKERS`.

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use common::{HELLO, Message, Pool, query_count};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, SERVER};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn respond(status: StatusCode, ctype: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let len = body.len();
    let mut res = Response::new(Full::new(body));
    *res.status_mut() = status;
    let h = res.headers_mut();
    h.insert(SERVER, HeaderValue::from_static("hyper"));
    h.insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    h.insert(CONTENT_LENGTH, HeaderValue::from(len));
    res
}

fn json<T: serde::Serialize>(v: &T) -> Response<Full<Bytes>> {
    respond(StatusCode::OK, "application/json", serde_json::to_vec(v).expect("serialisable").into())
}

fn fail<E: std::fmt::Display>(e: E) -> Response<Full<Bytes>> {
    eprintln!("db error: {e}");
    respond(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", Bytes::new())
}

async fn handle(pool: Arc<Pool>, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let q = req.uri().query();
    Ok(match req.uri().path() {
        "/plaintext" => respond(StatusCode::OK, "text/plain", Bytes::from_static(HELLO.as_bytes())),
        "/json" => json(&Message { message: HELLO }),
        "/db" => pool.world().await.map(|w| json(&w)).unwrap_or_else(fail),
        "/queries" => pool.worlds(query_count(q)).await.map(|w| json(&w)).unwrap_or_else(fail),
        "/updates" => pool.update(query_count(q)).await.map(|w| json(&w)).unwrap_or_else(fail),
        "/cached-queries" => json(&pool.cached(query_count(q))),
        "/fortunes" => match pool.fortunes().await {
            Ok(rows) => respond(StatusCode::OK, "text/html; charset=utf-8", common::fortunes_page(rows).into()),
            Err(e) => fail(e),
        },
        _ => respond(StatusCode::NOT_FOUND, "text/plain", Bytes::new()),
    })
}

fn main() {
    let port: u16 = common::port();
    let url = common::database_url();
    let workers: usize = common::workers();
    let rt = common::tokio_runtime(workers);
    rt.block_on(async move {
        let pool = Arc::new(Pool::connect(&url, Pool::size_from_env()).await.expect("connect to postgres"));
        let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await.expect("bind");
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            let _ = stream.set_nodelay(true);
            let pool = pool.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req| handle(pool.clone(), req));
                let _ = http1::Builder::new().pipeline_flush(true).serve_connection(TokioIo::new(stream), svc).await;
            });
        }
    });
}
