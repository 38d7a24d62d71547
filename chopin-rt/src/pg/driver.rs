//! A connection's I/O: [`on_readable`] (called from the event loop when epoll reports the
//! socket readable) reads replies into an always-initialised buffer and hands each message to
//! the request it answers (see `conn.rs`); [`flush`] (at the end of the loop turn's task runs)
//! sends the output. The driver task only does what those cannot: it finishes a write the
//! socket had no room for, resumes reading after the front request's reader caught up (reading
//! pauses while it is far behind), says Terminate when the last handle is gone, and closes the
//! socket when the connection is lost.

use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::conn::{Inner, Slot, OUT_HIGH_WATER};
use super::stream::Stream;
use super::{proto, Error};

/// Bytes asked of the socket per read (at least).
const READ_CHUNK: usize = 16 * 1024;
/// Buffers grown past this by one large message are given back once empty.
const BUF_KEEP: usize = 1 << 20;

/// Spawns the driver of `inner` on the current reactor and routes the socket's readable
/// events straight to [`Reader`] (no task wake per reply).
pub(super) fn start(inner: Rc<Inner>) {
    if let Some(wire) = inner.wire.borrow().as_ref() {
        wire.stream.set_read_handler(Some(inner.clone()));
    }
    let driver = Driver { inner, terminating: false };
    crate::reactor::spawn(driver.run());
}

/// The read side: an always-initialised buffer of which `buf[start..end]` is unparsed.
/// `leftover` holds bytes read past the startup exchange.
pub(crate) struct Reader {
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

impl Reader {
    pub(super) fn new(leftover: Vec<u8>) -> Reader {
        let end = leftover.len();
        let mut buf = leftover;
        buf.resize(end + READ_CHUNK, 0);
        Reader { buf, start: 0, end }
    }
}

/// The socket and how much of the output buffer it has taken; shared by the driver and the
/// deferred flush, and dropped (closing the socket) when the driver stops.
pub(crate) struct Wire {
    pub(super) stream: Stream,
    pub(super) wpos: usize,
}

/// Writes what the deferred flush could not, resumes reading after back-pressure, closes
/// the connection when its last handle is gone and fails it when it is lost.
struct Driver {
    inner: Rc<Inner>,
    terminating: bool,
}

impl Drop for Driver {
    /// Closes the socket, also when the task is dropped with its reactor (the socket's
    /// readable handler refers to the connection, so this is what frees both).
    fn drop(&mut self) {
        if !self.inner.is_lost() {
            self.inner.fail(Error::Closed);
        }
        *self.inner.driver.borrow_mut() = None;
        let wire = self.inner.wire.borrow_mut().take();
        drop(wire);
    }
}

/// Reads and routes replies as the socket reports them readable, with the driver's waker as
/// context. A failure fails the connection and wakes the driver to close it.
pub(super) fn on_readable(inner: &Inner) {
    let driver = inner.driver.borrow();
    let Some(waker) = driver.as_ref() else { return };
    let mut cx = Context::from_waker(waker);
    // Bounded work, so one busy connection cannot starve the worker; the driver goes on.
    for _ in 0..64 {
        match read_some(inner, &mut cx) {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => {
                inner.fail(e);
                waker.wake_by_ref();
                return;
            }
        }
    }
    waker.wake_by_ref();
}

/// Sends the connection's queued output at the end of the loop turn's task runs, with the
/// driver's waker as context: a socket that cannot take it all registers the driver for
/// writability, and any failure wakes the driver to handle it.
pub(super) fn flush(inner: &Inner) {
    let driver = inner.driver.borrow();
    let Some(waker) = driver.as_ref() else { return };
    let mut wire = inner.wire.borrow_mut();
    let Some(wire) = wire.as_mut() else { return };
    let mut cx = Context::from_waker(waker);
    if write_out(inner, wire, &mut cx).is_err() {
        waker.wake_by_ref();
    }
}

/// Writes the output buffer until it is empty or the socket is full (then the writable
/// waker is registered).
#[inline(always)]
fn write_out(inner: &Inner, wire: &mut Wire, cx: &mut Context<'_>) -> Result<(), Error> {
    // Behind a cancelled request nothing new goes out (a message begun goes out whole).
    if inner.holding.get() && wire.wpos == 0 {
        return Ok(());
    }
    loop {
        let out = inner.out.borrow();
        if wire.wpos >= out.len() {
            drop(out);
            if wire.wpos > 0 {
                written(inner, wire);
            }
            return match wire.stream.poll_flush(cx) {
                Poll::Ready(r) => r.map_err(Error::from),
                Poll::Pending => Ok(()),
            };
        }
        match wire.stream.poll_write(cx, &out[wire.wpos..]) {
            Poll::Ready(Ok(0)) => return Err(Error::Closed),
            Poll::Ready(Ok(n)) => {
                let all = wire.wpos + n == out.len();
                drop(out);
                wire.wpos += n;
                // The usual case: a plain socket took everything, and nothing is left to flush.
                if all && !wire.stream.is_tls() {
                    written(inner, wire);
                    return Ok(());
                }
                // Reclaim a large written prefix while more is pending.
                if wire.wpos > OUT_HIGH_WATER {
                    inner.out.borrow_mut().drain(..wire.wpos);
                    wire.wpos = 0;
                    wake_all(&inner.out_waiters);
                }
            }
            Poll::Ready(Err(e)) => return Err(e.into()),
            Poll::Pending => return Ok(()),
        }
    }
}

/// Empties the output buffer, all of it sent, and wakes the writers waiting for room.
#[inline(always)]
fn written(inner: &Inner, wire: &mut Wire) {
    let mut out = inner.out.borrow_mut();
    out.clear();
    // Give back the memory of an exceptionally large request.
    if out.capacity() > BUF_KEEP {
        *out = Vec::with_capacity(16 * 1024);
    }
    drop(out);
    wire.wpos = 0;
    wake_all(&inner.out_waiters);
}

/// Wakes every waker in `list` (writers waiting for room in the output buffer).
#[inline]
fn wake_all(list: &std::cell::RefCell<Vec<std::task::Waker>>) {
    let mut list = list.borrow_mut();
    if !list.is_empty() {
        list.drain(..).for_each(std::task::Waker::wake);
    }
}

impl Driver {
    async fn run(mut self) {
        let r = poll_fn(|cx| self.poll(cx)).await;
        let e = match r {
            Ok(()) => Error::Closed,
            Err(e) => e,
        };
        self.inner.fail(e);
    }

    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        {
            let mut w = self.inner.driver.borrow_mut();
            if !w.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                *w = Some(cx.waker().clone());
            }
        }
        if self.inner.is_lost() {
            return Poll::Ready(Err(self.inner.lost_error().unwrap_or(Error::Closed)));
        }
        // Bounded work per poll, so one busy connection cannot starve the worker.
        for _ in 0..64 {
            if self.inner.handles.get() == 0 && !self.terminating && self.inner.queue.borrow().is_empty() {
                self.terminating = true;
                proto::terminate(&mut self.inner.out.borrow_mut());
            }
            // A write either sends everything or leaves the writable waker registered, so only
            // a read that made progress (replies consumed, maybe more to read) loops again.
            self.poll_write(cx)?;
            if self.terminating && self.inner.out.borrow().is_empty() {
                return Poll::Ready(Ok(()));
            }
            if !read_some(&self.inner, cx)? {
                return Poll::Pending;
            }
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }

    fn poll_write(&mut self, cx: &mut Context<'_>) -> Result<(), Error> {
        let mut wire = self.inner.wire.borrow_mut();
        let Some(wire) = wire.as_mut() else { return Err(Error::Closed) };
        write_out(&self.inner, wire, cx)
    }
}

/// Reads once and routes every whole message; true when more may follow at once, false when
/// there is nothing more to read now (a short read drained the socket, or the read would
/// block) or the front request must catch up.
#[inline(always)]
fn read_some(inner: &Inner, cx: &mut Context<'_>) -> Result<bool, Error> {
    if inner.front_full() {
        return Ok(false);
    }
    let mut guard = inner.reader.borrow_mut();
    let r = &mut *guard;
    // Messages left unparsed when the front slot filled up come first.
    if r.start != r.end {
        let before = r.start;
        parse(inner, r)?;
        if r.start != before {
            return Ok(true);
        }
    }
    // Room for at least 4 KiB, or for the whole of a large message being read. The buffer
    // stays initialised, so growing it is the only time bytes are zeroed.
    let pending = &r.buf[r.start..r.end];
    let need = if pending.len() >= 5 {
        u32::from_be_bytes([pending[1], pending[2], pending[3], pending[4]]) as usize + 1
    } else {
        0
    };
    if r.buf.len() - r.end < 4096 || r.start + need > r.buf.len() {
        r.buf.copy_within(r.start..r.end, 0);
        r.end -= r.start;
        r.start = 0;
        let want = need.max(r.end + READ_CHUNK);
        if r.buf.len() < want {
            r.buf.resize(want, 0);
        }
    }
    let got = {
        let mut wire = inner.wire.borrow_mut();
        let Some(wire) = wire.as_mut() else { return Err(Error::Closed) };
        wire.stream.poll_read_more(cx, &mut r.buf[r.end..])
    };
    match got {
        Poll::Ready(Ok((0, _))) => {
            // Whatever complete messages remain (a FATAL error before close) still count.
            parse(inner, r)?;
            Err(inner.lost_error().unwrap_or(Error::Closed))
        }
        Poll::Ready(Ok((n, more))) => {
            r.end += n;
            parse(inner, r)?;
            if r.start == r.end {
                r.start = 0;
                r.end = 0;
                if r.buf.len() > BUF_KEEP {
                    r.buf = vec![0; READ_CHUNK];
                }
            }
            // A short read of a plain socket drained it (the socket is marked so, and the next
            // arrival is a new epoll event): asking again would only find that out. A socket
            // that hung up, and TLS, which may hold decrypted bytes beyond what fit, are asked
            // again.
            Ok(more)
        }
        Poll::Ready(Err(e)) => Err(e.into()),
        Poll::Pending => Ok(false),
    }
}

/// Hands every whole message in the buffer to its request. Consecutive messages for the
/// front request (BindComplete, DataRows, CommandComplete, …) are delivered as one run: one
/// copy and at most one wake, however many rows.
fn parse(inner: &Inner, r: &mut Reader) -> Result<(), Error> {
    let buf = &r.buf[..r.end];
    let mut pos = r.start;
    // `buf[run..pos]` goes to `front` as one run.
    let mut run = pos;
    let mut front = inner.front();
    let mut shared = front.as_ref().is_some_and(|s| s.is_shared());
    while let Some((tag, next)) = proto::header(buf, pos)? {
        match tag {
            b'Z' | b'A' | b'N' | b'S' => {
                deliver(inner, front.as_ref(), &buf[run..pos])?;
                let body = &buf[pos + 5..next];
                pos = next;
                run = pos;
                match tag {
                    b'Z' => {
                        record_loss(inner, inner.ready_for_query(shared, body))?;
                        front = inner.front();
                        shared = front.as_ref().is_some_and(|s| s.is_shared());
                    }
                    b'A' => record_loss(inner, inner.notification(body))?,
                    // Notices (warnings such as "there is no transaction in progress") are
                    // not errors; parameter changes are not tracked.
                    _ => {}
                }
                if front.as_ref().is_some_and(|s| s.is_full()) {
                    break;
                }
            }
            // The end of one result of a shared request; after its last one (or an error) the
            // request's reply is delivered as one run.
            b'C' | b'I' | b'E' if shared => {
                pos = next;
                if front.as_ref().is_some_and(|s| s.result_arrived(tag == b'E')) {
                    deliver(inner, front.as_ref(), &buf[run..pos])?;
                    run = pos;
                    inner.finish_shared();
                    front = inner.front();
                    shared = front.as_ref().is_some_and(|s| s.is_shared());
                    if front.as_ref().is_some_and(|s| s.is_full()) {
                        break;
                    }
                }
            }
            _ => pos = next,
        }
    }
    deliver(inner, front.as_ref(), &buf[run..pos])?;
    r.start = pos;
    Ok(())
}

/// Delivers a run of whole messages to the front request.
#[inline]
fn deliver(inner: &Inner, front: Option<&Rc<Slot>>, run: &[u8]) -> Result<(), Error> {
    if run.is_empty() {
        return Ok(());
    }
    record_loss(inner, inner.deliver(front, run))
}

/// Records a routing failure (the server's FATAL error, a malformed message) as the reason
/// the connection is lost.
#[inline(always)]
fn record_loss(inner: &Inner, r: Result<(), Error>) -> Result<(), Error> {
    match r {
        Ok(()) => Ok(()),
        Err(e) => Err(lost(inner, e)),
    }
}

#[cold]
fn lost(inner: &Inner, e: Error) -> Error {
    *inner.lost.borrow_mut() = Some(e.clone());
    e
}
