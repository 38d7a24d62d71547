//! The byte stream under a connection: a TCP or unix socket registered in the worker's epoll
//! ([`Async`]), optionally wrapped in rustls. Connects without blocking the thread (a
//! non-blocking `connect` waited on through epoll; name lookups on the blocking pool).

use std::future::poll_fn;
use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::task::{Context, Poll};

use rustls::ClientConnection;

use super::{tls, Config, Error, Host, SslMode};
use crate::reactor::Async;

enum Socket {
    Tcp(Async<TcpStream>),
    Unix(Async<UnixStream>),
}

impl Socket {
    /// Reads; a short read marks the socket drained (see `Async::clear`), which saves the
    /// `recv` that would only say `EAGAIN`. Plain reads and sends are raw system calls
    /// (`crate::sys`, no libc bookkeeping), as on the HTTP side.
    fn poll_read(&mut self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>> {
        self.poll_read_more(cx, buf).map_ok(|(n, _)| n)
    }
    /// Reads, and says whether more may be read at once (see `Async::poll_read_once`).
    #[inline(always)]
    fn poll_read_more(&mut self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<(usize, bool)>> {
        match self {
            Socket::Tcp(s) => s.poll_read_once(cx, buf),
            Socket::Unix(s) => s.poll_read_once(cx, buf),
        }
    }
    /// Writes; a short write marks the socket full.
    #[inline(always)]
    fn poll_write(&mut self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self {
            Socket::Tcp(s) => s.poll_send_once(cx, buf),
            Socket::Unix(s) => s.poll_send_once(cx, buf),
        }
    }
    fn set_read_handler(&self, h: Option<std::rc::Rc<dyn crate::reactor::Readable>>) {
        match self {
            Socket::Tcp(s) => s.set_read_handler(h),
            Socket::Unix(s) => s.set_read_handler(h),
        }
    }
    fn poll_tls_read(&mut self, cx: &mut Context<'_>, tls: &mut ClientConnection) -> Poll<io::Result<usize>> {
        match self {
            Socket::Tcp(s) => s.poll_io(cx, false, |s| tls.read_tls(s)),
            Socket::Unix(s) => s.poll_io(cx, false, |s| tls.read_tls(s)),
        }
    }
    fn poll_tls_write(&mut self, cx: &mut Context<'_>, tls: &mut ClientConnection) -> Poll<io::Result<usize>> {
        match self {
            Socket::Tcp(s) => s.poll_io(cx, true, |s| tls.write_tls(s)),
            Socket::Unix(s) => s.poll_io(cx, true, |s| tls.write_tls(s)),
        }
    }
}

/// A connected stream, plaintext or TLS.
pub(crate) struct Stream {
    sock: Socket,
    tls: Option<Box<ClientConnection>>,
}

fn tls_err(e: rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

impl Stream {
    /// Routes the socket's readable events to `h` (see [`crate::reactor::Readable`]).
    pub(crate) fn set_read_handler(&self, h: Option<std::rc::Rc<dyn crate::reactor::Readable>>) {
        self.sock.set_read_handler(h);
    }

    /// True when the stream is encrypted.
    pub(crate) fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// The DER of the server's end-entity certificate (for channel binding).
    pub(crate) fn peer_certificate(&self) -> Option<Vec<u8>> {
        let tls = self.tls.as_ref()?;
        tls.peer_certificates()?.first().map(|c| c.as_ref().to_vec())
    }

    /// Reads as [`Stream::poll_read`] does, and says whether more may be read at once:
    /// false after a short read of a plain socket (it is drained; the next arrival is a new
    /// epoll event); always true for TLS, which may hold decrypted bytes beyond what fit.
    #[inline(always)]
    pub(crate) fn poll_read_more(&mut self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<(usize, bool)>> {
        if self.tls.is_none() {
            return self.sock.poll_read_more(cx, buf);
        }
        self.poll_read_tls_more(cx, buf)
    }

    /// [`Stream::poll_read_more`] of a TLS stream (out of line: the plain path is the hot one).
    #[inline(never)]
    fn poll_read_tls_more(&mut self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<(usize, bool)>> {
        self.poll_read(cx, buf).map_ok(|n| (n, true))
    }

    /// Reads decrypted bytes; `Ok(0)` at end of stream.
    pub(crate) fn poll_read(&mut self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<usize>> {
        let Some(tls) = self.tls.as_deref_mut() else {
            return self.sock.poll_read(cx, buf);
        };
        loop {
            match tls.reader().read(buf) {
                Ok(n) => return Poll::Ready(Ok(n)),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Poll::Ready(Err(e)),
            }
            // Key updates and alerts may need an answer; a full socket is retried later.
            while tls.wants_write() {
                match self.sock.poll_tls_write(cx, tls) {
                    Poll::Ready(Ok(_)) => {}
                    Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                    Poll::Pending => break,
                }
            }
            match self.sock.poll_tls_read(cx, tls) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Ok(0)),
                Poll::Ready(Ok(_)) => {
                    tls.process_new_packets().map_err(tls_err)?;
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
    }

    /// Writes some of `buf` (for TLS: takes it into rustls and sends what the socket accepts).
    #[inline(always)]
    pub(crate) fn poll_write(&mut self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.tls.as_deref_mut() {
            None => self.sock.poll_write(cx, buf),
            Some(tls) => Self::poll_write_tls(&mut self.sock, tls, cx, buf),
        }
    }

    /// [`Stream::poll_write`] of a TLS stream (out of line: the plain path is the hot one).
    #[inline(never)]
    fn poll_write_tls(sock: &mut Socket, tls: &mut ClientConnection, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        // Keep rustls's own buffer small: flush before taking more.
        while tls.wants_write() {
            match sock.poll_tls_write(cx, tls) {
                Poll::Ready(Ok(_)) => {}
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        let n = tls.writer().write(&buf[..buf.len().min(64 * 1024)])?;
        while tls.wants_write() {
            match sock.poll_tls_write(cx, tls) {
                Poll::Ready(Ok(_)) => {}
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => break,
            }
        }
        Poll::Ready(Ok(n))
    }

    /// Sends any TLS records rustls still holds.
    pub(crate) fn poll_flush(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Some(tls) = self.tls.as_deref_mut() {
            while tls.wants_write() {
                match self.sock.poll_tls_write(cx, tls) {
                    Poll::Ready(Ok(_)) => {}
                    Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                    Poll::Pending => return Poll::Pending,
                }
            }
        }
        Poll::Ready(Ok(()))
    }

    /// Writes all of `buf` and flushes.
    pub(crate) async fn write_all(&mut self, mut buf: &[u8]) -> io::Result<()> {
        while !buf.is_empty() {
            let n = poll_fn(|cx| self.poll_write(cx, buf)).await?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            buf = &buf[n..];
        }
        poll_fn(|cx| self.poll_flush(cx)).await
    }

    /// Reads some bytes.
    pub(crate) async fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        poll_fn(|cx| self.poll_read(cx, buf)).await
    }
}

/// Opens the socket `cfg` names (trying each address of a host name in turn).
async fn open_socket(cfg: &Config) -> Result<Socket, Error> {
    match &cfg.host {
        Host::Unix(dir) => {
            let path = dir.join(format!(".s.PGSQL.{}", cfg.port));
            // A local socket connects at once or fails at once.
            let s = UnixStream::connect(&path)?;
            Ok(Socket::Unix(Async::new(s)?))
        }
        Host::Tcp(host) => {
            let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
                Ok(ip) => vec![SocketAddr::new(ip, cfg.port)],
                Err(_) => {
                    let name = (host.clone(), cfg.port);
                    crate::reactor::spawn_blocking(move || name.to_socket_addrs().map(|a| a.collect()))
                        .await
                        .map_err(|_| Error::Config("host name lookup panicked".into()))??
                }
            };
            let mut last = io::Error::new(io::ErrorKind::NotFound, format!("`{host}` has no address"));
            for addr in addrs {
                match connect_tcp(addr).await {
                    Ok(s) => return Ok(Socket::Tcp(s)),
                    Err(e) => last = e,
                }
            }
            Err(last.into())
        }
    }
}

async fn connect_tcp(addr: SocketAddr) -> io::Result<Async<TcpStream>> {
    let s = Async::new(crate::sys::connect_start(&addr)?)?;
    s.writable().await;
    crate::sys::take_socket_error(s.as_raw_fd())?;
    crate::sys::set_nodelay(s.as_raw_fd())?;
    Ok(s)
}

/// Connects and negotiates TLS as `cfg.ssl_mode` says. TLS is never tried over a unix
/// socket (as libpq).
pub(crate) async fn connect(cfg: &Config) -> Result<Stream, Error> {
    let tls_config = match cfg.host {
        Host::Unix(_) => None,
        Host::Tcp(_) => tls::client_config(cfg)?,
    };
    let sock = open_socket(cfg).await?;
    let mut stream = Stream { sock, tls: None };
    let Some(tls_config) = tls_config else { return Ok(stream) };
    let mut req = Vec::with_capacity(8);
    super::proto::ssl_request(&mut req);
    stream.write_all(&req).await?;
    let mut answer = [0u8; 1];
    if stream.read(&mut answer).await? == 0 {
        return Err(Error::Closed);
    }
    match answer[0] {
        b'S' => {}
        b'N' if cfg.ssl_mode == SslMode::Prefer => return Ok(stream),
        b'N' => return Err(Error::Tls("the server does not accept TLS connections".into())),
        other => return Err(Error::protocol(format!("unexpected answer {other:#x} to SSLRequest"))),
    }
    let Host::Tcp(host) = &cfg.host else { unreachable!("TLS is only configured for TCP") };
    handshake(stream, tls_config, host).await
}

async fn handshake(mut stream: Stream, config: Arc<rustls::ClientConfig>, host: &str) -> Result<Stream, Error> {
    let tls = ClientConnection::new(config, tls::server_name(host)?).map_err(|e| Error::Tls(e.to_string()))?;
    let mut tls = Box::new(tls);
    let sock = &mut stream.sock;
    poll_fn(|cx| {
        loop {
            while tls.wants_write() {
                match sock.poll_tls_write(cx, &mut tls) {
                    Poll::Ready(Ok(_)) => {}
                    Poll::Ready(Err(e)) => return Poll::Ready(Err(Error::from(e))),
                    Poll::Pending => return Poll::Pending,
                }
            }
            if !tls.is_handshaking() {
                return Poll::Ready(Ok(()));
            }
            match sock.poll_tls_read(cx, &mut tls) {
                Poll::Ready(Ok(0)) => {
                    return Poll::Ready(Err(Error::Tls("the server closed the connection during the handshake".into())));
                }
                Poll::Ready(Ok(_)) => {
                    if let Err(e) = tls.process_new_packets() {
                        // Send our alert before failing, so the server logs the reason.
                        let _ = sock.poll_tls_write(cx, &mut tls);
                        return Poll::Ready(Err(Error::Tls(e.to_string())));
                    }
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(Error::from(e))),
                Poll::Pending => return Poll::Pending,
            }
        }
    })
    .await?;
    stream.tls = Some(tls);
    Ok(stream)
}
