//! The database tests over may_postgres (built only with `--features db`, when bench/run is given
//! a may_postgres checkout): one client per service, queries written before any answer is read.

use std::sync::Arc;

use common::{Fortune, World, random_id};
use may_postgres::types::ToSql;
use may_postgres::{Client, Statement};

pub(crate) enum Answer {
    Json(Vec<u8>),
    Html(Vec<u8>),
}

struct Statements {
    world: Statement,
    fortune: Statement,
    /// `updates[n - 1]` updates n rows.
    updates: Vec<Statement>,
}

pub(crate) struct Conn {
    client: Client,
    stmts: Arc<Statements>,
    cache: Arc<Vec<World>>,
}

pub(crate) struct Pool {
    conns: Vec<Conn>,
}

type Error = Box<dyn std::error::Error>;

impl Pool {
    pub(crate) fn connect() -> Pool {
        let url = common::database_url();
        let size: usize = common::db_pool_size();
        let mut conns = Vec::new();
        let mut cache = Arc::new(Vec::new());
        for i in 0..size.max(1) {
            let client = may_postgres::connect(&url).expect("connect to postgres");
            let world = client.prepare("SELECT id, randomnumber FROM world WHERE id = $1").expect("prepare");
            let fortune = client.prepare("SELECT id, message FROM fortune").expect("prepare");
            let updates = (1..=500).map(|n| client.prepare(&common::update_sql(n)).expect("prepare")).collect();
            if i == 0 {
                let mut all = vec![World { id: 0, randomnumber: 0 }; 10_001];
                let all_stmt = client.prepare("SELECT id, randomnumber FROM world").expect("prepare");
                for row in client.query_raw(&all_stmt, &[]).expect("load world") {
                    let row = row.expect("world row");
                    let w = World { id: row.get(0), randomnumber: row.get(1) };
                    all[w.id as usize] = w;
                }
                cache = Arc::new(all);
            }
            conns.push(Conn { client, stmts: Arc::new(Statements { world, fortune, updates }), cache: cache.clone() });
        }
        Pool { conns }
    }

    pub(crate) fn get(&self, id: usize) -> Conn {
        let c = &self.conns[id % self.conns.len()];
        Conn { client: c.client.clone(), stmts: c.stmts.clone(), cache: c.cache.clone() }
    }
}

impl Conn {
    fn worlds(&self, n: usize) -> Result<Vec<World>, Error> {
        let ids: Vec<i32> = (0..n).map(|_| random_id()).collect();
        let mut pending = Vec::with_capacity(n);
        for id in &ids {
            pending.push(self.client.query_raw(&self.stmts.world, &[id as &dyn ToSql])?);
        }
        let mut out = Vec::with_capacity(n);
        for mut rows in pending {
            let row = rows.next().transpose()?.ok_or("world row missing")?;
            out.push(World { id: row.get(0), randomnumber: row.get(1) });
        }
        Ok(out)
    }

    pub(crate) fn handle(&mut self, path: &str, n: usize) -> Result<Answer, Error> {
        Ok(match path {
            "/db" => Answer::Json(serde_json::to_vec(&self.worlds(1)?[0])?),
            "/queries" => Answer::Json(serde_json::to_vec(&self.worlds(n)?)?),
            "/cached-queries" => {
                let rows: Vec<World> = (0..n).map(|_| self.cache[random_id() as usize]).collect();
                Answer::Json(serde_json::to_vec(&rows)?)
            }
            "/updates" => {
                let mut worlds = self.worlds(n)?;
                for w in &mut worlds {
                    w.randomnumber = random_id();
                }
                let mut sorted = worlds.clone();
                sorted.sort_unstable_by_key(|w| w.id);
                sorted.dedup_by_key(|w| w.id);
                let mut params: Vec<&dyn ToSql> = Vec::with_capacity(sorted.len() * 2);
                for w in &sorted {
                    params.push(&w.id);
                    params.push(&w.randomnumber);
                }
                for r in self.client.query_raw(&self.stmts.updates[sorted.len() - 1], &params)? {
                    r?;
                }
                for w in &mut worlds {
                    if let Ok(i) = sorted.binary_search_by_key(&w.id, |s| s.id) {
                        w.randomnumber = sorted[i].randomnumber;
                    }
                }
                Answer::Json(serde_json::to_vec(&worlds)?)
            }
            _ => {
                let mut rows = Vec::with_capacity(13);
                for r in self.client.query_raw(&self.stmts.fortune, &[])? {
                    let r = r?;
                    rows.push(Fortune { id: r.get(0), message: r.get::<_, String>(1) });
                }
                Answer::Html(common::fortunes_page(rows).into_bytes())
            }
        })
    }
}
