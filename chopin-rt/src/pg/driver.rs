//! A connection's driver task: writes the shared output buffer, reads replies into an
//! always-initialised buffer and hands each message to the request it answers (see
//! `conn.rs`). Pauses reading while the front request's reader is far behind.

use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::conn::{Inner, OUT_HIGH_WATER};
use super::stream::Stream;
use super::{proto, Error};

/// Bytes asked of the socket per read (at least).
const READ_CHUNK: usize = 16 * 1024;
/// Buffers grown past this by one large message are given back once empty.
const BUF_KEEP: usize = 1 << 20;

/// Spawns the driver of `inner` on the current reactor. `leftover` holds bytes read past
/// the startup exchange.
pub(super) fn start(inner: Rc<Inner>, stream: Stream, leftover: Vec<u8>) {
    let rend = leftover.len();
    let mut rbuf = leftover;
    rbuf.resize(rend + READ_CHUNK, 0);
    let driver = Driver { inner, stream, rbuf, rstart: 0, rend, wpos: 0, terminating: false };
    crate::reactor::spawn(driver.run());
}

struct Driver {
    inner: Rc<Inner>,
    stream: Stream,
    /// Read buffer, always initialised; unparsed bytes are `rbuf[rstart..rend]`.
    rbuf: Vec<u8>,
    rstart: usize,
    rend: usize,
    wpos: usize,
    terminating: bool,
}

impl Driver {
    async fn run(mut self) {
        let r = poll_fn(|cx| self.poll(cx)).await;
        let e = match r {
            Ok(()) => Error::Closed,
            Err(e) => e,
        };
        self.inner.fail(e);
        *self.inner.driver.borrow_mut() = None;
    }

    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Error>> {
        {
            let mut w = self.inner.driver.borrow_mut();
            if !w.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                *w = Some(cx.waker().clone());
            }
        }
        if let Some(e) = self.inner.lost_error() {
            return Poll::Ready(Err(e));
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
            if self.terminating && self.wpos == 0 && self.inner.out.borrow().is_empty() {
                return Poll::Ready(Ok(()));
            }
            if !self.poll_read(cx)? {
                return Poll::Pending;
            }
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }

    /// Writes the output buffer until it is empty or the socket is full (then the writable
    /// waker is registered).
    fn poll_write(&mut self, cx: &mut Context<'_>) -> Result<(), Error> {
        loop {
            let out = self.inner.out.borrow();
            if self.wpos >= out.len() {
                drop(out);
                if self.wpos > 0 {
                    let mut out = self.inner.out.borrow_mut();
                    out.clear();
                    // Give back the memory of an exceptionally large request.
                    if out.capacity() > BUF_KEEP {
                        *out = Vec::with_capacity(16 * 1024);
                    }
                    drop(out);
                    self.wpos = 0;
                    for w in self.inner.out_waiters.borrow_mut().drain(..) {
                        w.wake();
                    }
                }
                return match self.stream.poll_flush(cx) {
                    Poll::Ready(r) => r.map_err(Error::from),
                    Poll::Pending => Ok(()),
                };
            }
            match self.stream.poll_write(cx, &out[self.wpos..]) {
                Poll::Ready(Ok(0)) => return Err(Error::Closed),
                Poll::Ready(Ok(n)) => {
                    drop(out);
                    self.wpos += n;
                    // Reclaim a large written prefix while more is pending.
                    if self.wpos > OUT_HIGH_WATER {
                        self.inner.out.borrow_mut().drain(..self.wpos);
                        self.wpos = 0;
                        for w in self.inner.out_waiters.borrow_mut().drain(..) {
                            w.wake();
                        }
                    }
                }
                Poll::Ready(Err(e)) => return Err(e.into()),
                Poll::Pending => return Ok(()),
            }
        }
    }

    fn poll_read(&mut self, cx: &mut Context<'_>) -> Result<bool, Error> {
        if self.inner.front_full() {
            return Ok(false);
        }
        // Messages left unparsed when the front slot filled up come first.
        if self.rstart != self.rend {
            let before = self.rstart;
            self.parse()?;
            if self.rstart != before {
                return Ok(true);
            }
        }
        // Room for at least 4 KiB, or for the whole of a large message being read. The
        // buffer stays initialised, so growing it is the only time bytes are zeroed.
        let pending = &self.rbuf[self.rstart..self.rend];
        let need = if pending.len() >= 5 {
            u32::from_be_bytes([pending[1], pending[2], pending[3], pending[4]]) as usize + 1
        } else {
            0
        };
        if self.rbuf.len() - self.rend < 4096 || self.rstart + need > self.rbuf.len() {
            self.rbuf.copy_within(self.rstart..self.rend, 0);
            self.rend -= self.rstart;
            self.rstart = 0;
            let want = need.max(self.rend + READ_CHUNK);
            if self.rbuf.len() < want {
                self.rbuf.resize(want, 0);
            }
        }
        match self.stream.poll_read(cx, &mut self.rbuf[self.rend..]) {
            Poll::Ready(Ok(0)) => {
                // Whatever complete messages remain (a FATAL error before close) still count.
                self.parse()?;
                Err(self.inner.lost_error().unwrap_or(Error::Closed))
            }
            Poll::Ready(Ok(n)) => {
                self.rend += n;
                self.parse()?;
                if self.rstart == self.rend {
                    self.rstart = 0;
                    self.rend = 0;
                    if self.rbuf.len() > BUF_KEEP {
                        self.rbuf = vec![0; READ_CHUNK];
                    }
                }
                Ok(true)
            }
            Poll::Ready(Err(e)) => Err(e.into()),
            Poll::Pending => Ok(false),
        }
    }

    /// Hands every whole message in the buffer to its request. Consecutive messages for the
    /// front request (BindComplete, DataRows, CommandComplete, …) are delivered as one run:
    /// one copy and at most one wake, however many rows.
    fn parse(&mut self) -> Result<(), Error> {
        let end = self.rend;
        let mut pos = self.rstart;
        let mut run = pos;
        while let Some((f, n)) = proto::frame(&self.rbuf[pos..end])? {
            if matches!(f.tag, b'Z' | b'A' | b'N' | b'S') {
                let (tag, body) = (f.tag, f.body);
                self.deliver(run, pos)?;
                let raw = &self.rbuf[pos..pos + n];
                if let Err(e) = self.inner.dispatch(tag, body, raw) {
                    *self.inner.lost.borrow_mut() = Some(e.clone());
                    return Err(e);
                }
                pos += n;
                run = pos;
                if self.inner.front_full() {
                    break;
                }
            } else {
                pos += n;
            }
        }
        self.deliver(run, pos)?;
        self.rstart = pos;
        Ok(())
    }

    /// Delivers the run of whole messages `rbuf[from..to]` to the front request.
    fn deliver(&self, from: usize, to: usize) -> Result<(), Error> {
        if from == to {
            return Ok(());
        }
        if let Err(e) = self.inner.deliver(&self.rbuf[from..to]) {
            // Record the server's FATAL error as the reason the connection is lost.
            *self.inner.lost.borrow_mut() = Some(e.clone());
            return Err(e);
        }
        Ok(())
    }
}
