//! COPY as streams: [`CopyIn`] sends data as the caller produces it (waiting when the
//! output buffer is full, so memory stays bounded), [`CopyOut`] yields the server's data
//! as it arrives (the driver pauses reading while the caller is behind).

use std::marker::PhantomData;
use std::rc::Rc;

use super::conn::{Inner, Msg, Pending};
use super::{proto, Client, DbError, Error, Transaction};

impl Client {
    /// Starts `COPY … FROM STDIN`; send data with [`CopyIn::send`], then
    /// [`CopyIn::finish`]. Dropping it unfinished aborts the COPY (CopyFail).
    ///
    /// ```no_run
    /// # chopin_rt::block_on(async {
    /// # let mut db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
    /// let mut copy = db.copy_in("COPY t (id, name) FROM STDIN").await?;
    /// copy.send(b"1\tone\n2\ttwo\n").await?;
    /// assert_eq!(copy.finish().await?, 2);
    /// # Ok::<(), chopin_rt::pg::Error>(()) });
    /// ```
    pub async fn copy_in(&mut self, sql: &str) -> Result<CopyIn<'_>, Error> {
        start_in(&self.inner, sql).await
    }

    /// Starts `COPY … TO STDOUT`; read it with [`CopyOut::next`].
    ///
    /// ```no_run
    /// # chopin_rt::block_on(async {
    /// # let mut db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
    /// let mut copy = db.copy_out("COPY t TO STDOUT").await?;
    /// while let Some(chunk) = copy.next().await? {
    ///     print!("{}", String::from_utf8_lossy(&chunk));
    /// }
    /// # Ok::<(), chopin_rt::pg::Error>(()) });
    /// ```
    pub async fn copy_out(&mut self, sql: &str) -> Result<CopyOut<'_>, Error> {
        start_out(&self.inner, sql).await
    }
}

impl Transaction<'_> {
    /// [`Client::copy_in`] inside the transaction (the rows commit with it).
    pub async fn copy_in(&mut self, sql: &str) -> Result<CopyIn<'_>, Error> {
        start_in(&self.client.inner, sql).await
    }

    /// [`Client::copy_out`] inside the transaction.
    pub async fn copy_out(&mut self, sql: &str) -> Result<CopyOut<'_>, Error> {
        start_out(&self.client.inner, sql).await
    }
}

/// Starts a COPY FROM STDIN. The caller holds the connection exclusively for `'c`.
async fn start_in<'c>(inner: &Rc<Inner>, sql: &str) -> Result<CopyIn<'c>, Error> {
    let mut p = inner.submit(|out| proto::query(out, sql))?;
    match p.next().await? {
        Some((b'G', _)) => Ok(CopyIn { inner: inner.clone(), pending: Some(p), _excl: PhantomData }),
        other => Err(unexpected(&mut p, other, "CopyInResponse").await),
    }
}

/// Starts a COPY TO STDOUT. The caller holds the connection exclusively for `'c`.
async fn start_out<'c>(inner: &Rc<Inner>, sql: &str) -> Result<CopyOut<'c>, Error> {
    let mut p = inner.submit(|out| proto::query(out, sql))?;
    match p.next().await? {
        Some((b'H', _)) => Ok(CopyOut { pending: p, done: false, _excl: PhantomData }),
        other => Err(unexpected(&mut p, other, "CopyOutResponse").await),
    }
}

/// The error for a reply that did not start a COPY (drains the rest of the reply).
async fn unexpected(p: &mut Pending, got: Option<Msg>, wanted: &str) -> Error {
    let e = match got {
        Some((b'E', body)) => Error::Db(Box::new(DbError::parse(&body))),
        Some((tag, _)) => Error::protocol(format!("expected {wanted}, got {:?}", tag as char)),
        None => Error::protocol(format!("expected {wanted}, got ReadyForQuery")),
    };
    while let Ok(Some(_)) = p.next().await {}
    e
}

/// A COPY FROM STDIN in progress (from [`Client::copy_in`], which has an example).
pub struct CopyIn<'c> {
    inner: Rc<Inner>,
    pending: Option<Pending>,
    /// The exclusive borrow of the connection (or transaction) the COPY runs on.
    _excl: PhantomData<&'c mut ()>,
}

impl CopyIn<'_> {
    /// Sends a chunk of COPY data (any split; rows may span chunks).
    pub async fn send(&mut self, data: &[u8]) -> Result<(), Error> {
        for part in data.chunks(1 << 20) {
            self.inner.send_more(|out| proto::copy_data(out, part))?;
            self.inner.out_drained().await?;
        }
        Ok(())
    }

    /// Ends the data and returns the number of rows copied.
    pub async fn finish(mut self) -> Result<u64, Error> {
        self.inner.send_more(|out| {
            proto::copy_done(out);
            Ok(())
        })?;
        let mut p = self.pending.take().expect("finish runs once");
        let mut rows = 0;
        let mut err = None;
        loop {
            match p.next().await {
                Ok(Some((b'C', body))) => rows = proto::rows_affected(&body),
                Ok(Some((b'E', body))) => err = Some(Error::Db(Box::new(DbError::parse(&body)))),
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(e) => return Err(err.unwrap_or(e)),
            }
        }
        err.map_or(Ok(rows), Err)
    }
}

impl Drop for CopyIn<'_> {
    fn drop(&mut self) {
        if self.pending.is_some() {
            let _ = self.inner.send_more(|out| proto::copy_fail(out, "COPY aborted by the client"));
        }
    }
}

/// A COPY TO STDOUT in progress (from [`Client::copy_out`], which has an example).
pub struct CopyOut<'c> {
    pending: Pending,
    done: bool,
    _excl: PhantomData<&'c mut ()>,
}

impl CopyOut<'_> {
    /// The next chunk of data (one CopyData message: a row, for text and CSV formats);
    /// `None` at the end.
    pub async fn next(&mut self) -> Result<Option<Vec<u8>>, Error> {
        if self.done {
            return Ok(None);
        }
        let mut err = None;
        loop {
            match self.pending.next().await {
                Ok(Some((b'd', data))) => return Ok(Some(data)),
                Ok(Some((b'E', body))) => err = Some(Error::Db(Box::new(DbError::parse(&body)))),
                Ok(Some(_)) => {}
                Ok(None) => {
                    self.done = true;
                    return err.map_or(Ok(None), Err);
                }
                Err(e) => return Err(err.unwrap_or(e)),
            }
        }
    }
}
