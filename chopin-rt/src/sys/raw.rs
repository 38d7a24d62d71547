//! `read`, `writev` and `epoll_pwait` as direct system calls: the libc wrappers are
//! cancellation points that spend ~30 instructions each on bookkeeping this runtime never
//! needs (it never cancels threads), three times per request on the hot path.

use std::io::{self, IoSlice};
use std::os::fd::RawFd;

/// libc's `syscall` returns -1 and sets `errno` on failure.
#[inline]
fn ret(r: libc::c_long) -> io::Result<usize> {
    if r == -1 { Err(io::Error::last_os_error()) } else { Ok(r as usize) }
}

/// `read(2)` into `buf`.
#[inline]
pub(crate) fn read(fd: RawFd, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: the kernel writes at most `buf.len()` bytes into the live, exclusive `buf`.
    ret(unsafe { libc::syscall(libc::SYS_read, fd, buf.as_mut_ptr(), buf.len()) })
}

/// `CLOCK_MONOTONIC` in nanoseconds (the clock `std::time::Instant` reads on Linux).
#[inline]
pub(crate) fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a live, exclusive timespec for the call to fill; CLOCK_MONOTONIC always
    // exists on Linux, so the call cannot fail.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// `write(2)` of `buf`.
#[inline]
pub(crate) fn write(fd: RawFd, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: the kernel reads at most `buf.len()` bytes from the live slice.
    ret(unsafe { libc::syscall(libc::SYS_write, fd, buf.as_ptr(), buf.len()) })
}

/// `send(2)` of `buf` with `MSG_NOSIGNAL`: a closed peer is an `EPIPE` error, never a
/// `SIGPIPE`, whatever the program did with that signal (the database client runs in
/// scripts and tools too).
#[inline]
pub(crate) fn send(fd: RawFd, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: the kernel reads at most `buf.len()` bytes from the live slice; a null address
    // with length 0 is what `send` passes to `sendto`.
    ret(unsafe {
        libc::syscall(libc::SYS_sendto, fd, buf.as_ptr(), buf.len(), libc::MSG_NOSIGNAL, std::ptr::null::<u8>(), 0)
    })
}

/// `writev(2)` of `bufs` (`write(2)` for a single buffer).
#[inline]
pub(crate) fn writev(fd: RawFd, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
    if bufs.len() == 1 {
        // SAFETY: the kernel reads `bufs[0].len()` bytes from a live slice.
        return ret(unsafe { libc::syscall(libc::SYS_write, fd, bufs[0].as_ptr(), bufs[0].len()) });
    }
    // SAFETY: `IoSlice` is ABI-compatible with `iovec` on Unix (documented by std); the kernel
    // reads `bufs.len()` entries and the bytes they point to, all live for the call.
    ret(unsafe { libc::syscall(libc::SYS_writev, fd, bufs.as_ptr(), bufs.len() as libc::c_int) })
}

/// `epoll_pwait(2)` into `events`, with no signal-mask change.
#[inline]
pub(crate) fn epoll_pwait(epfd: RawFd, events: &mut [super::Event], timeout: i32) -> io::Result<usize> {
    // SAFETY: `Event` is `repr(transparent)` over `epoll_event`; the kernel writes at most
    // `events.len()` entries into the exclusive slice; a null sigmask leaves the mask alone.
    ret(unsafe {
        libc::syscall(
            libc::SYS_epoll_pwait,
            epfd,
            events.as_mut_ptr().cast::<libc::epoll_event>(),
            events.len() as libc::c_int,
            timeout,
            std::ptr::null::<libc::sigset_t>(),
            8,
        )
    })
}
