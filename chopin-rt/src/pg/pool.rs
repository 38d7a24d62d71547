//! A per-worker connection pool. Plain queries ([`Pool::query`] and friends) pipeline on the
//! least busy connection, so one worker keeps many queries in flight on few sockets;
//! [`Pool::get`] leases a connection exclusively (transactions, COPY), waiting without
//! blocking the thread up to the checkout timeout. A background task opens connections and
//! replaces lost ones, off the request path. A lease returned inside a transaction is
//! rolled back first.

use std::cell::{Cell, RefCell};
use std::future::{poll_fn, Future};
use std::io;
use std::ops::{Deref, DerefMut};
use std::rc::{Rc, Weak};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use super::conn::{self, Inner};
use super::client::{Count, Mode, One};
use super::{client, proto, statement, Batch, Client, Config, Error, Row, ToSql};

struct Slot {
    client: Client,
    leased: bool,
    /// Requests answered when last looked at, and since when that number has not moved.
    seen: u64,
    idle_since: Instant,
    pinging: bool,
}

impl Slot {
    fn new(client: Client) -> Slot {
        Slot { client, leased: false, seen: 0, idle_since: Instant::now(), pinging: false }
    }
}

struct Shared {
    cfg: Rc<Config>,
    size: usize,
    checkout_timeout: Duration,
    health_idle: Duration,
    health_timeout: Duration,
    slots: RefCell<Vec<Slot>>,
    waiters: RefCell<Vec<Waker>>,
    maintainer: RefCell<Option<Waker>>,
    started: Cell<bool>,
    /// The last connect failure (reported to callers that time out waiting).
    last_error: RefCell<Option<Error>>,
}

/// A pool of connections owned by one worker thread. Cheap to clone (an `Rc`): build one in
/// the per-worker service factory and hand clones to handlers.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// use chopin_rt::pg::Pool;
/// let pool = Pool::new("postgres://app:pw@127.0.0.1/shop".parse()?, 4);
/// let n: i64 = pool.query_one("SELECT count(*) FROM pg_class", &[]).await?.get(0);
/// assert!(n > 0);
/// let mut conn = pool.get().await?; // exclusive, for a transaction
/// let tx = conn.transaction().await?;
/// tx.execute("UPDATE t SET n = n + 1", &[]).await?;
/// tx.commit().await?;
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
#[derive(Clone)]
pub struct Pool(Rc<Shared>);

/// Requests of one loop turn gathered on a connection before the next one is used (see
/// [`Pool::try_acquire`]): enough to make one write and one reply packet of a burst, few enough
/// that a large burst still runs on several backends at once.
const TURN_BATCH: u32 = 16;

impl Pool {
    /// A pool of `size` connections (at least one) with a 5 s checkout timeout and health
    /// checks of connections idle for 30 s. No connection is opened until first use; from
    /// then on the pool keeps `size` open.
    pub fn new(cfg: Config, size: usize) -> Pool {
        Pool::builder(cfg).size(size).build()
    }

    /// As [`Pool::new`], with the longest a caller waits for a connection.
    pub fn with_checkout_timeout(cfg: Config, size: usize, timeout: Duration) -> Pool {
        Pool::builder(cfg).size(size).checkout_timeout(timeout).build()
    }

    /// A pool with every setting chosen.
    ///
    /// ```
    /// use std::time::Duration;
    /// use chopin_rt::pg::Pool;
    /// let pool = Pool::builder("postgres://app@127.0.0.1/shop".parse().unwrap())
    ///     .size(8)
    ///     .checkout_timeout(Duration::from_secs(2))
    ///     .health_check(Duration::from_secs(10), Duration::from_secs(3))
    ///     .build();
    /// assert_eq!(pool.open_connections(), 0); // opened on first use
    /// ```
    pub fn builder(cfg: Config) -> PoolBuilder {
        PoolBuilder {
            cfg,
            size: 4,
            checkout_timeout: Duration::from_secs(5),
            health_idle: Duration::from_secs(30),
            health_timeout: Duration::from_secs(5),
        }
    }

    fn from_builder(b: PoolBuilder) -> Pool {
        Pool(Rc::new(Shared {
            cfg: Rc::new(b.cfg),
            size: b.size.max(1),
            checkout_timeout: b.checkout_timeout,
            health_idle: b.health_idle,
            health_timeout: b.health_timeout,
            slots: RefCell::new(Vec::new()),
            waiters: RefCell::new(Vec::new()),
            maintainer: RefCell::new(None),
            started: Cell::new(false),
            last_error: RefCell::new(None),
        }))
    }

    /// Open connections (leased or not).
    pub fn open_connections(&self) -> usize {
        self.0.slots.borrow().iter().filter(|s| !s.client.is_closed()).count()
    }

    /// Starts opening the pool's connections now, in the background on this worker's event
    /// loop, rather than at the first query (which then finds them open). `app!` calls it
    /// when a worker starts. Call it on a worker thread (or inside [`block_on`](crate::block_on)):
    /// like [`spawn`](crate::spawn), it panics outside a Chopin event loop.
    ///
    /// ```no_run
    /// # chopin_rt::block_on(async {
    /// let pool = chopin_rt::pg::Pool::new("postgres://app@127.0.0.1/shop".parse()?, 4);
    /// pool.warm_up();
    /// chopin_rt::sleep(std::time::Duration::from_millis(100)).await;
    /// assert!(pool.open_connections() > 0);
    /// # Ok::<(), chopin_rt::pg::Error>(()) });
    /// ```
    pub fn warm_up(&self) {
        self.start();
    }

    #[inline]
    fn start(&self) {
        if !self.0.started.get() {
            self.start_maintainer();
        }
    }

    #[cold]
    fn start_maintainer(&self) {
        self.0.started.set(true);
        crate::reactor::spawn(maintain(Rc::downgrade(&self.0)));
    }

    fn kick_maintainer(&self) {
        if let Some(w) = self.0.maintainer.borrow().as_ref() {
            w.wake_by_ref();
        }
    }

    /// The best usable connection now, if any: `exclusive` ones must not be leased (and get
    /// leased). A shared one is the unleased connection already given requests this loop
    /// turn (they leave in one write, and PostgreSQL wakes once for them), until it has
    /// [`TURN_BATCH`] of them; otherwise the one with the fewest requests in flight. The count
    /// restarts when the connection's output is flushed.
    #[inline(always)]
    fn try_acquire(&self, exclusive: bool) -> Option<Rc<Inner>> {
        let mut slots = self.0.slots.borrow_mut();
        let mut best: Option<(usize, usize)> = None;
        let mut saw_lost = false;
        for (i, s) in slots.iter().enumerate() {
            if s.client.is_closed() {
                saw_lost = true;
                continue;
            }
            if s.leased {
                continue;
            }
            if !exclusive && (1..TURN_BATCH).contains(&s.client.inner.turn_claims()) {
                best = Some((i, 0));
                break;
            }
            let load = s.client.inner.in_flight();
            if best.is_none_or(|(_, l)| load < l) {
                best = Some((i, load));
                if load == 0 {
                    break;
                }
            }
        }
        if saw_lost {
            drop(slots);
            self.kick_maintainer();
            slots = self.0.slots.borrow_mut();
        }
        let (i, _) = best?;
        if exclusive {
            slots[i].leased = true;
        } else {
            slots[i].client.inner.claim();
        }
        Some(slots[i].client.inner.clone())
    }

    /// Waits for a usable connection (see [`Pool::try_acquire`]), up to the checkout
    /// timeout. The common case — a connection is free — takes no timer and no clock read.
    async fn acquire(&self, exclusive: bool) -> Result<Rc<Inner>, Error> {
        self.start();
        if let Some(inner) = self.try_acquire(exclusive) {
            return Ok(inner);
        }
        self.wait_acquire(exclusive).await
    }

    /// The waiting part of [`Pool::acquire`], boxed so that its timer does not weigh on
    /// every query's future.
    fn wait_acquire(&self, exclusive: bool) -> std::pin::Pin<Box<dyn Future<Output = Result<Rc<Inner>, Error>> + '_>> {
        Box::pin(async move {
            let wait = poll_fn(|cx| match self.try_acquire(exclusive) {
                Some(inner) => Poll::Ready(inner),
                None => {
                    self.0.waiters.borrow_mut().push(cx.waker().clone());
                    Poll::Pending
                }
            });
            crate::reactor::timeout(self.0.checkout_timeout, wait).await.map_err(|_| {
                match self.0.last_error.borrow().clone() {
                    Some(e) if self.open_connections() == 0 => e,
                    _ => Error::PoolTimeout,
                }
            })
        })
    }

    fn wake_waiters(&self) {
        for w in self.0.waiters.borrow_mut().drain(..) {
            w.wake();
        }
    }

    /// Passes a shared call's result on; a lost connection is reported to the maintainer.
    fn shared<T>(&self, r: Result<T, Error>) -> Result<T, Error> {
        if let Err(e) = &r
            && e.is_fatal()
        {
            self.kick_maintainer();
        }
        r
    }

    /// [`Client::query`] on a pooled connection (pipelined with other callers).
    pub fn query<'a>(&'a self, sql: &'a str, params: &'a [&'a dyn ToSql]) -> impl Future<Output = Result<Vec<Row>, Error>> + 'a {
        self.run::<Vec<Row>, _, _>(sql, params, Mode::Own, |(rows, _)| Ok(rows))
    }

    /// [`Client::query_one`] on a pooled connection.
    pub fn query_one<'a>(&'a self, sql: &'a str, params: &'a [&'a dyn ToSql]) -> impl Future<Output = Result<Row, Error>> + 'a {
        self.run::<One, _, _>(sql, params, Mode::Own, |(one, _)| one.exactly_one())
    }

    /// [`Client::query_opt`] on a pooled connection.
    pub fn query_opt<'a>(
        &'a self,
        sql: &'a str,
        params: &'a [&'a dyn ToSql],
    ) -> impl Future<Output = Result<Option<Row>, Error>> + 'a {
        self.run::<One, _, _>(sql, params, Mode::Own, |(one, _)| one.at_most_one())
    }

    /// [`Client::execute`] on a pooled connection.
    pub fn execute<'a>(&'a self, sql: &'a str, params: &'a [&'a dyn ToSql]) -> impl Future<Output = Result<u64, Error>> + 'a {
        self.run::<Count, _, _>(sql, params, Mode::Own, |(_, affected)| Ok(affected))
    }

    /// [`Client::read`] on a pooled connection: the reads of every request handled in one
    /// loop turn on this connection share one Sync (one packet back from PostgreSQL).
    pub fn read<'a>(&'a self, sql: &'a str, params: &'a [&'a dyn ToSql]) -> impl Future<Output = Result<Vec<Row>, Error>> + 'a {
        self.run::<Vec<Row>, _, _>(sql, params, Mode::SharedRead, |(rows, _)| Ok(rows))
    }

    /// [`Client::read_one`] on a pooled connection.
    pub fn read_one<'a>(&'a self, sql: &'a str, params: &'a [&'a dyn ToSql]) -> impl Future<Output = Result<Row, Error>> + 'a {
        self.run::<One, _, _>(sql, params, Mode::SharedRead, |(one, _)| one.exactly_one())
    }

    /// [`Client::read_opt`] on a pooled connection.
    pub fn read_opt<'a>(
        &'a self,
        sql: &'a str,
        params: &'a [&'a dyn ToSql],
    ) -> impl Future<Output = Result<Option<Row>, Error>> + 'a {
        self.run::<One, _, _>(sql, params, Mode::SharedRead, |(one, _)| one.at_most_one())
    }

    /// One statement on a pooled connection: `finish` makes the caller's result of its rows
    /// and affected count.
    fn run<'a, R: client::RowSink, T, F: Fn((R::Out, u64)) -> Result<T, Error> + Copy>(
        &'a self,
        sql: &'a str,
        params: &'a [&'a dyn ToSql],
        mode: Mode,
        finish: F,
    ) -> Run<'a, R, F> {
        Run { pool: self, finish, state: RunState::Start { sql, params, mode } }
    }

    /// A [`Batch`] on a pooled connection (pipelined with other callers; one Sync for the
    /// batch's queries).
    pub async fn batch(&self) -> Result<Batch, Error> {
        let inner = self.acquire(false).await?;
        Ok(Batch::new(inner))
    }

    /// Leases a connection for exclusive use (transactions, COPY, session settings).
    pub async fn get(&self) -> Result<PoolConn, Error> {
        let inner = self.acquire(true).await?;
        Ok(PoolConn { pool: self.clone(), client: Some(Client::from_inner(inner)) })
    }
}

/// The future of [`Pool::run`]. With a connection free and the statement cached, as for
/// nearly every query, it acquires, sends and waits in one future; otherwise the waiting for
/// a connection or for the statement's preparation runs in a boxed future.
struct Run<'a, R: client::RowSink, F> {
    pool: &'a Pool,
    /// Makes the caller's result of the rows and the affected count.
    finish: F,
    state: RunState<'a, R>,
}

/// A statement's rows and affected count.
type Rows<R> = Result<(<R as client::RowSink>::Out, u64), Error>;

enum RunState<'a, R: client::RowSink> {
    Start { sql: &'a str, params: &'a [&'a dyn ToSql], mode: Mode },
    Sent(client::InFlight<R>),
    Waiting(Pin<Box<dyn Future<Output = Rows<R>> + 'a>>),
    Done,
}

impl<R: client::RowSink, T, F: Fn((R::Out, u64)) -> Result<T, Error> + Copy + Unpin> Future for Run<'_, R, F> {
    type Output = Result<T, Error>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let pool = this.pool;
        let r = match &mut this.state {
            RunState::Start { sql, params, mode } => {
                let (sql, params, mode) = (*sql, *params, *mode);
                pool.start();
                let Some(inner) = pool.try_acquire(false) else {
                    this.state = RunState::Waiting(Box::pin(async move {
                        let inner = pool.wait_acquire(false).await?;
                        client::query::<R>(&inner, sql, params, mode).await
                    }));
                    return this.poll_waiting(cx);
                };
                let dl = client::Deadline::new(&inner);
                let Some(stmt) = statement::cached(&inner, sql) else {
                    this.state = RunState::Waiting(Box::pin(async move {
                        let stmt = client::prepare_within(&inner, sql).await?;
                        client::InFlight::<R>::start(&inner, stmt, params, mode, dl)?.await
                    }));
                    return this.poll_waiting(cx);
                };
                match client::InFlight::<R>::start(&inner, stmt, params, mode, dl) {
                    Ok(q) => {
                        // Polled where it stays.
                        this.state = RunState::Sent(q);
                        let RunState::Sent(q) = &mut this.state else { unreachable!("just set") };
                        std::task::ready!(q.poll_sent(cx))
                    }
                    Err(e) => Err(e),
                }
            }
            RunState::Sent(q) => std::task::ready!(q.poll_reply(cx)),
            RunState::Waiting(_) => return this.poll_waiting(cx),
            RunState::Done => panic!("a pooled query polled after completion"),
        };
        this.state = RunState::Done;
        Poll::Ready(pool.shared(r).and_then(this.finish))
    }
}

impl<R: client::RowSink, T, F: Fn((R::Out, u64)) -> Result<T, Error> + Copy> Run<'_, R, F> {
    fn poll_waiting(&mut self, cx: &mut Context<'_>) -> Poll<Result<T, Error>> {
        let RunState::Waiting(f) = &mut self.state else { unreachable!("polled while waiting") };
        let r = std::task::ready!(f.as_mut().poll(cx));
        self.state = RunState::Done;
        Poll::Ready(self.pool.shared(r).and_then(self.finish))
    }
}

/// Opens connections up to the pool's size and replaces lost ones, retrying with backoff.
async fn maintain(pool: Weak<Shared>) {
    let mut backoff = Duration::from_millis(50);
    loop {
        let Some(p) = pool.upgrade() else { return };
        let cfg = p.cfg.clone();
        // Lost connections are removed once they are not leased (a lost lease kicks this
        // task when it is returned).
        p.slots.borrow_mut().retain(|s| s.leased || !s.client.is_closed());
        let missing = p.size.saturating_sub(p.slots.borrow().len());
        drop(p);
        if missing > 0 {
            match conn::open(cfg).await {
                Ok(inner) => {
                    let Some(p) = pool.upgrade() else { return };
                    p.slots.borrow_mut().push(Slot::new(Client::from_inner(inner)));
                    *p.last_error.borrow_mut() = None;
                    Pool(p).wake_waiters();
                    backoff = Duration::from_millis(50);
                }
                Err(e) => {
                    let Some(p) = pool.upgrade() else { return };
                    *p.last_error.borrow_mut() = Some(e);
                    drop(p);
                    crate::reactor::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(2));
                }
            }
            continue;
        }
        let every = {
            let Some(p) = pool.upgrade() else { return };
            check_health(&p, &pool);
            (p.health_idle / 2).min(Duration::from_secs(1))
        };
        // Full: sleep until kicked (a loss was seen) or until the next health check.
        let mut first = true;
        let tick = crate::reactor::sleep(every);
        let mut tick = std::pin::pin!(tick);
        poll_fn(|cx| {
            if first {
                first = false;
                if let Some(p) = pool.upgrade() {
                    *p.maintainer.borrow_mut() = Some(cx.waker().clone());
                }
                return tick.as_mut().poll(cx);
            }
            Poll::Ready(())
        })
        .await;
    }
}

/// Pings connections that have been idle for the pool's health interval; one that does not
/// answer in time is aborted (and replaced by the maintainer).
fn check_health(p: &Rc<Shared>, weak: &Weak<Shared>) {
    let now = Instant::now();
    for s in p.slots.borrow_mut().iter_mut() {
        if s.leased || s.pinging || s.client.is_closed() {
            continue;
        }
        let done = s.client.inner.completed.get();
        if done != s.seen || s.client.inner.in_flight() > 0 {
            s.seen = done;
            s.idle_since = now;
            continue;
        }
        if now.duration_since(s.idle_since) < p.health_idle {
            continue;
        }
        s.pinging = true;
        let inner = s.client.inner.clone();
        let timeout = p.health_timeout;
        let weak = weak.clone();
        crate::reactor::spawn(async move {
            let ok = matches!(crate::reactor::timeout(timeout, client::simple(&inner, "")).await, Ok(Ok(())));
            if !ok {
                inner.abort(Error::from(io::Error::new(io::ErrorKind::TimedOut, "health check got no answer")));
            }
            if let Some(p) = weak.upgrade() {
                if let Some(s) = p.slots.borrow_mut().iter_mut().find(|s| Rc::ptr_eq(&s.client.inner, &inner)) {
                    s.pinging = false;
                    s.idle_since = Instant::now();
                }
                Pool(p).kick_maintainer();
            }
        });
    }
}

/// Settings of a [`Pool`] (from [`Pool::builder`], which has an example).
pub struct PoolBuilder {
    cfg: Config,
    size: usize,
    checkout_timeout: Duration,
    health_idle: Duration,
    health_timeout: Duration,
}

impl PoolBuilder {
    /// Connections kept open (default 4, at least 1).
    pub fn size(mut self, n: usize) -> PoolBuilder {
        self.size = n;
        self
    }
    /// The longest a caller waits for a connection (default 5 s).
    pub fn checkout_timeout(mut self, d: Duration) -> PoolBuilder {
        self.checkout_timeout = d;
        self
    }
    /// A connection idle for `idle` is sent an empty query; no answer within `timeout`
    /// and it is closed and replaced (defaults 30 s and 5 s).
    pub fn health_check(mut self, idle: Duration, timeout: Duration) -> PoolBuilder {
        self.health_idle = idle;
        self.health_timeout = timeout;
        self
    }
    /// Only the idle interval of [`PoolBuilder::health_check`].
    pub fn health_interval(mut self, idle: Duration) -> PoolBuilder {
        self.health_idle = idle;
        self
    }
    /// Only the answer timeout of [`PoolBuilder::health_check`].
    pub fn health_timeout(mut self, timeout: Duration) -> PoolBuilder {
        self.health_timeout = timeout;
        self
    }
    /// The pool.
    pub fn build(self) -> Pool {
        Pool::from_builder(self)
    }
}

/// `#[state] db: &Pool` in a handler written inside `app!` (a `postgres db { .. }` pool).
impl<'r> crate::router::FromState<'r, Pool> for &'r Pool {
    #[inline(always)]
    fn from_state(p: &'r Pool) -> Self {
        p
    }
}

/// `#[state] db: Pool`: a clone of the pool (an `Rc`), for async handlers.
impl<'r> crate::router::FromState<'r, Pool> for Pool {
    #[inline(always)]
    fn from_state(p: &'r Pool) -> Self {
        p.clone()
    }
}

/// A connection leased from a [`Pool`] (see [`Pool::get`]); derefs to [`Client`]. Returned
/// to the pool on drop: rolled back first if it is inside a transaction or has requests in
/// flight, and unlistened if it listened through [`Client::listen`]. Other session state
/// (`SET` without `LOCAL`, temporary tables) stays with the connection.
pub struct PoolConn {
    pool: Pool,
    client: Option<Client>,
}

impl Deref for PoolConn {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.client.as_ref().expect("present until drop")
    }
}

impl DerefMut for PoolConn {
    fn deref_mut(&mut self) -> &mut Client {
        self.client.as_mut().expect("present until drop")
    }
}

impl Drop for PoolConn {
    fn drop(&mut self) {
        let client = self.client.take().expect("present until drop");
        let inner = client.inner.clone();
        drop(client);
        if !inner.is_lost() && (inner.txn_status.get() != b'I' || inner.in_flight() > 0) {
            // ROLLBACK outside a transaction only draws a warning; queued behind whatever
            // the lease sent, it ends any transaction that is still open.
            let _ = inner.submit(|out| proto::query(out, "ROLLBACK"));
        }
        if !inner.is_lost() && inner.listening.replace(false) {
            // The next user did not ask for this lease's notifications.
            let _ = inner.submit(|out| proto::query(out, "UNLISTEN *"));
            inner.clear_notifications();
        }
        let mut slots = self.pool.0.slots.borrow_mut();
        if let Some(s) = slots.iter_mut().find(|s| Rc::ptr_eq(&s.client.inner, &inner)) {
            s.leased = false;
        }
        drop(slots);
        if inner.is_lost() {
            self.pool.kick_maintainer();
        }
        self.pool.wake_waiters();
    }
}
