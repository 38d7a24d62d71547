//! Readiness of file descriptors registered in the thread's epoll (edge-triggered), and
//! [`Async`], an adapter that turns a non-blocking socket into futures. The PostgreSQL driver's
//! sockets live here, in the same epoll as the worker's HTTP connections.

use std::future::poll_fn;
use std::rc::Rc;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::task::{Context, Poll, Waker};

use super::{token, try_core, Core, KIND_IO};
use crate::sys::{EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP};

struct Source {
    generation: u32,
    live: bool,
    readable: bool,
    writable: bool,
    /// The peer closed its side (or the fd failed): stay readable until a read says so, since
    /// no further edge will come after the bytes that arrived with the hang-up.
    hup: bool,
    read_waker: Option<Waker>,
    write_waker: Option<Waker>,
    /// Called on readable events instead of waking `read_waker` (see [`Readable`]).
    on_read: Option<Rc<dyn Readable>>,
}

/// An object that reads its fd itself when epoll reports it readable, called straight from
/// the event loop instead of through a task wake and poll (a database connection routing
/// replies to the requests waiting for them).
pub(crate) trait Readable {
    fn on_readable(self: Rc<Self>);
}

/// The registered fds of one reactor.
#[derive(Default)]
pub(crate) struct Sources {
    slots: Vec<Source>,
    free: Vec<u32>,
}

impl Sources {
    fn insert(&mut self) -> (u32, u32) {
        match self.free.pop() {
            Some(idx) => {
                let s = &mut self.slots[idx as usize];
                s.generation = s.generation.wrapping_add(1) & 0x3fff_ffff;
                s.live = true;
                s.readable = true;
                s.writable = true;
                s.hup = false;
                (idx, s.generation)
            }
            None => {
                self.slots.push(Source {
                    generation: 0,
                    live: true,
                    readable: true,
                    writable: true,
                    hup: false,
                    read_waker: None,
                    write_waker: None,
                    on_read: None,
                });
                (self.slots.len() as u32 - 1, 0)
            }
        }
    }

    fn remove(&mut self, idx: u32) {
        let s = &mut self.slots[idx as usize];
        s.live = false;
        s.read_waker = None;
        s.write_waker = None;
        s.on_read = None;
        self.free.push(idx);
    }

    /// Records readiness and wakes the waiting tasks; returns the source's [`Readable`] when
    /// it is readable and has one (the caller runs it once this borrow ends).
    pub(crate) fn dispatch(&mut self, idx: u32, generation: u32, events: u32) -> Option<Rc<dyn Readable>> {
        let s = self.slots.get_mut(idx as usize)?;
        if !s.live || s.generation != generation {
            return None;
        }
        let err = events & (EPOLLERR | EPOLLHUP) != 0;
        if err || events & EPOLLRDHUP != 0 {
            s.hup = true;
        }
        if err || events & EPOLLOUT != 0 {
            s.writable = true;
            if let Some(w) = s.write_waker.take() {
                w.wake();
            }
        }
        if err || events & (EPOLLIN | EPOLLRDHUP) != 0 {
            s.readable = true;
            if let Some(h) = &s.on_read {
                return Some(h.clone());
            }
            if let Some(w) = s.read_waker.take() {
                w.wake();
            }
        }
        None
    }
}

/// Keeps `w` as the waker to wake on readiness (no clone when the kept one wakes the same
/// task).
#[inline]
fn keep_waker(kept: &mut Option<Waker>, w: &Waker) {
    match kept {
        Some(k) if k.will_wake(w) => {}
        _ => *kept = Some(w.clone()),
    }
}

/// A non-blocking I/O object registered with the current thread's reactor.
///
/// ```
/// use std::io::Write;
/// use std::os::unix::net::UnixStream;
/// chopin_rt::block_on(async {
///     let (a, mut b) = UnixStream::pair().unwrap();
///     let mut a = chopin_rt::Async::new(a).unwrap();
///     b.write_all(b"ping").unwrap();
///     let mut buf = [0u8; 4];
///     let n = a.read(&mut buf).await.unwrap();
///     assert_eq!(&buf[..n], b"ping");
/// });
/// ```
pub struct Async<T: AsRawFd> {
    io: T,
    idx: u32,
    /// The reactor it is registered with (readiness checks need no thread-local lookup, and
    /// the fd is deregistered from this reactor wherever it is dropped).
    core: Rc<Core>,
}

impl<T: AsRawFd> Async<T> {
    /// Makes `io`'s fd non-blocking and registers it (read and write interest, edge-triggered).
    /// Panics outside a reactor thread.
    pub fn new(io: T) -> io::Result<Async<T>> {
        let fd = io.as_raw_fd();
        crate::sys::set_nonblocking(fd)?;
        let core = try_core().expect("no Chopin reactor on this thread: call this from a handler, a spawned task or block_on");
        let (idx, generation) = core.io.borrow_mut().insert();
        if let Err(e) = core.epoll.add(fd, token(KIND_IO, generation, idx), EPOLLIN | EPOLLOUT | EPOLLRDHUP) {
            core.io.borrow_mut().remove(idx);
            return Err(e);
        }
        Ok(Async { io, idx, core })
    }

    /// The wrapped object.
    pub fn get_ref(&self) -> &T {
        &self.io
    }

    /// The wrapped object, mutably (do not change its blocking mode).
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.io
    }

    /// Routes readable events to `h` (called from the event loop) instead of waking the
    /// task that last waited to read; `None` restores wakes.
    pub(crate) fn set_read_handler(&self, h: Option<Rc<dyn Readable>>) {
        self.core.io.borrow_mut().slots[self.idx as usize].on_read = h;
    }

    fn poll_ready(&self, cx: &mut Context<'_>, write: bool) -> Poll<()> {
        let mut io = self.core.io.borrow_mut();
        let s = &mut io.slots[self.idx as usize];
        let (ready, waker) = if write { (s.writable, &mut s.write_waker) } else { (s.readable, &mut s.read_waker) };
        if ready {
            Poll::Ready(())
        } else {
            keep_waker(waker, cx.waker());
            Poll::Pending
        }
    }

    /// Records that the fd has no more to read (`write == false`) or no room to write: the
    /// next attempt waits for epoll instead of making a syscall that would say `WouldBlock`.
    /// For a stream socket, a read that returned less than asked (or a write that took less
    /// than given) means exactly that; the edge-triggered registration reports the next
    /// arrival (or room) as a new event. After a hang-up the fd stays readable, so the end of
    /// the stream that came with the last bytes is still read.
    pub(crate) fn clear(&self, write: bool) {
        let mut io = self.core.io.borrow_mut();
        let s = &mut io.slots[self.idx as usize];
        if write {
            s.writable = false
        } else if !s.hup {
            s.readable = false
        }
    }

    /// One read for a reader that drains the fd: `(n, more)`, where `more` is false once a
    /// short read showed the fd drained (see [`Async::clear`]). The readiness check, the
    /// read and its bookkeeping take one look-up in the reactor's table, not three.
    #[inline]
    pub(crate) fn poll_read_once(&self, cx: &mut Context<'_>, buf: &mut [u8]) -> Poll<io::Result<(usize, bool)>> {
        let want = buf.len();
        self.poll_once(cx, false, want, |fd| crate::sys::read(fd, buf))
    }

    /// One send (`MSG_NOSIGNAL`) of `buf`, as [`Async::poll_read_once`] reads: a send that
    /// takes less than given marks the fd full.
    #[inline]
    pub(crate) fn poll_send_once(&self, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.poll_once(cx, true, buf.len(), |fd| crate::sys::send(fd, buf)).map_ok(|(n, _)| n)
    }

    /// One raw system call (`op`, asked for `want` bytes) under one borrow of the reactor's
    /// table: waits (registering the waker) while the fd is known not ready; a `WouldBlock`
    /// or a short transfer marks it so (a short read only without a hang-up, whose end of
    /// stream is still to be read). Returns the count and whether the fd is still ready.
    #[inline(always)]
    fn poll_once(
        &self,
        cx: &mut Context<'_>,
        write: bool,
        want: usize,
        mut op: impl FnMut(RawFd) -> io::Result<usize>,
    ) -> Poll<io::Result<(usize, bool)>> {
        let mut io = self.core.io.borrow_mut();
        let s = &mut io.slots[self.idx as usize];
        let fd = self.io.as_raw_fd();
        loop {
            let (ready, waker) = if write { (&mut s.writable, &mut s.write_waker) } else { (&mut s.readable, &mut s.read_waker) };
            if !*ready {
                keep_waker(waker, cx.waker());
                return Poll::Pending;
            }
            match op(fd) {
                Ok(n) => {
                    if n < want && (write || (n > 0 && !s.hup)) {
                        *ready = false;
                    }
                    return Poll::Ready(Ok((n, *ready)));
                }
                // A call that would block says the fd is not ready, also after a hang-up.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => *ready = false,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Poll::Ready(Err(e)),
            }
        }
    }

    /// Runs `op` until it does not return `WouldBlock`, waiting for readiness in between.
    pub fn poll_io<R>(
        &mut self,
        cx: &mut Context<'_>,
        write: bool,
        mut op: impl FnMut(&mut T) -> io::Result<R>,
    ) -> Poll<io::Result<R>> {
        loop {
            if self.poll_ready(cx, write).is_pending() {
                return Poll::Pending;
            }
            match op(&mut self.io) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => self.clear(write),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                r => return Poll::Ready(r),
            }
        }
    }

    /// Waits until the fd is readable (after a `WouldBlock`).
    pub async fn readable(&self) {
        poll_fn(|cx| self.poll_ready(cx, false)).await
    }

    /// Waits until the fd is writable.
    pub async fn writable(&self) {
        poll_fn(|cx| self.poll_ready(cx, true)).await
    }
}

impl<T: AsRawFd + Read> Async<T> {
    /// Reads into `buf`, waiting until data (or EOF) is available.
    pub async fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        poll_fn(|cx| self.poll_io(cx, false, |io| io.read(buf))).await
    }
}

impl<T: AsRawFd + Write> Async<T> {
    /// Writes some of `buf`, waiting until the socket has room.
    pub async fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        poll_fn(|cx| self.poll_io(cx, true, |io| io.write(buf))).await
    }

    /// Writes all of `buf`.
    pub async fn write_all(&mut self, mut buf: &[u8]) -> io::Result<()> {
        while !buf.is_empty() {
            let n = self.write(buf).await?;
            if n == 0 {
                return Err(io::ErrorKind::WriteZero.into());
            }
            buf = &buf[n..];
        }
        Ok(())
    }
}

impl<T: AsRawFd> AsRawFd for Async<T> {
    fn as_raw_fd(&self) -> RawFd {
        self.io.as_raw_fd()
    }
}

impl<T: AsRawFd> Drop for Async<T> {
    fn drop(&mut self) {
        let _ = self.core.epoll.delete(self.io.as_raw_fd());
        self.core.io.borrow_mut().remove(self.idx);
    }
}
