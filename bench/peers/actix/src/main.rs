//! actix-web's TechEmpower server for bench/run: `HttpServer` with one worker, the pool built
//! by the worker's own data factory (its connections live on that worker's runtime),
//! tokio-postgres through the shared pool. Reads `PORT`, `DATABASE_URL`, `DB_POOL` and
//! `WORKERS` (default 1).

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderValue, SERVER};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use common::{HELLO, Message, Pool, query_count};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn respond(status: StatusCode, ctype: &'static str, body: Vec<u8>) -> HttpResponse {
    let mut res = HttpResponse::with_body(status, body);
    let h = res.headers_mut();
    h.insert(SERVER, HeaderValue::from_static("actix"));
    h.insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    res.map_into_boxed_body()
}

fn json<T: serde::Serialize>(v: &T) -> HttpResponse {
    respond(StatusCode::OK, "application/json", serde_json::to_vec(v).expect("serialisable"))
}

fn fail<E: std::fmt::Display>(e: E) -> HttpResponse {
    eprintln!("db error: {e}");
    respond(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", Vec::new())
}

async fn plaintext() -> HttpResponse {
    respond(StatusCode::OK, "text/plain", HELLO.as_bytes().to_vec())
}

async fn json_msg() -> HttpResponse {
    json(&Message { message: HELLO })
}

async fn db(pool: web::Data<Pool>) -> HttpResponse {
    pool.world().await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn queries(pool: web::Data<Pool>, req: HttpRequest) -> HttpResponse {
    pool.worlds(query_count(Some(req.query_string()))).await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn updates(pool: web::Data<Pool>, req: HttpRequest) -> HttpResponse {
    pool.update(query_count(Some(req.query_string()))).await.map(|w| json(&w)).unwrap_or_else(fail)
}

async fn cached(pool: web::Data<Pool>, req: HttpRequest) -> HttpResponse {
    json(&pool.cached(query_count(Some(req.query_string()))))
}

async fn fortunes(pool: web::Data<Pool>) -> HttpResponse {
    match pool.fortunes().await {
        Ok(rows) => respond(StatusCode::OK, "text/html; charset=utf-8", common::fortunes_page(rows).into_bytes()),
        Err(e) => fail(e),
    }
}

fn main() -> std::io::Result<()> {
    let port: u16 = common::port();
    let url = common::database_url();
    actix_rt::System::new().block_on(
        HttpServer::new(move || {
            let url = url.clone();
            App::new()
                .data_factory(move || {
                    let url = url.clone();
                    async move { Pool::connect(&url, Pool::size_from_env()).await }
                })
                .route("/plaintext", web::get().to(plaintext))
                .route("/json", web::get().to(json_msg))
                .route("/db", web::get().to(db))
                .route("/queries", web::get().to(queries))
                .route("/updates", web::get().to(updates))
                .route("/cached-queries", web::get().to(cached))
                .route("/fortunes", web::get().to(fortunes))
        })
        .workers(common::workers())
        .backlog(4096)
        .bind(("0.0.0.0", port))?
        .run(),
    )
}
