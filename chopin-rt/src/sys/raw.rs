//! `read`, `write`, `writev`, `send` and `epoll_pwait` as direct system calls: the libc wrappers are
//! cancellation points that spend ~30 instructions each on bookkeeping this runtime never
//! needs (it never cancels threads), three times per request on the hot path. On x86-64 the
//! `syscall` instruction is issued inline (the kernel returns `-errno`, so `errno` is never
//! touched); elsewhere libc's generic `syscall` is used.

use std::io::{self, IoSlice};
use std::os::fd::RawFd;

/// A system call with up to six arguments; `-errno` on failure.
///
/// # Safety
///
/// The arguments must be valid for system call `n` (pointers live and of the right size).
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[inline(always)]
unsafe fn syscall6(n: libc::c_long, a: [usize; 6]) -> isize {
    let r: isize;
    // SAFETY: the caller vouches for the arguments; the Linux x86-64 system call ABI takes
    // them in rdi, rsi, rdx, r10, r8, r9, returns in rax and clobbers rcx and r11 only.
    unsafe {
        std::arch::asm!(
            "syscall",
            inlateout("rax") n as isize => r,
            in("rdi") a[0],
            in("rsi") a[1],
            in("rdx") a[2],
            in("r10") a[3],
            in("r8") a[4],
            in("r9") a[5],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    r
}

/// A system call with three arguments; `-errno` on failure.
///
/// # Safety
///
/// The arguments must be valid for system call `n` (pointers live and of the right size).
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[inline(always)]
unsafe fn syscall3(n: libc::c_long, a0: usize, a1: usize, a2: usize) -> isize {
    let r: isize;
    // SAFETY: as for `syscall6`.
    unsafe {
        std::arch::asm!(
            "syscall",
            inlateout("rax") n as isize => r,
            in("rdi") a0,
            in("rsi") a1,
            in("rdx") a2,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    r
}

/// A system call with three arguments; `-errno` on failure.
///
/// # Safety
///
/// The arguments must be valid for system call `n` (pointers live and of the right size).
#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
#[inline(always)]
unsafe fn syscall3(n: libc::c_long, a0: usize, a1: usize, a2: usize) -> isize {
    // SAFETY: the caller vouches for the arguments.
    unsafe { syscall6(n, [a0, a1, a2, 0, 0, 0]) }
}

/// A system call with up to six arguments; `-errno` on failure.
///
/// # Safety
///
/// The arguments must be valid for system call `n` (pointers live and of the right size).
#[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
#[inline(always)]
unsafe fn syscall6(n: libc::c_long, a: [usize; 6]) -> isize {
    // SAFETY: the caller vouches for the arguments.
    let r = unsafe { libc::syscall(n, a[0], a[1], a[2], a[3], a[4], a[5]) };
    if r == -1 { -(io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO) as isize) } else { r as isize }
}

/// A raw return: a count, or `-errno`. The error is built out of line, so the count's path
/// does not compute an error value only to discard it.
#[inline(always)]
fn ret(r: isize) -> io::Result<usize> {
    if r >= 0 { Ok(r as usize) } else { os_error(r) }
}

#[cold]
#[inline(never)]
fn os_error(r: isize) -> io::Result<usize> {
    Err(io::Error::from_raw_os_error(-r as i32))
}

/// `read(2)` into `buf`.
#[inline]
pub(crate) fn read(fd: RawFd, buf: &mut [u8]) -> io::Result<usize> {
    // SAFETY: the kernel writes at most `buf.len()` bytes into the live, exclusive `buf`.
    ret(unsafe { syscall3(libc::SYS_read, fd as usize, buf.as_mut_ptr() as usize, buf.len()) })
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
    ret(unsafe { syscall3(libc::SYS_write, fd as usize, buf.as_ptr() as usize, buf.len()) })
}

/// `send(2)` of `buf` with `MSG_NOSIGNAL`: a closed peer is an `EPIPE` error, never a
/// `SIGPIPE`, whatever the program did with that signal (the database client runs in
/// scripts and tools too).
#[inline]
pub(crate) fn send(fd: RawFd, buf: &[u8]) -> io::Result<usize> {
    // SAFETY: the kernel reads at most `buf.len()` bytes from the live slice; a null address
    // with length 0 is what `send` passes to `sendto`.
    ret(unsafe {
        syscall6(
            libc::SYS_sendto,
            [fd as usize, buf.as_ptr() as usize, buf.len(), libc::MSG_NOSIGNAL as usize, 0, 0],
        )
    })
}

/// `writev(2)` of `bufs` (`write(2)` for a single buffer).
#[inline]
pub(crate) fn writev(fd: RawFd, bufs: &[IoSlice<'_>]) -> io::Result<usize> {
    if bufs.len() == 1 {
        // SAFETY: the kernel reads `bufs[0].len()` bytes from a live slice.
        return ret(unsafe { syscall3(libc::SYS_write, fd as usize, bufs[0].as_ptr() as usize, bufs[0].len()) });
    }
    // SAFETY: `IoSlice` is ABI-compatible with `iovec` on Unix (documented by std); the kernel
    // reads `bufs.len()` entries and the bytes they point to, all live for the call.
    ret(unsafe { syscall3(libc::SYS_writev, fd as usize, bufs.as_ptr() as usize, bufs.len()) })
}

/// Pieces for one [`writev`], gathered into caller-provided uninitialised room (see
/// [`IoVecs::room`]) instead of a filled array: filling the 64 entries a pipelined burst may need
/// costs more than gathering them. The room and the count live apart, so the count stays in a
/// register while entries are stored.
pub(crate) struct IoVecs<'a, 'r> {
    /// `v[..len]` are initialised.
    v: &'r mut [std::mem::MaybeUninit<IoSlice<'a>>],
    len: usize,
}

impl<'a, 'r> IoVecs<'a, 'r> {
    /// Uninitialised room for `N` pieces.
    #[inline(always)]
    pub(crate) fn room<const N: usize>() -> [std::mem::MaybeUninit<IoSlice<'a>>; N] {
        [const { std::mem::MaybeUninit::uninit() }; N]
    }

    /// No pieces yet, in `room`.
    #[inline(always)]
    pub(crate) fn new(room: &'r mut [std::mem::MaybeUninit<IoSlice<'a>>]) -> Self {
        IoVecs { v: room, len: 0 }
    }

    /// Pieces gathered.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Whether the room is full.
    #[inline(always)]
    pub(crate) fn is_full(&self) -> bool {
        self.len == self.v.len()
    }

    /// Appends `bytes` (the caller checks [`IoVecs::is_full`] first; a full room panics).
    #[inline(always)]
    pub(crate) fn push(&mut self, bytes: &'a [u8]) {
        self.v[self.len].write(IoSlice::new(bytes));
        self.len += 1;
    }

    /// The pieces gathered.
    #[inline(always)]
    pub(crate) fn as_slice(&self) -> &[IoSlice<'a>] {
        let init = &self.v[..self.len];
        // SAFETY: `push` initialised every entry below `len` (and only it raises `len`);
        // `MaybeUninit<T>` has the layout of `T`.
        unsafe { &*(std::ptr::from_ref(init) as *const [IoSlice<'a>]) }
    }
}

/// `epoll_pwait(2)` into `events`, with no signal-mask change.
#[inline]
pub(crate) fn epoll_pwait(epfd: RawFd, events: &mut [super::Event], timeout: i32) -> io::Result<usize> {
    // SAFETY: `Event` is `repr(transparent)` over `epoll_event`; the kernel writes at most
    // `events.len()` entries into the exclusive slice; a null sigmask leaves the mask alone.
    ret(unsafe {
        syscall6(
            libc::SYS_epoll_pwait,
            [
                epfd as usize,
                events.as_mut_ptr() as usize,
                events.len(),
                timeout as isize as usize,
                0, // no signal mask
                8,
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::fd::AsRawFd;

    #[test]
    fn gathered_pieces_go_out_in_one_writev_in_order() {
        let mut room = IoVecs::room::<4>();
        let mut iov = IoVecs::new(&mut room);
        assert_eq!((iov.len(), iov.is_full(), iov.as_slice().len()), (0, false, 0));
        let pieces: [&[u8]; 4] = [b"GET ", b"", b"/x", b" HTTP/1.1"];
        for p in pieces {
            iov.push(p);
        }
        assert!(iov.is_full());
        let got: Vec<&[u8]> = iov.as_slice().iter().map(|s| &**s).collect();
        assert_eq!(got, pieces);
        let (a, mut b) = std::os::unix::net::UnixStream::pair().unwrap();
        assert_eq!(writev(a.as_raw_fd(), iov.as_slice()).unwrap(), 15);
        drop(a);
        let mut out = Vec::new();
        b.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"GET /x HTTP/1.1");
    }

    #[test]
    #[should_panic]
    fn a_full_room_refuses_another_piece() {
        let mut room = IoVecs::room::<1>();
        let mut iov = IoVecs::new(&mut room);
        iov.push(b"a");
        iov.push(b"b");
    }

    #[test]
    fn errors_come_back_as_os_errors() {
        let r = read(-1, &mut [0u8; 4]).unwrap_err();
        assert_eq!(r.raw_os_error(), Some(libc::EBADF));
        assert_eq!(write(-1, b"x").unwrap_err().raw_os_error(), Some(libc::EBADF));
    }
}
