//! xitca-web's TechEmpower server for bench/run: one worker thread, per-worker state built by
//! `with_async_state`, xitca-postgres clients (pipelined, round-robin). Reads `PORT`,
//! `DATABASE_URL`, `DB_POOL` and `WORKERS` (default 1).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::future::IntoFuture;
use std::rc::Rc;

use common::{Fortune, HELLO, Message, World, query_count, random_id};
use xitca_postgres::iter::AsyncLendingIterator;
use xitca_postgres::types::{ToSql, Type};
use xitca_postgres::{Client, Execute, Postgres, Statement};
use xitca_web::error::Error;
use xitca_web::http::header::{CONTENT_TYPE, HeaderValue, SERVER};
use xitca_web::http::{StatusCode, WebResponse};
use xitca_web::route::get;
use xitca_web::service::fn_service;
use xitca_web::{App, WebContext};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Conn {
    cli: Client,
    world: Statement,
    fortune: Statement,
    updates: RefCell<HashMap<usize, Rc<Statement>>>,
}

/// One worker's database state: its clients, and the world table for `/cached-queries`.
struct Db {
    conns: Vec<Conn>,
    next: Cell<usize>,
    cache: Vec<World>,
}

type DbError = Box<dyn std::error::Error>;

impl Db {
    async fn connect() -> Result<Db, DbError> {
        let url = common::database_url();
        let size: usize = common::db_pool_size();
        let mut conns = Vec::new();
        for _ in 0..size.max(1) {
            let (cli, drv) = Postgres::new(url.clone()).connect().await?;
            tokio::spawn(drv.into_future());
            let world = Statement::named("SELECT id, randomnumber FROM world WHERE id = $1", &[Type::INT4])
                .execute(&cli)
                .await?
                .leak();
            let fortune = Statement::named("SELECT id, message FROM fortune", &[]).execute(&cli).await?.leak();
            conns.push(Conn { cli, world, fortune, updates: RefCell::new(HashMap::new()) });
        }
        let mut cache = vec![World { id: 0, randomnumber: 0 }; 10_001];
        {
            let c = &conns[0];
            let all = Statement::named("SELECT id, randomnumber FROM world", &[]).execute(&c.cli).await?;
            let mut rows = all.bind_none().query(&c.cli).await?;
            while let Some(row) = rows.try_next().await? {
                let w = World { id: row.get(0), randomnumber: row.get(1) };
                if let Some(slot) = cache.get_mut(w.id as usize) {
                    *slot = w;
                }
            }
        }
        Ok(Db { conns, next: Cell::new(0), cache })
    }

    fn conn(&self) -> &Conn {
        let i = self.next.get();
        self.next.set(i.wrapping_add(1));
        &self.conns[i % self.conns.len()]
    }

    async fn worlds(&self, n: usize) -> Result<Vec<World>, DbError> {
        let c = self.conn();
        // Every query is written to the connection before the first answer is awaited.
        let pending: Vec<_> = (0..n).map(|_| c.world.bind([random_id()]).query(&c.cli)).collect();
        let mut out = Vec::with_capacity(n);
        for p in pending {
            let mut rows = p.await?;
            let row = rows.try_next().await?.ok_or("world row missing")?;
            out.push(World { id: row.get(0), randomnumber: row.get(1) });
        }
        Ok(out)
    }

    async fn update(&self, n: usize) -> Result<Vec<World>, DbError> {
        let mut worlds = self.worlds(n).await?;
        for w in &mut worlds {
            w.randomnumber = random_id();
        }
        let mut sorted = worlds.clone();
        sorted.sort_unstable_by_key(|w| w.id);
        sorted.dedup_by_key(|w| w.id);
        let c = self.conn();
        let cached = c.updates.borrow().get(&sorted.len()).cloned();
        let stmt = match cached {
            Some(s) => s,
            None => {
                let sql = common::update_sql(sorted.len());
                let types = vec![Type::INT4; sorted.len() * 2];
                let s = Rc::new(Statement::named(&sql, &types).execute(&c.cli).await?.leak());
                c.updates.borrow_mut().insert(sorted.len(), s.clone());
                s
            }
        };
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(sorted.len() * 2);
        for w in &sorted {
            params.push(&w.id);
            params.push(&w.randomnumber);
        }
        stmt.bind_dyn(&params).execute(&c.cli).await?;
        for w in &mut worlds {
            if let Ok(i) = sorted.binary_search_by_key(&w.id, |s| s.id) {
                w.randomnumber = sorted[i].randomnumber;
            }
        }
        Ok(worlds)
    }

    async fn fortunes(&self) -> Result<Vec<Fortune>, DbError> {
        let c = self.conn();
        let mut rows = c.fortune.bind_none().query(&c.cli).await?;
        let mut out = Vec::with_capacity(13);
        while let Some(row) = rows.try_next().await? {
            out.push(Fortune { id: row.get(0), message: row.get::<String>(1) });
        }
        Ok(out)
    }
}

fn respond(ctx: WebContext<'_, Db>, status: StatusCode, ctype: &'static str, body: Vec<u8>) -> WebResponse {
    let mut res = ctx.into_response(body);
    *res.status_mut() = status;
    res.headers_mut().insert(SERVER, HeaderValue::from_static("xitca-web"));
    res.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    res
}

fn json<T: serde::Serialize>(ctx: WebContext<'_, Db>, v: &T) -> WebResponse {
    respond(ctx, StatusCode::OK, "application/json", serde_json::to_vec(v).expect("serialisable"))
}

fn fail(ctx: WebContext<'_, Db>, e: DbError) -> WebResponse {
    eprintln!("db error: {e}");
    respond(ctx, StatusCode::INTERNAL_SERVER_ERROR, "text/plain", Vec::new())
}

fn count(ctx: &WebContext<'_, Db>) -> usize {
    query_count(ctx.req().uri().query())
}

async fn plaintext(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    Ok(respond(ctx, StatusCode::OK, "text/plain", HELLO.as_bytes().to_vec()))
}

async fn json_msg(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    Ok(json(ctx, &Message { message: HELLO }))
}

async fn db(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    let r = ctx.state().worlds(1).await;
    Ok(match r {
        Ok(w) => json(ctx, &w[0]),
        Err(e) => fail(ctx, e),
    })
}

async fn queries(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    let r = ctx.state().worlds(count(&ctx)).await;
    Ok(match r {
        Ok(w) => json(ctx, &w),
        Err(e) => fail(ctx, e),
    })
}

async fn updates(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    let r = ctx.state().update(count(&ctx)).await;
    Ok(match r {
        Ok(w) => json(ctx, &w),
        Err(e) => fail(ctx, e),
    })
}

async fn cached(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    let db = ctx.state();
    let rows: Vec<World> = (0..count(&ctx)).map(|_| db.cache[random_id() as usize]).collect();
    Ok(json(ctx, &rows))
}

async fn fortunes(ctx: WebContext<'_, Db>) -> Result<WebResponse, Error> {
    let r = ctx.state().fortunes().await;
    Ok(match r {
        Ok(rows) => respond(ctx, StatusCode::OK, "text/html; charset=utf-8", common::fortunes_page(rows).into_bytes()),
        Err(e) => fail(ctx, e),
    })
}

fn main() -> std::io::Result<()> {
    let port: u16 = common::port();
    App::new()
        .with_async_state(Db::connect)
        .at("/plaintext", get(fn_service(plaintext)))
        .at("/json", get(fn_service(json_msg)))
        .at("/db", get(fn_service(db)))
        .at("/queries", get(fn_service(queries)))
        .at("/updates", get(fn_service(updates)))
        .at("/cached-queries", get(fn_service(cached)))
        .at("/fortunes", get(fn_service(fortunes)))
        .serve()
        .worker_threads(common::workers())
        .bind(("0.0.0.0", port))?
        .run()
        .wait()
}
