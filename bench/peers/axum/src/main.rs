//! axum's TechEmpower server for bench/run: the `Router` served by hyper's HTTP/1 connection driver
//! with pipeline flushing, on one current-thread tokio runtime (one worker;
//! `WORKERS=N` for a multi-thread runtime), tokio-postgres through the shared pool. Reads `PORT`,
//! `DATABASE_URL`, `DB_POOL` and `WORKERS`.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::header::{CONTENT_TYPE, SERVER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use common::{HELLO, Message, Pool, query_count};
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

type Db = State<Arc<Pool>>;

fn json<T: serde::Serialize>(v: &T) -> Response {
    let body = serde_json::to_vec(v).expect("serialisable");
    ([(CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

fn fail<E: std::fmt::Display>(e: E) -> Response {
    eprintln!("db error: {e}");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

async fn plaintext() -> Response {
    ([(CONTENT_TYPE, HeaderValue::from_static("text/plain"))], HELLO).into_response()
}

async fn json_msg() -> Response {
    json(&Message { message: HELLO })
}

async fn db(State(pool): Db) -> Response {
    pool.world().await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn queries(State(pool): Db, RawQuery(q): RawQuery) -> Response {
    pool.worlds(query_count(q.as_deref())).await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn updates(State(pool): Db, RawQuery(q): RawQuery) -> Response {
    pool.update(query_count(q.as_deref())).await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn cached(State(pool): Db, RawQuery(q): RawQuery) -> Response {
    json(&pool.cached(query_count(q.as_deref())))
}

async fn fortunes(State(pool): Db) -> Response {
    match pool.fortunes().await {
        Ok(rows) => ([(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))], common::fortunes_page(rows))
            .into_response(),
        Err(e) => fail(e),
    }
}

async fn server_header(mut res: Response) -> Response {
    res.headers_mut().insert(SERVER, HeaderValue::from_static("axum"));
    res
}

fn main() {
    let port: u16 = common::port();
    let url = common::database_url();
    let workers: usize = common::workers();
    let rt = common::tokio_runtime(workers);
    rt.block_on(async move {
        let pool = Arc::new(Pool::connect(&url, Pool::size_from_env()).await.expect("connect to postgres"));
        let app = Router::new()
            .route("/plaintext", get(plaintext))
            .route("/json", get(json_msg))
            .route("/db", get(db))
            .route("/queries", get(queries))
            .route("/updates", get(updates))
            .route("/cached-queries", get(cached))
            .route("/fortunes", get(fortunes))
            .layer(axum::middleware::map_response(server_header))
            .with_state(pool);
        let listener = tokio::net::TcpListener::bind(("0.0.0.0", port)).await.expect("bind");
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            let _ = stream.set_nodelay(true);
            let svc = TowerToHyperService::new(app.clone());
            tokio::spawn(async move {
                let _ = http1::Builder::new().pipeline_flush(true).serve_connection(TokioIo::new(stream), svc).await;
            });
        }
    });
}
