//! The query API of one connection ([`Client`]): extended-protocol queries through the
//! statement cache, batches of queries behind one Sync, simple-protocol scripts, query
//! timeouts with CancelRequest, and the cancel token.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;

use crate::reactor::Sleep;

use super::conn::{self, Inner, Pending, ReplyBuf};
use super::proto;
use super::statement::{self, Statement};
use super::types::ToSql;
use super::{Config, DbError, Error, Notification, Row};

/// One connection. Its methods take `&self`, so several tasks sharing it (through an `Rc`)
/// pipeline their queries on the one socket; transactions and COPY take `&mut self`
/// because they need the connection to themselves.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// use chopin_rt::pg::Client;
/// let db = Client::connect("postgres://app:pw@127.0.0.1/shop").await?;
/// let row = db.query_one("SELECT $1::int4 + 1 AS n", &[&41i32]).await?;
/// assert_eq!(row.get::<_, i32>("n"), 42);
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
pub struct Client {
    pub(crate) inner: Rc<Inner>,
}

impl Client {
    /// Connects with a URL (see [`Config`]'s `FromStr`).
    pub async fn connect(url: &str) -> Result<Client, Error> {
        Client::connect_with(url.parse()?).await
    }

    /// Connects with a configuration.
    pub async fn connect_with(cfg: Config) -> Result<Client, Error> {
        let inner = conn::open(Rc::new(cfg)).await?;
        Ok(Client::from_inner(inner))
    }

    pub(crate) fn from_inner(inner: Rc<Inner>) -> Client {
        inner.handles.set(inner.handles.get() + 1);
        Client { inner }
    }

    /// True once the connection is lost; every call then fails.
    pub fn is_closed(&self) -> bool {
        self.inner.is_lost()
    }

    /// The server's process id for this session.
    pub fn backend_pid(&self) -> i32 {
        self.inner.pid
    }

    /// A parameter the server reported (`server_version`, `TimeZone`, …).
    pub fn server_param(&self, name: &str) -> Option<&str> {
        self.inner.params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A token that cancels whatever this session is running, from any task.
    pub fn cancel_token(&self) -> CancelToken {
        CancelToken { cfg: self.inner.cfg.clone(), pid: self.inner.pid, key: self.inner.key }
    }

    /// Parses and describes `sql` (or returns the cached statement).
    pub async fn prepare(&self, sql: &str) -> Result<Rc<Statement>, Error> {
        statement::prepare(&self.inner, sql).await
    }

    /// Runs `sql` with `params` and returns every row.
    pub async fn query(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Vec<Row>, Error> {
        query::<Vec<Row>>(&self.inner, sql, params, Mode::Own).await.map(|r| r.0)
    }

    /// Runs `sql` and returns its one row (an error for none or several).
    pub async fn query_one(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Row, Error> {
        query::<One>(&self.inner, sql, params, Mode::Own).await?.0.exactly_one()
    }

    /// Runs `sql` and returns its row, if any (an error for several).
    pub async fn query_opt(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Option<Row>, Error> {
        query::<One>(&self.inner, sql, params, Mode::Own).await?.0.at_most_one()
    }

    /// Runs `sql` and returns the number of rows it affected.
    pub async fn execute(&self, sql: &str, params: &[&dyn ToSql]) -> Result<u64, Error> {
        query::<Count>(&self.inner, sql, params, Mode::Own).await.map(|r| r.1)
    }

    /// Runs a statement that only reads and returns every row, like [`Client::query`], but
    /// lets it share one Sync with the other reads queued on this connection in the same loop
    /// turn (by other tasks too): PostgreSQL then runs them in one implicit transaction and
    /// answers them in one packet, instead of one packet and one wake-up per statement. An
    /// error in one read makes PostgreSQL skip the rest of its group; those are sent again on
    /// their own, so each read gets its own result.
    ///
    /// `sql` must start with `SELECT`, `WITH`, `VALUES` or `TABLE` and contain none of the
    /// words `INSERT`, `UPDATE`, `DELETE`, `MERGE` or `INTO` (outside literals and comments);
    /// anything else is refused with [`Error::Conversion`] before it is sent. A function that
    /// writes cannot be seen in the text: do not call one through `read`, since another
    /// read's failure could roll its write back.
    ///
    /// ```no_run
    /// # chopin_rt::block_on(async {
    /// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
    /// let rows = db.read("SELECT id, message FROM fortune", &[]).await?;
    /// let row = db.read_one("SELECT randomnumber FROM world WHERE id = $1", &[&7]).await?;
    /// let n: i32 = row.get(0);
    /// assert!(db.read("UPDATE world SET randomnumber = 1", &[]).await.is_err());
    /// # let _ = (rows, n);
    /// # Ok::<(), chopin_rt::pg::Error>(()) });
    /// ```
    pub async fn read(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Vec<Row>, Error> {
        query::<Vec<Row>>(&self.inner, sql, params, Mode::SharedRead).await.map(|r| r.0)
    }

    /// [`Client::read`] returning its one row (an error for none or several).
    pub async fn read_one(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Row, Error> {
        query::<One>(&self.inner, sql, params, Mode::SharedRead).await?.0.exactly_one()
    }

    /// [`Client::read`] returning its row, if any (an error for several).
    pub async fn read_opt(&self, sql: &str, params: &[&dyn ToSql]) -> Result<Option<Row>, Error> {
        query::<One>(&self.inner, sql, params, Mode::SharedRead).await?.0.at_most_one()
    }

    /// Runs one or more `;`-separated statements without parameters (simple protocol).
    pub async fn batch_execute(&self, sql: &str) -> Result<(), Error> {
        simple(&self.inner, sql).await
    }

    /// Starts a batch: queries sent together behind one Sync (see [`Batch`]).
    pub fn batch(&self) -> Batch {
        Batch::new(self.inner.clone())
    }

    /// `LISTEN channel` (quoted as an identifier); notifications arrive on
    /// [`Client::notifications`].
    pub async fn listen(&self, channel: &str) -> Result<(), Error> {
        self.inner.listening.set(true);
        simple(&self.inner, &format!("LISTEN {}", quote_ident(channel))).await
    }

    /// The stream of notifications received on this connection.
    pub fn notifications(&self) -> Notifications {
        Notifications { inner: self.inner.clone() }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.inner.handles.set(self.inner.handles.get() - 1);
        if self.inner.handles.get() == 0 {
            self.inner.kick();
        }
    }
}

/// `"name"` with inner quotes doubled.
pub(crate) fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Length of the Execute message at the end of [`Statement::bind_tail`].
const EXECUTE_LEN: usize = 10;

/// Writes Bind + Execute for `stmt` with `params`: the precomputed head, the values, the
/// precomputed tail, then the Bind length. A parameter sent as text has its format code
/// patched in the head's copy.
fn encode_bind(out: &mut Vec<u8>, stmt: &Statement, params: &[&dyn ToSql]) -> Result<(), Error> {
    if params.len() != stmt.params.len() {
        return Err(wrong_param_count(stmt.params.len(), params.len()));
    }
    let at = out.len();
    out.extend_from_slice(&stmt.bind_head);
    // The format codes sit just before the closing parameter count.
    let formats_at = out.len() - 2 - 2 * params.len();
    for (i, (p, &ty)) in params.iter().zip(&stmt.params).enumerate() {
        if p.text_format() {
            out[formats_at + 2 * i..formats_at + 2 * i + 2].copy_from_slice(&0u16.to_be_bytes());
        }
        let len_at = out.len();
        out.extend_from_slice(&[0; 4]);
        let len = match p.to_sql(ty, out)? {
            super::IsNull::Yes => -1,
            super::IsNull::No => i32::try_from(out.len() - len_at - 4)
                .map_err(|_| Error::conversion("a parameter is larger than 2 GiB"))?,
        };
        out[len_at..len_at + 4].copy_from_slice(&len.to_be_bytes());
    }
    out.extend_from_slice(&stmt.bind_tail);
    let bind_len = out.len() - EXECUTE_LEN - at - 1;
    let bind_len = i32::try_from(bind_len).map_err(|_| Error::conversion("a message is larger than the protocol's 2 GiB limit"))?;
    out[at + 1..at + 5].copy_from_slice(&bind_len.to_be_bytes());
    Ok(())
}

#[cold]
#[inline(never)]
fn wrong_param_count(takes: usize, given: usize) -> Error {
    Error::conversion(format!("the statement takes {takes} parameters, {given} were given"))
}

/// A reply message a query or batch does not expect.
#[cold]
#[inline(never)]
fn unexpected(tag: u8, within: &str) -> Error {
    Error::protocol(format!("unexpected message {:?} in a {within} reply", tag as char))
}

#[cold]
#[inline(never)]
fn row_count(expected: &str, n: usize) -> Error {
    Error::conversion(format!("expected {expected} row, got {n}"))
}

/// A query's deadline: one timer for the whole reply, however many messages it has.
pub(crate) struct Deadline(Option<Pin<Box<Sleep>>>);

impl Deadline {
    /// The connection's query timeout, starting now.
    #[inline]
    pub(crate) fn new(inner: &Inner) -> Deadline {
        match inner.cfg.query_timeout {
            None => Deadline(None),
            Some(d) => Deadline::start(d),
        }
    }

    /// A timer of `d` from now.
    #[cold]
    fn start(d: std::time::Duration) -> Deadline {
        Deadline(Some(Box::pin(crate::reactor::sleep(d))))
    }
}

/// Runs `f` on the reply messages as they arrive, until the reply is complete or the
/// deadline passes. On expiry the request is abandoned and, if it was still running,
/// cancelled.
pub(crate) async fn each(
    inner: &Rc<Inner>,
    p: &mut Pending,
    deadline: &mut Deadline,
    mut f: impl FnMut(u8, &[u8], usize, &ReplyBuf) -> Result<(), Error>,
) -> Result<(), Error> {
    let r = std::future::poll_fn(|cx| loop {
        match p.poll_each(cx, &mut f) {
            Poll::Ready(Ok(true)) => return Poll::Ready(Ok(Ok(()))),
            Poll::Ready(Ok(false)) => continue,
            Poll::Ready(Err(e)) => return Poll::Ready(Ok(Err(e))),
            Poll::Pending => {}
        }
        return match deadline.0.as_mut().map(|s| s.as_mut().poll(cx)) {
            Some(Poll::Ready(())) => Poll::Ready(Err(())),
            _ => Poll::Pending,
        };
    })
    .await;
    match r {
        Ok(r) => r,
        Err(()) => Err(expire(inner, p)),
    }
}

/// The query-timeout error; sends a CancelRequest when the request is still running (and
/// holds the connection's later requests back until its reply is complete: see
/// `Inner::hold_behind`).
fn expire(inner: &Rc<Inner>, p: &Pending) -> Error {
    if !p.is_done() {
        p.hold_behind();
        let token = CancelToken { cfg: inner.cfg.clone(), pid: inner.pid, key: inner.key };
        let conn = Rc::downgrade(inner);
        // The hold lasts no longer than one more query timeout, should the server not answer.
        let limit = inner.cfg.query_timeout.unwrap_or(std::time::Duration::from_secs(5));
        crate::reactor::spawn(async move {
            let _ = crate::reactor::timeout(limit, token.cancel()).await;
            if let Some(conn) = conn.upgrade() {
                conn.cancel_handled();
            }
        });
    }
    Error::QueryTimeout
}

/// Prepares `sql` within the query timeout. Boxed: it runs once per statement and
/// connection, so its state should not weigh on every query's future.
pub(crate) fn prepare_within<'a>(
    inner: &'a Rc<Inner>,
    sql: &'a str,
) -> Pin<Box<dyn Future<Output = Result<Rc<Statement>, Error>> + 'a>> {
    Box::pin(async move {
        match inner.cfg.query_timeout {
            Some(d) => crate::reactor::timeout(d, statement::prepare(inner, sql)).await.map_err(|_| Error::QueryTimeout)?,
            None => statement::prepare(inner, sql).await,
        }
    })
}

/// Where the rows of a query go: every row ([`Vec<Row>`]), at most one ([`One`]) or none
/// ([`Count`]).
pub(crate) trait RowSink: Default + Unpin {
    /// What the query returns.
    type Out;
    /// Whether the caller wants the affected count (read from CommandComplete's tag only
    /// then; the other sinks' callers drop it, and it is 0 for them).
    const COUNTS: bool = false;
    /// Takes one DataRow's body, which lies in `buf`; `ahead` is how many more reply bytes
    /// have arrived.
    fn push(&mut self, columns: &Rc<[super::types::Column]>, body: &[u8], ahead: usize, buf: &ReplyBuf);
    /// The result, once the reply is complete.
    fn finish(self) -> Self::Out;
}

impl RowSink for Vec<Row> {
    type Out = Vec<Row>;
    #[inline]
    fn push(&mut self, columns: &Rc<[super::types::Column]>, body: &[u8], ahead: usize, buf: &ReplyBuf) {
        if self.len() == self.capacity() {
            // Room for the rows already received, assuming they are about this size (one
            // allocation for a whole result, not one per doubling), rounded up to a power of
            // two: rows are 32 bytes, so the block is one too, which allocators serve from
            // their fast paths (mimalloc's aligned entry point over-allocates other sizes).
            let more = (ahead / (body.len() + 5) + 1).next_power_of_two();
            if self.capacity() == 0 {
                *self = Vec::with_capacity(more);
            } else {
                self.reserve(more);
            }
        }
        Vec::push(self, Row::new(columns.clone(), buf, body));
    }
    fn finish(self) -> Vec<Row> {
        self
    }
}

/// The first row of a result and how many there were (`query_one`, `query_opt`): no vector.
#[derive(Default)]
pub(crate) struct One {
    pub(crate) row: Option<Row>,
    pub(crate) count: usize,
}

impl RowSink for One {
    type Out = One;
    fn finish(self) -> One {
        self
    }
    #[inline]
    fn push(&mut self, columns: &Rc<[super::types::Column]>, body: &[u8], _: usize, buf: &ReplyBuf) {
        if self.row.is_none() {
            self.row = Some(Row::new(columns.clone(), buf, body));
        }
        self.count += 1;
    }
}

/// No rows, only the affected count (`execute`).
#[derive(Default)]
pub(crate) struct Count;

impl RowSink for Count {
    type Out = ();
    const COUNTS: bool = true;
    fn finish(self) {}
    #[inline]
    fn push(&mut self, _: &Rc<[super::types::Column]>, _: &[u8], _: usize, _: &ReplyBuf) {}
}

impl One {
    /// The only row; an error for none or several.
    pub(crate) fn exactly_one(self) -> Result<Row, Error> {
        match (self.row, self.count) {
            (Some(row), 1) => Ok(row),
            (_, n) => Err(row_count("one", n)),
        }
    }

    /// The row, if any; an error for several.
    pub(crate) fn at_most_one(self) -> Result<Option<Row>, Error> {
        match self.count {
            0 | 1 => Ok(self.row),
            n => Err(row_count("at most one", n)),
        }
    }
}

/// How a statement is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// With its own Sync (its own implicit transaction).
    Own,
    /// As a read that may share its Sync with other requests' reads ([`Client::read`]).
    SharedRead,
}

/// Runs one statement: rows and the affected count (0 unless `R` counts, see
/// [`RowSink::COUNTS`]).
pub(crate) async fn query<R: RowSink>(
    inner: &Rc<Inner>,
    sql: &str,
    params: &[&dyn ToSql],
    mode: Mode,
) -> Result<(R::Out, u64), Error> {
    let dl = Deadline::new(inner);
    let stmt = match statement::cached(inner, sql) {
        Some(s) => s,
        None => prepare_within(inner, sql).await?,
    };
    let mut q = InFlight::<R>::start(inner, stmt, params, mode, dl)?;
    let mut sent = true;
    std::future::poll_fn(|cx| if std::mem::take(&mut sent) { q.poll_sent(cx) } else { q.poll_reply(cx) }).await
}

/// One statement sent with its parameters, gathering its rows as the reply arrives: a
/// future of the rows and the affected count. It is the whole query once the statement is
/// known, so a cached statement costs one future, polled without nested state machines.
pub(crate) struct InFlight<R: RowSink> {
    stmt: Rc<Statement>,
    p: Pending,
    dl: Deadline,
    rows: R,
    affected: u64,
    /// The server's error, which explains a connection lost right after it (a FATAL one).
    err: Option<Error>,
}

impl<R: RowSink> InFlight<R> {
    /// Encodes Bind and Execute for `stmt` with `params` and queues them (see [`Mode`]);
    /// `dl` is the query's deadline, started before the statement was looked up.
    #[inline(always)]
    pub(crate) fn start(
        inner: &Rc<Inner>,
        stmt: Rc<Statement>,
        params: &[&dyn ToSql],
        mode: Mode,
        dl: Deadline,
    ) -> Result<InFlight<R>, Error> {
        let p = match mode {
            Mode::Own => inner.submit(|out| {
                encode_bind(out, &stmt, params)?;
                proto::sync(out);
                Ok(())
            })?,
            Mode::SharedRead if stmt.read_only => inner.submit_shared(1, |out| encode_bind(out, &stmt, params))?,
            Mode::SharedRead => return Err(not_a_read()),
        };
        Ok(InFlight { stmt, p, dl, rows: R::default(), affected: 0, err: None })
    }

    /// Polls a request just started: it waits for its reply without looking for messages
    /// (none can have come before the loop turn sends the request).
    pub(crate) fn poll_sent(&mut self, cx: &mut std::task::Context<'_>) -> Poll<Result<(R::Out, u64), Error>> {
        if !self.p.wait_idle(cx.waker()) {
            return self.poll_reply(cx);
        }
        match self.dl.0.as_mut().map(|s| s.as_mut().poll(cx)) {
            Some(Poll::Ready(())) => Poll::Ready(Err(expire(self.p.inner(), &self.p))),
            _ => Poll::Pending,
        }
    }

    /// Takes the reply messages received so far; ready with the result once the reply is
    /// complete, the deadline passed or the connection failed.
    pub(crate) fn poll_reply(&mut self, cx: &mut std::task::Context<'_>) -> Poll<Result<(R::Out, u64), Error>> {
        let InFlight { stmt, p, dl, rows, affected, err } = self;
        let inner = p.inner();
        let mut f = |tag: u8, body: &[u8], ahead: usize, buf: &ReplyBuf| {
            match tag {
                b'D' => rows.push(&stmt.columns, body, ahead, buf),
                b'C' if R::COUNTS => *affected = proto::rows_affected(body),
                b'C' => {}
                b'2' | b'I' | b's' | b'n' => {}
                b'E' => *err = Some(db_error(inner, body)),
                other => return Err(unexpected(other, "query")),
            }
            Ok(())
        };
        let r = loop {
            match p.poll_each(cx, &mut f) {
                Poll::Ready(Ok(true)) => break Ok(()),
                Poll::Ready(Ok(false)) => continue,
                Poll::Ready(Err(e)) => break Err(e),
                Poll::Pending => {}
            }
            match dl.0.as_mut().map(|s| s.as_mut().poll(cx)) {
                Some(Poll::Ready(())) => break Err(expire(inner, p)),
                _ => return Poll::Pending,
            }
        };
        Poll::Ready(match (err.take(), r) {
            (Some(e), _) => Err(e),
            (None, Err(e)) => Err(e),
            (None, Ok(())) => Ok((std::mem::take(rows).finish(), *affected)),
        })
    }
}

impl<R: RowSink> Future for InFlight<R> {
    type Output = Result<(R::Out, u64), Error>;
    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<Self::Output> {
        self.get_mut().poll_reply(cx)
    }
}

/// The error of [`Client::read`] given a statement that may write.
fn not_a_read() -> Error {
    Error::conversion(
        "`read` takes a statement that only reads (starting with SELECT, WITH, VALUES or TABLE, without \
         INSERT, UPDATE, DELETE, MERGE or INTO); use `query` for this one",
    )
}

/// A server error; a missing prepared statement (dropped by `DISCARD ALL` or similar) also
/// empties the cache so the next use prepares again.
fn db_error(inner: &Inner, body: &[u8]) -> Error {
    let e = DbError::parse(body);
    if e.code == "26000" {
        inner.forget_statements();
    }
    Error::Db(Box::new(e))
}

/// Runs a simple-protocol script, discarding rows.
pub(crate) async fn simple(inner: &Rc<Inner>, sql: &str) -> Result<(), Error> {
    let mut dl = Deadline::new(inner);
    let mut p = inner.submit(|out| proto::query(out, sql))?;
    let mut err = None;
    let r = each(inner, &mut p, &mut dl, |tag, body, _, _| {
        if tag == b'E' {
            err = Some(db_error(inner, body));
        }
        Ok(())
    })
    .await;
    match err {
        Some(e) => Err(e),
        None => r,
    }
}

/// Queries sent together, one Bind/Execute each and a single Sync: the server answers
/// them in one packet, so the worker wakes once for the lot. They run in one implicit
/// transaction: when one fails, the server skips the rest ([`Error::Skipped`]) and rolls
/// back the writes of the earlier ones (whose rows are still returned). Use it for
/// independent reads (and writes that should stand or fall together).
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let mut batch = db.batch();
/// for id in [3i32, 7, 11] {
///     batch.query("SELECT id, randomnumber FROM world WHERE id = $1", &[&id]).await?;
/// }
/// for rows in batch.run().await? {
///     let rows = rows?;
///     assert_eq!(rows.len(), 1);
/// }
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
pub struct Batch {
    inner: Rc<Inner>,
    buf: Vec<u8>,
    stmts: Vec<Rc<Statement>>,
    /// Every statement was added with [`Batch::read`].
    reads: bool,
}

impl Batch {
    pub(crate) fn new(inner: Rc<Inner>) -> Batch {
        Batch { inner, buf: Vec::with_capacity(1024), stmts: Vec::with_capacity(16), reads: true }
    }

    /// Adds a query: prepares it (from the cache after the first time) and encodes its
    /// parameters, which need not outlive this call.
    pub async fn query(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<&mut Batch, Error> {
        self.reads = false;
        self.add(sql, params, false).await
    }

    /// Adds a statement that only reads (checked as for [`Client::read`]). A batch of reads
    /// only also shares its Sync with the other reads queued on the connection in the same
    /// loop turn; it still returns its own results and stops at its own first error.
    ///
    /// ```no_run
    /// # chopin_rt::block_on(async {
    /// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
    /// let mut batch = db.batch();
    /// for id in [3i32, 7, 11] {
    ///     batch.read("SELECT id, randomnumber FROM world WHERE id = $1", &[&id]).await?;
    /// }
    /// assert_eq!(batch.run().await?.len(), 3);
    /// # Ok::<(), chopin_rt::pg::Error>(()) });
    /// ```
    pub async fn read(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<&mut Batch, Error> {
        self.add(sql, params, true).await
    }

    async fn add(&mut self, sql: &str, params: &[&dyn ToSql], read: bool) -> Result<&mut Batch, Error> {
        let stmt = match statement::cached(&self.inner, sql) {
            Some(s) => s,
            None => statement::prepare(&self.inner, sql).await?,
        };
        if read && !stmt.read_only {
            return Err(not_a_read());
        }
        let mark = self.buf.len();
        if let Err(e) = encode_bind(&mut self.buf, &stmt, params) {
            self.buf.truncate(mark);
            return Err(e);
        }
        self.stmts.push(stmt);
        Ok(self)
    }

    /// Number of queries added.
    pub fn len(&self) -> usize {
        self.stmts.len()
    }

    /// True when no query was added.
    pub fn is_empty(&self) -> bool {
        self.stmts.is_empty()
    }

    /// Sends the batch and returns each query's rows, in order. The outer error is for the
    /// batch as a whole (the connection was lost); the inner ones for each query.
    pub async fn run(self) -> Result<Vec<Result<Vec<Row>, Error>>, Error> {
        let Batch { inner, buf, stmts, reads } = self;
        if stmts.is_empty() {
            return Ok(Vec::new());
        }
        let mut p = if reads {
            let n = u32::try_from(stmts.len()).map_err(|_| Error::conversion("too many statements in a batch"))?;
            inner.submit_shared(n, |out| {
                out.extend_from_slice(&buf);
                Ok(())
            })?
        } else {
            inner.submit(|out| {
                out.extend_from_slice(&buf);
                proto::sync(out);
                Ok(())
            })?
        };
        let mut dl = Deadline::new(&inner);
        let mut results: Vec<Result<Vec<Row>, Error>> = Vec::with_capacity(stmts.len());
        let mut rows = Vec::new();
        let mut failed = false;
        let r = each(&inner, &mut p, &mut dl, |tag, body, _, buf| {
            if results.len() >= stmts.len() && matches!(tag, b'D' | b'C' | b'I' | b'E') {
                return Err(Error::protocol("more results than queries in a batch"));
            }
            match tag {
                b'D' => rows.push(Row::new(stmts[results.len()].columns.clone(), buf, body)),
                b'C' | b'I' => results.push(Ok(std::mem::take(&mut rows))),
                b'E' => {
                    results.push(Err(db_error(&inner, body)));
                    failed = true;
                }
                b'2' | b's' | b'n' => {}
                other => return Err(unexpected(other, "batch")),
            }
            Ok(())
        })
        .await;
        if let Err(e) = r {
            // A FATAL server error explains the connection lost right after it.
            if let Some(Err(db)) = results.last().filter(|_| failed) {
                return Err(db.clone());
            }
            return Err(e);
        }
        while results.len() < stmts.len() {
            results.push(Err(Error::Skipped));
        }
        Ok(results)
    }
}

/// Cancels the running query of a session (a CancelRequest on a new connection).
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let token = db.cancel_token();
/// chopin_rt::spawn(async move {
///     chopin_rt::sleep(std::time::Duration::from_millis(100)).await;
///     let _ = token.cancel().await;
/// });
/// let e = db.query("SELECT pg_sleep(60)", &[]).await.unwrap_err();
/// assert_eq!(e.code(), Some("57014")); // query_canceled
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
#[derive(Debug, Clone)]
pub struct CancelToken {
    cfg: Rc<Config>,
    pid: i32,
    key: i32,
}

impl CancelToken {
    /// Sends the CancelRequest; the server answers by closing the connection.
    pub async fn cancel(&self) -> Result<(), Error> {
        let mut stream = super::stream::connect(&self.cfg).await?;
        let mut out = Vec::with_capacity(16);
        proto::cancel_request(&mut out, self.pid, self.key);
        stream.write_all(&out).await?;
        let mut buf = [0u8; 64];
        while stream.read(&mut buf).await? > 0 {}
        Ok(())
    }
}

/// Notifications received on a connection (after `LISTEN`); see [`Notification`]. At most
/// 65,536 unread ones are kept per connection (the oldest are dropped past that).
pub struct Notifications {
    inner: Rc<Inner>,
}

impl Notifications {
    /// The next notification, waiting for one; an error once the connection is lost.
    pub async fn next(&mut self) -> Result<Notification, Error> {
        std::future::poll_fn(|cx| self.inner.poll_notification(cx)).await
    }
}
