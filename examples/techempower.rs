//! The TechEmpower Framework Benchmarks tests, written with `app!` the way the guide teaches.
//!
//! - `GET /plaintext` → `Hello, World!`
//! - `GET /json` → `{"message":"Hello, World!"}`, serialised per request
//! - `GET /db` → one random row of `world` as `{"id":…,"randomNumber":…}`
//! - `GET /queries?q=N` → N random rows (N clamped to 1..500; missing or invalid → 1)
//! - `GET /fortunes` → the `fortune` table plus one fortune added at request time, sorted by
//!   message, as an HTML table (escaped)
//! - `GET /updates?q=N` → N random rows, each given a new random number, written back
//! - `GET /cached-queries?q=N` → N random rows from a per-worker in-memory copy of `world`
//!
//! The schema is TechEmpower's: `world(id int primary key, randomnumber int)` with 10,000
//! rows and `fortune(id int primary key, message varchar)`. `DATABASE_URL` names the database
//! (default `postgres://benchmarkdbuser:benchmarkdbpass@127.0.0.1/hello_world`), `PORT` the
//! port (8080); every `CHOPIN_*` knob applies (`CHOPIN_WORKERS=1` for one worker).
//!
//! Every read goes through [`Pool::read_one`]/[`Pool::read`]/[`Batch::read`](chopin::pg::Batch::read):
//! the reads of every request handled in one loop turn share one Sync, so PostgreSQL answers
//! them in one packet. The twenty reads of `/queries?q=20` go out as one batch. The writes of
//! `/updates` are one statement (`UPDATE … FROM unnest($1, $2)`) with each id once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chopin::json::Json;
use chopin::pg::Pool;
use chopin::router::{Error, Query};
use chopin::{Response, Status};

#[global_allocator]
static ALLOC: MiMalloc = MiMalloc;

/// mimalloc, called through its plain entry points for the alignments every block has (8
/// bytes). The `mimalloc` crate's allocator calls the aligned ones for every request; when a
/// size class must collect its freed blocks, those fall back to over-allocating in another
/// class for sizes that are not powers of two, so a server that allocates and frees such a
/// block per request pays that slow path each time (about 40 instructions per read on
/// `/queries?q=20`, where each read's rows are a small vector).
struct MiMalloc;

/// Every mimalloc block is aligned to at least a machine word.
const MI_MIN_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: each method forwards to the mimalloc call with the same contract: `mi_malloc`,
// `mi_zalloc` and `mi_realloc` return blocks aligned to `MI_MIN_ALIGN`, which covers the
// layouts they are used for; larger alignments go to the aligned calls; `mi_free` frees blocks
// from any of them.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if l.align() <= MI_MIN_ALIGN {
                libmimalloc_sys::mi_malloc(l.size()).cast()
            } else {
                libmimalloc_sys::mi_malloc_aligned(l.size(), l.align()).cast()
            }
        }
    }
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if l.align() <= MI_MIN_ALIGN {
                libmimalloc_sys::mi_zalloc(l.size()).cast()
            } else {
                libmimalloc_sys::mi_zalloc_aligned(l.size(), l.align()).cast()
            }
        }
    }
    unsafe fn dealloc(&self, p: *mut u8, _: std::alloc::Layout) {
        // SAFETY: `p` came from this allocator.
        unsafe { libmimalloc_sys::mi_free(p.cast()) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `p` came from this allocator with layout `l`.
        unsafe {
            if l.align() <= MI_MIN_ALIGN {
                libmimalloc_sys::mi_realloc(p.cast(), new_size).cast()
            } else {
                libmimalloc_sys::mi_realloc_aligned(p.cast(), new_size, l.align()).cast()
            }
        }
    }
}


#[derive(chopin::Serialize)]
struct Message {
    message: &'static str,
}

#[derive(chopin::Serialize, Clone, Copy)]
struct World {
    id: i32,
    #[serde(rename = "randomNumber")]
    random_number: i32,
}

/// `?q=N`: kept as text so that a missing or malformed count means 1, as the rules say.
#[derive(serde::Deserialize)]
struct Count {
    q: Option<String>,
}

impl Count {
    fn get(&self) -> usize {
        self.q.as_deref().and_then(|q| q.parse::<i64>().ok()).unwrap_or(1).clamp(1, 500) as usize
    }
}

/// A per-worker xorshift generator: ids and new random numbers, 1..=10,000.
struct Rng(Cell<u64>);

impl Rng {
    fn new() -> Rng {
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64);
        let thread = std::thread::current().id();
        let mix = format!("{thread:?}").bytes().fold(seed, |h, b| h.rotate_left(5) ^ u64::from(b));
        Rng(Cell::new(mix | 1))
    }

    fn next(&self) -> i32 {
        let mut x = self.0.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0.set(x);
        (x % 10_000) as i32 + 1
    }
}

/// The per-worker copy of `world` for `/cached-queries`, loaded by the first request.
struct Cache(RefCell<Option<Rc<[World]>>>);

const WORLD: &str = "SELECT id, randomnumber FROM world WHERE id = $1";

chopin::app! {
    server { bind: "0.0.0.0:8080" }
    state {
        worker rng: Rng = Rng::new();
        worker cache: Cache = Cache(RefCell::new(None));
    }
    postgres db { url: env("DATABASE_URL", "postgres://benchmarkdbuser:benchmarkdbpass@127.0.0.1/hello_world"), pool: 4 }

    GET "/plaintext" => plaintext;
    GET "/json" => json;
    GET "/db" => single;
    GET "/queries" => queries;
    GET "/fortunes" => fortunes;
    GET "/updates" => updates;
    GET "/cached-queries" => cached;

    fn plaintext() -> &'static str {
        "Hello, World!"
    }

    fn json() -> Json<Message> {
        Json(Message { message: "Hello, World!" })
    }

    async fn single(db: Pool, rng: Rc<Rng>) -> Result<Json<World>, Error> {
        let row = db.read_one(WORLD, &[&rng.next()]).await?;
        Ok(Json(World { id: row.get(0), random_number: row.get(1) }))
    }

    async fn queries(Query(n): Query<Count>, db: Pool, rng: Rc<Rng>) -> Result<Json<Vec<World>>, Error> {
        Ok(Json(read_worlds(&db, &rng, n.get()).await?))
    }

    async fn fortunes(db: Pool) -> Result<Response, Error> {
        let rows = db.read("SELECT id, message FROM fortune", &[]).await?;
        let mut list: Vec<(i32, &str)> = Vec::with_capacity(rows.len() + 1);
        list.extend(rows.iter().map(|r| (r.get(0), r.get(1))));
        list.push((0, "Additional fortune added at request time."));
        list.sort_unstable_by(|a, b| a.1.cmp(b.1));
        let mut html = String::with_capacity(2048);
        html.push_str("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>");
        let mut num = itoa::Buffer::new();
        for (id, message) in &list {
            html.push_str("<tr><td>");
            html.push_str(num.format(*id));
            html.push_str("</td><td>");
            chopin::html::escape_into(&mut html, message);
            html.push_str("</td></tr>");
        }
        html.push_str("</table></body></html>");
        Ok(Response::html(html))
    }

    async fn updates(Query(n): Query<Count>, db: Pool, rng: Rc<Rng>) -> Result<Json<Vec<World>>, Error> {
        let mut worlds = read_worlds(&db, &rng, n.get()).await?;
        for w in &mut worlds {
            w.random_number = rng.next();
        }
        // One statement for all rows, each id once (with the last number drawn for it), so
        // the response and the table agree when an id was drawn twice.
        let mut rows: Vec<(i32, i32)> = worlds.iter().map(|w| (w.id, w.random_number)).collect();
        rows.reverse();
        rows.sort_by_key(|r| r.0); // stable: the last drawn number comes first for each id
        rows.dedup_by_key(|r| r.0);
        let (ids, numbers): (Vec<i32>, Vec<i32>) = rows.iter().copied().unzip();
        db.execute(
            "UPDATE world SET randomnumber = v.n FROM (SELECT unnest($1::int4[]) AS id, unnest($2::int4[]) AS n) AS v WHERE world.id = v.id",
            &[&ids, &numbers],
        )
        .await?;
        for w in &mut worlds {
            let i = ids.binary_search(&w.id).expect("every id was written");
            w.random_number = numbers[i];
        }
        Ok(Json(worlds))
    }

    async fn cached(Query(n): Query<Count>, db: Pool, rng: Rc<Rng>, cache: Rc<Cache>) -> Result<Json<Vec<World>>, Error> {
        let loaded = cache.0.borrow().clone();
        let table = match loaded {
            Some(t) => t,
            None => {
                let rows = db.query("SELECT id, randomnumber FROM world ORDER BY id", &[]).await?;
                let t: Rc<[World]> = rows.iter().map(|r| World { id: r.get(0), random_number: r.get(1) }).collect();
                *cache.0.borrow_mut() = Some(t.clone());
                t
            }
        };
        let n = n.get();
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let id = rng.next();
            // Rows are id-ordered from 1; look up by position, falling back to a search.
            if let Some(w) = table.get(id as usize - 1).filter(|w| w.id == id).or_else(|| table.iter().find(|w| w.id == id)) {
                out.push(*w);
            }
        }
        Ok(Json(out))
    }
}

/// `n` random rows, read in one batch (one round trip).
async fn read_worlds(db: &Pool, rng: &Rng, n: usize) -> Result<Vec<World>, Error> {
    let mut batch = db.batch().await?;
    for _ in 0..n {
        batch.read(WORLD, &[&rng.next()]).await?;
    }
    let mut out = Vec::with_capacity(n);
    for rows in batch.run().await? {
        let rows = rows?;
        let row = rows.first().ok_or_else(|| Error::new(Status::INTERNAL_SERVER_ERROR, "a world id without a row"))?;
        out.push(World { id: row.get(0), random_number: row.get(1) });
    }
    Ok(out)
}

fn main() {
    if let Err(e) = App::serve() {
        eprintln!("techempower: {e}");
        std::process::exit(1);
    }
}
