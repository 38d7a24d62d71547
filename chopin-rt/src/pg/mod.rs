//! A native PostgreSQL client (protocol v3) on the worker's own reactor: the connection's
//! socket sits in the worker's epoll, queries from many tasks pipeline on one connection,
//! and nothing blocks the thread. Written by hand (not tokio-postgres) because the driver
//! must run on Chopin's per-core executor and batch many queries behind one Sync.
//!
//! Layout: [`Config`] (URL and builder) → `stream` (socket, TLS) → `startup` (auth) →
//! `conn` (shared state) and `driver` (reads from the event loop, writes at the end of the
//! turn, a task for the rest) → `readonly` (the check behind shared reads) → [`Client`]
//! (queries, shared reads, [`Batch`],
//! [`Transaction`], COPY, notifications) → [`Pool`] (per worker) and
//! [`BlockingClient`] (scripts). Value conversions are in [`types`](ToSql).

mod auth;
mod blocking;
mod client;
mod config;
mod conn;
mod copy;
mod driver;
mod error;
mod pool;
mod proto;
mod readonly;
mod row;
mod startup;
mod statement;
mod stream;
mod tls;
mod txn;
mod types;

pub use blocking::BlockingClient;
pub use client::{Batch, CancelToken, Client, Notifications};
pub use config::{ChannelBinding, Config, Host, SslMode};
pub use copy::{CopyIn, CopyOut};
pub use error::{classify_sqlstate, DbError, Error, ErrorClass};
pub use pool::{Pool, PoolBuilder, PoolConn};
pub use row::{ColumnIndex, Row};
pub use statement::Statement;
pub use txn::Transaction;
pub use types::{oid, Column, Date, FromSql, IsNull, Json, Numeric, Time, Timestamp, TimestampTz, ToSql, Uuid};

/// A notification delivered by `NOTIFY` to a connection that ran `LISTEN`.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// db.listen("jobs").await?;
/// db.execute("SELECT pg_notify('jobs', '42')", &[]).await?;
/// let n = db.notifications().next().await?;
/// assert_eq!((n.channel.as_str(), n.payload.as_str()), ("jobs", "42"));
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The notifying session's process id.
    pub pid: i32,
    /// The channel.
    pub channel: String,
    /// The payload (empty when none was given).
    pub payload: String,
}
