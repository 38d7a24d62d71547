//! Transactions and savepoints. A [`Transaction`] not committed is rolled back when dropped
//! — including when the task holding it panics or is cancelled — by queueing the ROLLBACK
//! on the connection at once (requests run in order, so nothing the transaction sent can
//! commit after it).

use std::ops::Deref;

use super::{client, Client, Error};

/// A transaction (or a savepoint inside one). Derefs to [`Client`] for queries.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let mut db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let mut tx = db.transaction().await?;
/// tx.execute("INSERT INTO t VALUES ($1)", &[&1i32]).await?;
/// {
///     let sp = tx.savepoint().await?;
///     sp.execute("INSERT INTO t VALUES ($1)", &[&2i32]).await?;
///     // dropped without commit: rolled back to the savepoint
/// }
/// tx.commit().await?; // only 1 is kept
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
pub struct Transaction<'c> {
    pub(crate) client: &'c Client,
    /// 0 for the transaction, n for savepoint `chopin_sp<n>`.
    depth: u32,
    done: bool,
}

impl Client {
    /// Begins a transaction.
    pub async fn transaction(&mut self) -> Result<Transaction<'_>, Error> {
        client::simple(&self.inner, "BEGIN").await?;
        Ok(Transaction { client: self, depth: 0, done: false })
    }
}

impl<'c> Transaction<'c> {
    /// Sets a savepoint; the returned transaction rolls back to it unless committed.
    pub async fn savepoint(&mut self) -> Result<Transaction<'_>, Error> {
        let depth = self.depth + 1;
        client::simple(&self.client.inner, &format!("SAVEPOINT chopin_sp{depth}")).await?;
        Ok(Transaction { client: self.client, depth, done: false })
    }

    /// Commits (or releases the savepoint).
    pub async fn commit(mut self) -> Result<(), Error> {
        self.done = true;
        let sql = match self.depth {
            0 => "COMMIT".to_string(),
            d => format!("RELEASE SAVEPOINT chopin_sp{d}"),
        };
        client::simple(&self.client.inner, &sql).await
    }

    /// Rolls back (to the savepoint).
    pub async fn rollback(mut self) -> Result<(), Error> {
        self.done = true;
        client::simple(&self.client.inner, &rollback_sql(self.depth)).await
    }
}

fn rollback_sql(depth: u32) -> String {
    match depth {
        0 => "ROLLBACK".to_string(),
        d => format!("ROLLBACK TO SAVEPOINT chopin_sp{d}; RELEASE SAVEPOINT chopin_sp{d}"),
    }
}

impl Deref for Transaction<'_> {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.client
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.done {
            // The reply is not awaited (dropping the handle discards it); the request is
            // queued behind everything this transaction sent.
            let sql = rollback_sql(self.depth);
            let _ = self.client.inner.submit(|out| super::proto::query(out, &sql));
        }
    }
}
