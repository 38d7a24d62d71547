//! `read`, `writev` and `epoll_pwait` as direct system calls: the libc wrappers are
//! cancellation points that spend ~30 instructions each on bookkeeping this runtime never
//! needs (it never cancels threads), three times per request on the hot path.

use std::io::{self, IoSlice};
use std::os::fd::RawFd;

#[inline]
fn ret(r: libc::c_long) -> io::Result<usize> {
    if r < 0 { Err(io::Error::from_raw_os_error(-r as i32)) } else { Ok(r as usize) }
}

/// Raw syscalls return `-errno`; libc's `syscall` maps that to -1 and errno, so undo it here.
#[inline]
fn sys(r: libc::c_long) -> libc::c_long {
    if r == -1 { -(io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as libc::c_long) } else { r }
}

/// `read(2)` into `buf`.
#[inline]
pub(crate) fn read(fd: RawFd, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: the kernel writes at most `buf.len()` bytes into the live, exclusive `buf`.
    ret(sys(unsafe { libc::syscall(libc::SYS_read, fd, buf.as_mut_ptr(), buf.len()) }))
}

/// `writev(2)` of `bufs` (`write(2)` for a single buffer).
#[inline]
pub(crate) fn writev(fd: RawFd, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
    if bufs.len() == 1 {
        // SAFETY: the kernel reads `bufs[0].len()` bytes from a live slice.
        return ret(sys(unsafe { libc::syscall(libc::SYS_write, fd, bufs[0].as_ptr(), bufs[0].len()) }));
    }
    // SAFETY: `IoSlice` is ABI-compatible with `iovec` on Unix (documented by std); the kernel
    // reads `bufs.len()` entries and the bytes they point to, all live for the call.
    ret(sys(unsafe { libc::syscall(libc::SYS_writev, fd, bufs.as_ptr(), bufs.len() as libc::c_int) }))
}

/// `epoll_pwait(2)` with no signal mask change; `events` must be `epoll_event`-layout.
#[inline]
pub(crate) fn epoll_pwait(epfd: RawFd, events: *mut libc::epoll_event, max: usize, timeout: i32) -> io::Result<usize> {
    // SAFETY: the caller passes a buffer of `max` events; a null sigmask leaves the mask alone.
    ret(sys(unsafe {
        libc::syscall(libc::SYS_epoll_pwait, epfd, events, max as libc::c_int, timeout, std::ptr::null::<libc::sigset_t>(), 8)
    }))
}
