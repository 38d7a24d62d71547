//! Prepared statements and the per-connection cache keyed by the full SQL text. The first
//! use of a text parses and describes it (one round trip, run as its own task so that a
//! cancelled caller cannot leave the entry half-made); later uses go straight to Bind.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Poll, Waker};

use super::conn::Inner;
use super::proto::{self, Body};
use super::types::{binary_result, Column};
use super::{DbError, Error};

/// The cache's hash of SQL texts: a word-at-a-time multiply-rotate hash (the keys are the
/// application's own statements, so SipHash's flooding resistance buys nothing and costs
/// a few hundred instructions per query).
#[derive(Default, Clone, Copy)]
pub(crate) struct SqlHash;

pub(crate) struct SqlHasher(u64);

impl std::hash::BuildHasher for SqlHash {
    type Hasher = SqlHasher;
    fn build_hasher(&self) -> SqlHasher {
        SqlHasher(0)
    }
}

impl std::hash::Hasher for SqlHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(w) ^ (rest.len() as u64) << 59);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl SqlHasher {
    #[inline]
    fn mix(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Statements kept per connection; past this the least recently used is closed.
const CACHE_CAP: usize = 512;

/// A parsed statement: its server-side name, parameter types and result columns.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let stmt = db.prepare("SELECT $1::int8 + $2::int4").await?;
/// assert_eq!(stmt.params(), [chopin_rt::pg::oid::INT8, chopin_rt::pg::oid::INT4]);
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
#[derive(Debug)]
pub struct Statement {
    pub(crate) name: String,
    pub(crate) params: Vec<u32>,
    pub(crate) columns: Rc<[Column]>,
    /// Bind up to its first parameter value, for parameters all sent in binary: the tag, a
    /// length to patch, the unnamed portal and this statement's name (NUL-terminated), the
    /// parameter format count and codes (all 1), the parameter count.
    pub(crate) bind_head: Box<[u8]>,
    /// Bind's closing bytes (the count and codes of the result formats), then the whole
    /// Execute message (unnamed portal, no row limit).
    pub(crate) bind_tail: Box<[u8]>,
    /// The text passes the check for [`Client::read`](super::Client::read) (see `readonly.rs`).
    pub(crate) read_only: bool,
}

impl Statement {
    /// The parameter types (OIDs) the server inferred.
    pub fn params(&self) -> &[u32] {
        &self.params
    }
    /// The result columns.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }
}

type Shared = Rc<RefCell<(Option<Result<Rc<Statement>, Error>>, Vec<Waker>)>>;

/// A cache entry: ready, or being prepared.
pub(crate) enum StmtEntry {
    /// The statement and the tick it was last used at.
    Ready(Rc<Statement>, Cell<u64>),
    Preparing(Shared),
}

/// Statements kept in a connection's most-recently-used list.
pub(crate) const RECENT: usize = 4;

/// The statement for `sql` if this connection has it ready (marking it used). The last few
/// statements are found by comparing texts, without hashing; the others through the cache.
#[inline(always)]
pub(crate) fn cached(inner: &Inner, sql: &str) -> Option<Rc<Statement>> {
    {
        let recent = inner.recent.borrow();
        if let Some((_, s)) = recent.iter().find(|(k, _)| k.len() == sql.len() && k.as_bytes() == sql.as_bytes()) {
            return Some(s.clone());
        }
    }
    let tick = inner.next_stmt.get();
    let (key, stmt) = match inner.stmts.borrow().get_key_value(sql) {
        Some((k, StmtEntry::Ready(s, used))) => {
            used.set(tick);
            (k.clone(), s.clone())
        }
        _ => return None,
    };
    let mut recent = inner.recent.borrow_mut();
    if recent.len() == RECENT {
        recent.remove(0);
    }
    recent.push((key, stmt.clone()));
    Some(stmt)
}

/// The statement for `sql` on this connection, preparing it on first use.
pub(crate) async fn prepare(inner: &Rc<Inner>, sql: &str) -> Result<Rc<Statement>, Error> {
    let tick = inner.next_stmt.get();
    let shared = {
        let mut stmts = inner.stmts.borrow_mut();
        match stmts.get_mut(sql) {
            Some(StmtEntry::Ready(s, used)) => {
                used.set(tick);
                return Ok(s.clone());
            }
            Some(StmtEntry::Preparing(p)) => p.clone(),
            None => {
                let p: Shared = Rc::new(RefCell::new((None, Vec::new())));
                let key: Rc<str> = sql.into();
                stmts.insert(key.clone(), StmtEntry::Preparing(p.clone()));
                drop(stmts);
                evict(inner);
                let n = inner.next_stmt.get() + 1;
                inner.next_stmt.set(n);
                let name = format!("chopin{n}");
                let started = inner.submit(|out| {
                    proto::parse(out, &name, sql)?;
                    proto::describe(out, b'S', &name)?;
                    proto::sync(out);
                    Ok(())
                });
                let inner2 = inner.clone();
                let p2 = p.clone();
                let read_only = super::readonly::reads_only(sql);
                crate::reactor::spawn(async move {
                    let r = match started {
                        Ok(pending) => describe(pending, name, read_only).await,
                        Err(e) => Err(e),
                    };
                    let mut stmts = inner2.stmts.borrow_mut();
                    match &r {
                        Ok(s) => {
                            let tick = inner2.next_stmt.get();
                            stmts.insert(key, StmtEntry::Ready(s.clone(), Cell::new(tick)));
                        }
                        Err(_) => {
                            stmts.remove(&key);
                        }
                    }
                    drop(stmts);
                    let wakers = {
                        let mut g = p2.borrow_mut();
                        g.0 = Some(r);
                        std::mem::take(&mut g.1)
                    };
                    wakers.into_iter().for_each(Waker::wake);
                });
                p
            }
        }
    };
    poll_fn(|cx| {
        let mut g = shared.borrow_mut();
        match &g.0 {
            Some(r) => Poll::Ready(r.clone()),
            None => {
                g.1.push(cx.waker().clone());
                Poll::Pending
            }
        }
    })
    .await
}

/// Closes the least recently used statement when the cache is over its cap. Requests
/// already queued that use it run before the Close.
fn evict(inner: &Rc<Inner>) {
    let victim = {
        let stmts = inner.stmts.borrow();
        if stmts.len() <= CACHE_CAP {
            return;
        }
        let recent = inner.recent.borrow();
        stmts
            .iter()
            .filter_map(|(k, e)| match e {
                // The most recently used are not candidates (their ticks are not kept up to date).
                StmtEntry::Ready(_, _) if recent.iter().any(|(r, _)| Rc::ptr_eq(r, k)) => None,
                StmtEntry::Ready(s, used) => Some((used.get(), k.clone(), s.name.clone())),
                StmtEntry::Preparing(_) => None,
            })
            .min_by_key(|(used, _, _)| *used)
    };
    if let Some((_, key, name)) = victim {
        inner.stmts.borrow_mut().remove(&key);
        // The reply is not awaited: dropping the handle discards it.
        let _ = inner.submit(|out| {
            proto::close_statement(out, &name)?;
            proto::sync(out);
            Ok(())
        });
    }
}

async fn describe(mut pending: super::conn::Pending, name: String, read_only: bool) -> Result<Rc<Statement>, Error> {
    let mut params = Vec::new();
    let mut columns = Vec::new();
    let mut err = None;
    while let Some((tag, body)) = pending.next().await.map_err(|e| err.clone().unwrap_or(e))? {
        let mut b = Body(&body);
        match tag {
            b'1' | b'n' => {}
            b't' => {
                let n = b.i16()?;
                for _ in 0..n {
                    params.push(b.i32()? as u32);
                }
            }
            b'T' => {
                let n = b.i16()?;
                for _ in 0..n {
                    let name = b.cstr()?.to_string();
                    let _table = b.i32()?;
                    let _attr = b.i16()?;
                    let ty = b.i32()? as u32;
                    let _size = b.i16()?;
                    let _modifier = b.i32()?;
                    let _format = b.i16()?;
                    columns.push(Column { name, type_oid: ty, binary: binary_result(ty) });
                }
            }
            b'E' => err = Some(Error::Db(Box::new(DbError::parse(&body)))),
            other => return Err(Error::protocol(format!("unexpected message {:?} after Describe", other as char))),
        }
    }
    if let Some(e) = err {
        return Err(e);
    }
    let n = u16::try_from(params.len()).map_err(|_| Error::conversion("more than 65535 parameters"))?;
    let mut bind_head = vec![b'B', 0, 0, 0, 0, 0];
    proto::cstr(&mut bind_head, &name)?;
    bind_head.extend_from_slice(&n.to_be_bytes());
    for _ in 0..n {
        bind_head.extend_from_slice(&1u16.to_be_bytes());
    }
    bind_head.extend_from_slice(&n.to_be_bytes());
    let mut bind_tail = (columns.len() as i16).to_be_bytes().to_vec();
    for c in &columns {
        bind_tail.extend_from_slice(&(c.binary as i16).to_be_bytes());
    }
    proto::execute(&mut bind_tail);
    Ok(Rc::new(Statement {
        name,
        params,
        columns: columns.into(),
        bind_head: bind_head.into(),
        bind_tail: bind_tail.into(),
        read_only,
    }))
}
