//! What every peer server shares, so that the comparison is between frameworks and not between
//! hand-written helpers: the `q` parameter rule, the row types, a small random generator, the
//! fortunes page, and (feature `pg`) a pool of tokio-postgres clients with the TechEmpower queries.

use std::cell::Cell;

use serde::Serialize;

/// The plaintext body.
pub const HELLO: &str = "Hello, World!";

/// The fortune every `/fortunes` response adds before sorting.
pub const ADDED_FORTUNE: &str = "Additional fortune added at request time.";

/// `{"message":"Hello, World!"}`, serialised per request as the rules require.
#[derive(Serialize)]
pub struct Message {
    /// Always [`HELLO`].
    pub message: &'static str,
}

/// A row of `world`.
#[derive(Serialize, Clone, Copy, Debug)]
pub struct World {
    /// 1..=10000.
    pub id: i32,
    /// 1..=10000; the JSON key TechEmpower expects is `randomNumber`.
    #[serde(rename = "randomNumber")]
    pub randomnumber: i32,
}

/// A row of `fortune`.
#[derive(Clone, Debug)]
pub struct Fortune {
    /// The row id.
    pub id: i32,
    /// The message, unescaped.
    pub message: String,
}

/// The query count from a query string: `q=N` clamped to 1..=500; missing or invalid → 1.
pub fn query_count(query: Option<&str>) -> usize {
    let Some(query) = query else { return 1 };
    for pair in query.split('&') {
        if let Some(v) = pair.strip_prefix("q=") {
            return v.parse::<i64>().map(|n| n.clamp(1, 500) as usize).unwrap_or(1);
        }
    }
    1
}

thread_local! {
    static RNG: Cell<u64> = Cell::new(0x9e37_79b9_7f4a_7c15 ^ std::process::id() as u64);
}

/// A random world id or random number, 1..=10000 (xorshift64*, per thread).
pub fn random_id() -> i32 {
    RNG.with(|s| {
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        ((x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % 10_000) as i32 + 1
    })
}

/// Adds the request-time fortune, sorts by message and renders the TechEmpower page.
pub fn fortunes_page(mut rows: Vec<Fortune>) -> String {
    rows.push(Fortune { id: 0, message: ADDED_FORTUNE.to_owned() });
    rows.sort_unstable_by(|a, b| a.message.cmp(&b.message));
    let mut out = String::with_capacity(1200);
    out.push_str(
        "<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>",
    );
    for f in &rows {
        out.push_str("<tr><td>");
        out.push_str(itoa_i32(f.id).as_str());
        out.push_str("</td><td>");
        escape_into(&mut out, &f.message);
        out.push_str("</td></tr>");
    }
    out.push_str("</table></body></html>");
    out
}

fn itoa_i32(n: i32) -> String {
    n.to_string()
}

/// HTML-escapes `& < > " '` into `out`.
pub fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#x27;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// `PORT` (default 8080): the port every peer listens on.
pub fn port() -> u16 {
    std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080)
}

/// `DATABASE_URL`, which bench/run always sets.
pub fn database_url() -> String {
    std::env::var("DATABASE_URL").expect("DATABASE_URL")
}

/// `WORKERS` (default 1): worker threads.
pub fn workers() -> usize {
    std::env::var("WORKERS").ok().and_then(|w| w.parse().ok()).unwrap_or(1)
}

/// `DB_POOL` (default 4): database connections per worker.
pub fn db_pool_size() -> usize {
    std::env::var("DB_POOL").ok().and_then(|v| v.parse().ok()).unwrap_or(4)
}

/// A tokio runtime with `workers` threads (a current-thread one for a single worker).
pub fn tokio_runtime(workers: usize) -> tokio::runtime::Runtime {
    if workers <= 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build()
    }
    .expect("tokio runtime")
}

/// `UPDATE world SET randomnumber = v.r FROM (VALUES ($1::int, $2::int), …) …` for `n` rows
/// (every peer's `/updates` statement, whatever its driver).
pub fn update_sql(n: usize) -> String {
    let mut s = String::from("UPDATE world SET randomnumber = v.r FROM (VALUES ");
    for i in 0..n {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&format!("(${}::int, ${}::int)", 2 * i + 1, 2 * i + 2));
    }
    s.push_str(") AS v(id, r) WHERE world.id = v.id");
    s
}

#[cfg(feature = "pg")]
pub use pg::Pool;

#[cfg(feature = "pg")]
mod pg {
    use std::collections::HashMap;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use futures_util::future::try_join_all;
    use tokio_postgres::{Client, NoTls, Statement, types::ToSql};

    use super::{Fortune, World, random_id, update_sql};

    /// One pipelining client with its prepared statements.
    struct Conn {
        client: Client,
        world: Statement,
        fortune: Statement,
        /// `UPDATE … FROM (VALUES …)` statements by row count, prepared on first use.
        updates: Mutex<HashMap<usize, Statement>>,
    }

    /// A fixed set of tokio-postgres clients, handed out round-robin. tokio-postgres pipelines
    /// concurrent queries on one client, which is how the TechEmpower entries use it.
    pub struct Pool {
        conns: Vec<Conn>,
        next: AtomicUsize,
        cache: Vec<World>,
    }

    impl Pool {
        /// Opens `size` connections (each driven by a task on the current runtime), prepares
        /// the statements and loads the world table for `/cached-queries`.
        pub async fn connect(url: &str, size: usize) -> Result<Pool, tokio_postgres::Error> {
            let mut conns = Vec::with_capacity(size);
            for _ in 0..size.max(1) {
                let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
                tokio::spawn(async move {
                    if let Err(e) = connection.await {
                        eprintln!("postgres connection: {e}");
                    }
                });
                let world = client.prepare("SELECT id, randomnumber FROM world WHERE id = $1").await?;
                let fortune = client.prepare("SELECT id, message FROM fortune").await?;
                conns.push(Conn { client, world, fortune, updates: Mutex::new(HashMap::new()) });
            }
            let rows = conns[0].client.query("SELECT id, randomnumber FROM world ORDER BY id", &[]).await?;
            let mut cache = vec![World { id: 0, randomnumber: 0 }; 10_001];
            for r in rows {
                let w = World { id: r.get(0), randomnumber: r.get(1) };
                if let Some(slot) = cache.get_mut(w.id as usize) {
                    *slot = w;
                }
            }
            Ok(Pool { conns, next: AtomicUsize::new(0), cache })
        }

        /// The pool size from `DB_POOL` (default 4).
        pub fn size_from_env() -> usize {
            super::db_pool_size()
        }

        fn conn(&self) -> &Conn {
            &self.conns[self.next.fetch_add(1, Ordering::Relaxed) % self.conns.len()]
        }

        /// One random row.
        pub async fn world(&self) -> Result<World, tokio_postgres::Error> {
            let c = self.conn();
            let row = c.client.query_one(&c.world, &[&random_id()]).await?;
            Ok(World { id: row.get(0), randomnumber: row.get(1) })
        }

        /// `n` random rows, queried concurrently (pipelined on one client).
        pub async fn worlds(&self, n: usize) -> Result<Vec<World>, tokio_postgres::Error> {
            let c = self.conn();
            try_join_all((0..n).map(|_| async move {
                let row = c.client.query_one(&c.world, &[&random_id()]).await?;
                Ok::<_, tokio_postgres::Error>(World { id: row.get(0), randomnumber: row.get(1) })
            }))
            .await
        }

        /// `n` random rows, each given a new random number, written back in one statement.
        pub async fn update(&self, n: usize) -> Result<Vec<World>, tokio_postgres::Error> {
            let mut worlds = self.worlds(n).await?;
            for w in &mut worlds {
                w.randomnumber = random_id();
            }
            // Sorted by id, and one value per id, so concurrent updates never deadlock.
            let mut sorted: Vec<World> = worlds.clone();
            sorted.sort_unstable_by_key(|w| w.id);
            sorted.dedup_by_key(|w| w.id);
            let c = self.conn();
            let stmt = {
                let cached = c.updates.lock().expect("not poisoned").get(&sorted.len()).cloned();
                match cached {
                    Some(s) => s,
                    None => {
                        let s = c.client.prepare(&update_sql(sorted.len())).await?;
                        c.updates.lock().expect("not poisoned").insert(sorted.len(), s.clone());
                        s
                    }
                }
            };
            let mut params: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(sorted.len() * 2);
            for w in &sorted {
                params.push(&w.id);
                params.push(&w.randomnumber);
            }
            c.client.execute(&stmt, &params).await?;
            // A repeated id keeps the value that was written.
            for w in &mut worlds {
                if let Ok(i) = sorted.binary_search_by_key(&w.id, |s| s.id) {
                    w.randomnumber = sorted[i].randomnumber;
                }
            }
            Ok(worlds)
        }

        /// All rows of `fortune`.
        pub async fn fortunes(&self) -> Result<Vec<Fortune>, tokio_postgres::Error> {
            let c = self.conn();
            let rows = c.client.query(&c.fortune, &[]).await?;
            Ok(rows.into_iter().map(|r| Fortune { id: r.get(0), message: r.get(1) }).collect())
        }

        /// `n` random rows from the in-memory copy of `world` loaded at start.
        pub fn cached(&self, n: usize) -> Vec<World> {
            (0..n).map(|_| self.cache[random_id() as usize]).collect()
        }
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_clamp() {
        for (q, n) in [(None, 1), (Some(""), 1), (Some("q=0"), 1), (Some("q=foo"), 1), (Some("q=20"), 20),
                       (Some("q=501"), 500), (Some("a=1&q=7"), 7), (Some("q=-3"), 1)] {
            assert_eq!(query_count(q), n, "{q:?}");
        }
    }

    #[test]
    fn escapes_and_sorts() {
        let page = fortunes_page(vec![Fortune { id: 2, message: "<b>&'\"".into() }, Fortune { id: 1, message: "A".into() }]);
        // Sorted by the messages' bytes: '<' (0x3c) before 'A' (0x41).
        assert!(page.contains("<tr><td>2</td><td>&lt;b&gt;&amp;&#x27;&quot;</td></tr><tr><td>1</td><td>A</td></tr><tr><td>0</td><td>Additional fortune added at request time.</td></tr>"), "{page}");
        assert!(page.starts_with("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"));
        assert!(page.ends_with("</table></body></html>"));
    }

    #[test]
    fn ids_in_range() {
        for _ in 0..100_000 {
            let n = random_id();
            assert!((1..=10_000).contains(&n));
        }
    }
}
