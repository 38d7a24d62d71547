//! A blocking façade for command-line tools and scripts: the same [`Client`] driven by a
//! private reactor that lives as long as the handle, so each call blocks the calling thread
//! until its answer arrives. Not for use on a worker thread (use the async API there).

use std::io::{Read, Write};

use crate::reactor::Reactor;

use super::{Client, Config, Error, Row, ToSql};

/// A connection used from ordinary blocking code.
///
/// ```no_run
/// use chopin_rt::pg::BlockingClient;
/// let mut db = BlockingClient::connect("postgres://app:pw@127.0.0.1/shop")?;
/// db.batch_execute("CREATE TEMP TABLE t (n int4)")?;
/// db.execute("INSERT INTO t VALUES ($1)", &[&7i32])?;
/// let n: i32 = db.query_one("SELECT n FROM t", &[])?.get(0);
/// assert_eq!(n, 7);
/// // Anything async, such as a transaction, through `run`:
/// db.run(async |c| {
///     let tx = c.transaction().await?;
///     tx.execute("DELETE FROM t", &[]).await?;
///     tx.commit().await
/// })?;
/// # Ok::<(), chopin_rt::pg::Error>(())
/// ```
pub struct BlockingClient {
    client: Option<Client>,
    rt: Reactor,
}

impl BlockingClient {
    /// Connects with a URL.
    pub fn connect(url: &str) -> Result<BlockingClient, Error> {
        BlockingClient::connect_with(url.parse()?)
    }

    /// Connects with a configuration.
    pub fn connect_with(cfg: Config) -> Result<BlockingClient, Error> {
        let rt = Reactor::new()?;
        let client = rt.block_on(Client::connect_with(cfg))?;
        Ok(BlockingClient { client: Some(client), rt })
    }

    fn client(&mut self) -> &mut Client {
        self.client.as_mut().expect("present until drop")
    }

    /// Runs an async operation on the connection and waits for it.
    pub fn run<T>(&mut self, f: impl AsyncFnOnce(&mut Client) -> T) -> T {
        let client = self.client.as_mut().expect("present until drop");
        self.rt.block_on(f(client))
    }

    /// [`Client::query`].
    pub fn query(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<Vec<Row>, Error> {
        let c = self.client.as_ref().expect("present until drop");
        self.rt.block_on(c.query(sql, params))
    }

    /// [`Client::query_one`].
    pub fn query_one(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<Row, Error> {
        let c = self.client.as_ref().expect("present until drop");
        self.rt.block_on(c.query_one(sql, params))
    }

    /// [`Client::execute`].
    pub fn execute(&mut self, sql: &str, params: &[&dyn ToSql]) -> Result<u64, Error> {
        let c = self.client.as_ref().expect("present until drop");
        self.rt.block_on(c.execute(sql, params))
    }

    /// [`Client::batch_execute`].
    pub fn batch_execute(&mut self, sql: &str) -> Result<(), Error> {
        let c = self.client.as_ref().expect("present until drop");
        self.rt.block_on(c.batch_execute(sql))
    }

    /// `COPY … FROM STDIN` fed from `data`; returns the rows copied.
    pub fn copy_in(&mut self, sql: &str, mut data: impl Read) -> Result<u64, Error> {
        self.run(async |c| {
            let mut copy = c.copy_in(sql).await?;
            let mut buf = vec![0u8; 256 * 1024];
            loop {
                let n = data.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                copy.send(&buf[..n]).await?;
            }
            copy.finish().await
        })
    }

    /// `COPY … TO STDOUT` written to `out`; returns the bytes written.
    pub fn copy_out(&mut self, sql: &str, mut out: impl Write) -> Result<u64, Error> {
        self.run(async |c| {
            let mut copy = c.copy_out(sql).await?;
            let mut total = 0u64;
            while let Some(chunk) = copy.next().await? {
                out.write_all(&chunk)?;
                total += chunk.len() as u64;
            }
            Ok(total)
        })
    }

    /// True once the connection is lost.
    pub fn is_closed(&mut self) -> bool {
        self.client().is_closed()
    }
}

impl Drop for BlockingClient {
    fn drop(&mut self) {
        // Let the driver say Terminate before the reactor goes away.
        if let Some(client) = self.client.take() {
            let inner = client.inner.clone();
            drop(client);
            let _ = self.rt.block_on(crate::reactor::timeout(
                std::time::Duration::from_secs(1),
                std::future::poll_fn(|cx| inner.poll_closed(cx)),
            ));
        }
    }
}
