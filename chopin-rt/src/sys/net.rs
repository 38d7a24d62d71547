//! Listening sockets with `SO_REUSEPORT`, `accept4`, socket options.

use std::io;
use std::mem;
use std::net::{SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

use super::cvt;

fn set_int_opt(fd: RawFd, level: libc::c_int, name: libc::c_int, v: libc::c_int) -> io::Result<()> {
    // SAFETY: passes a pointer to a live c_int and its exact size.
    cvt(unsafe {
        libc::setsockopt(fd, level, name, (&raw const v).cast(), mem::size_of::<libc::c_int>() as _)
    })?;
    Ok(())
}

fn sockaddr(addr: &SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: sockaddr_storage is plain data for which all-zero bytes is a valid value.
    let mut storage: libc::sockaddr_storage = unsafe { mem::zeroed() };
    let len = match addr {
        SocketAddr::V4(a) => {
            let sin = libc::sockaddr_in {
                sin_family: libc::AF_INET as libc::sa_family_t,
                sin_port: a.port().to_be(),
                sin_addr: libc::in_addr { s_addr: u32::from_ne_bytes(a.ip().octets()) },
                sin_zero: [0; 8],
            };
            // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in.
            unsafe { (&raw mut storage).cast::<libc::sockaddr_in>().write(sin) };
            mem::size_of::<libc::sockaddr_in>()
        }
        SocketAddr::V6(a) => {
            let sin6 = libc::sockaddr_in6 {
                sin6_family: libc::AF_INET6 as libc::sa_family_t,
                sin6_port: a.port().to_be(),
                sin6_flowinfo: a.flowinfo(),
                sin6_addr: libc::in6_addr { s6_addr: a.ip().octets() },
                sin6_scope_id: a.scope_id(),
            };
            // SAFETY: sockaddr_storage is larger than and aligned for sockaddr_in6.
            unsafe { (&raw mut storage).cast::<libc::sockaddr_in6>().write(sin6) };
            mem::size_of::<libc::sockaddr_in6>()
        }
    };
    (storage, len as libc::socklen_t)
}

/// Creates a non-blocking listening socket bound to `addr` with `SO_REUSEPORT` (when `reuse_port`)
/// and `SO_REUSEADDR`, and returns it with the address actually bound (port 0 resolved).
pub(crate) fn bind_listener(
    addr: &SocketAddr,
    reuse_port: bool,
    backlog: i32,
) -> io::Result<(OwnedFd, SocketAddr)> {
    let family = if addr.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 };
    // SAFETY: no pointers; a non-negative result is a new fd we own.
    let fd = cvt(unsafe {
        libc::socket(family, libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0)
    })?;
    // SAFETY: `fd` is fresh and unowned.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    let raw = fd.as_raw_fd();
    set_int_opt(raw, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1)?;
    if reuse_port {
        set_int_opt(raw, libc::SOL_SOCKET, libc::SO_REUSEPORT, 1)?;
    }
    if addr.is_ipv6() {
        set_int_opt(raw, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY, 1)?;
    }
    let (storage, len) = sockaddr(addr);
    // SAFETY: `storage` holds a valid sockaddr of `len` bytes.
    cvt(unsafe { libc::bind(raw, (&raw const storage).cast(), len) })?;
    // SAFETY: no pointers.
    cvt(unsafe { libc::listen(raw, backlog) })?;
    // The bound address (resolves port 0) through std, borrowing the fd without owning it.
    let bound = {
        let probe = std::mem::ManuallyDrop::new(
            // SAFETY: `raw` is a valid socket fd for this scope; ManuallyDrop prevents a close.
            unsafe { std::net::TcpListener::from_raw_fd(raw) },
        );
        probe.local_addr()?
    };
    Ok((fd, bound))
}

/// Accepts one connection, non-blocking and close-on-exec. `Ok(None)` when none is pending.
pub(crate) fn accept(listener: RawFd) -> io::Result<Option<TcpStream>> {
    loop {
        // SAFETY: null address pointers are allowed by accept4 (peer address not wanted).
        let r = unsafe {
            libc::accept4(
                listener,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
            )
        };
        match cvt(r) {
            // SAFETY: accept4 returned a fresh fd owned by nobody else.
            Ok(fd) => return Ok(Some(unsafe { TcpStream::from_raw_fd(fd) })),
            Err(e) => match e.kind() {
                io::ErrorKind::WouldBlock => return Ok(None),
                io::ErrorKind::Interrupted | io::ErrorKind::ConnectionAborted => continue,
                _ => return Err(e),
            },
        }
    }
}

/// Disables Nagle's algorithm.
pub(crate) fn set_nodelay(fd: RawFd) -> io::Result<()> {
    set_int_opt(fd, libc::IPPROTO_TCP, libc::TCP_NODELAY, 1)
}

/// Sends FIN after the queued bytes (half-close), so a lingering close does not reset them.
pub(crate) fn shutdown_write(fd: RawFd) {
    // SAFETY: no pointers; errors (e.g. already disconnected) are irrelevant here.
    let _ = unsafe { libc::shutdown(fd, libc::SHUT_WR) };
}

/// Sets `O_NONBLOCK` on `fd`.
pub(crate) fn set_nonblocking(fd: RawFd) -> io::Result<()> {
    // SAFETY: fcntl with F_GETFL/F_SETFL takes no pointers.
    let flags = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    if flags & libc::O_NONBLOCK == 0 {
        // SAFETY: as above.
        cvt(unsafe { libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) })?;
    }
    Ok(())
}

/// Starts a non-blocking TCP connect to `addr`: the socket is returned at once, connected or
/// with the connection in progress (wait for writability, then [`take_socket_error`]).
pub(crate) fn connect_start(addr: &SocketAddr) -> io::Result<TcpStream> {
    let family = if addr.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 };
    // SAFETY: no pointers; a non-negative result is a new fd we own.
    let fd = cvt(unsafe {
        libc::socket(family, libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0)
    })?;
    // SAFETY: `fd` is fresh and unowned; the TcpStream closes it on every path below.
    let sock = unsafe { TcpStream::from_raw_fd(fd) };
    let (storage, len) = sockaddr(addr);
    // SAFETY: `storage` holds a valid sockaddr of `len` bytes.
    match cvt(unsafe { libc::connect(fd, (&raw const storage).cast(), len) }) {
        Ok(_) => Ok(sock),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => Ok(sock),
        Err(e) => Err(e),
    }
}

/// The pending error of a socket (`SO_ERROR`): the outcome of a non-blocking connect.
pub(crate) fn take_socket_error(fd: RawFd) -> io::Result<()> {
    let mut v: libc::c_int = 0;
    let mut len = mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: passes a live c_int and its exact size; the kernel writes at most `len` bytes.
    cvt(unsafe {
        libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_ERROR, (&raw mut v).cast(), &mut len)
    })?;
    if v == 0 { Ok(()) } else { Err(io::Error::from_raw_os_error(v)) }
}
