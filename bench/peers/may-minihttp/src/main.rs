//! may-minihttp's TechEmpower server for bench/run: one may worker thread, a hand-matched
//! router as in its own TechEmpower entry. `/plaintext` and `/json` always; the database tests
//! with `--features db` and a may_postgres dependency (see Cargo.toml). Reads `PORT`,
//! `DATABASE_URL`, `DB_POOL` and `WORKERS` (default 1).

use std::io;

use common::{HELLO, Message};
use may_minihttp::{HttpService, HttpServiceFactory, Request, Response};

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "db")]
mod db;

struct Service {
    #[cfg(feature = "db")]
    db: db::Conn,
}

fn json<T: serde::Serialize>(rsp: &mut Response, v: &T) {
    rsp.header("Content-Type: application/json");
    serde_json::to_writer(BufWriter(rsp.body_mut()), v).expect("serialisable");
}

/// `io::Write` over the response's body buffer.
struct BufWriter<'a>(&'a mut bytes::BytesMut);

impl io::Write for BufWriter<'_> {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl HttpService for Service {
    fn call(&mut self, req: Request, rsp: &mut Response) -> io::Result<()> {
        let target = req.path();
        let (path, query) = match target.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (target, None),
        };
        #[cfg(not(feature = "db"))]
        let _ = query;
        match path {
            "/plaintext" => {
                rsp.header("Content-Type: text/plain").body(HELLO);
            }
            "/json" => json(rsp, &Message { message: HELLO }),
            #[cfg(feature = "db")]
            "/db" | "/queries" | "/updates" | "/cached-queries" | "/fortunes" => {
                let n = common::query_count(query);
                match self.db.handle(path, n) {
                    Ok(db::Answer::Json(body)) => {
                        rsp.header("Content-Type: application/json").body_vec(body);
                    }
                    Ok(db::Answer::Html(body)) => {
                        rsp.header("Content-Type: text/html; charset=utf-8").body_vec(body);
                    }
                    Err(e) => {
                        eprintln!("db error: {e}");
                        rsp.status_code(500, "Internal Server Error");
                    }
                }
            }
            _ => {
                rsp.status_code(404, "Not Found");
            }
        }
        Ok(())
    }
}

struct Factory {
    #[cfg(feature = "db")]
    pool: db::Pool,
}

impl HttpServiceFactory for Factory {
    type Service = Service;

    fn new_service(&self, _id: usize) -> Service {
        Service {
            #[cfg(feature = "db")]
            db: self.pool.get(_id),
        }
    }
}

fn main() {
    let port: u16 = common::port();
    let workers: usize = common::workers();
    may::config().set_workers(workers).set_pool_capacity(1000).set_stack_size(0x4000);
    let factory = Factory {
        #[cfg(feature = "db")]
        pool: db::Pool::connect(),
    };
    let server = factory.start(("0.0.0.0", port)).expect("bind");
    server.join().expect("server");
}
