//! The contract between the runtime and an application: a [`Service`] is built once per worker
//! thread and called for every request with a [`Reply`] that writes the response straight into
//! the connection's output (or defers it to an async task).

use std::future::Future;
use std::pin::Pin;

use crate::conn::output::{ConnHeader, Output};
use crate::request::Request;
use crate::response::{BodyPart, IntoResponse, Response, Status};

/// An application, as the runtime sees it. Generated `app!` code implements it; a closure
/// `Fn(&Request<'_>, &mut Reply<'_>)` does too.
///
/// One instance is built on each worker thread (see [`Server::serve`](crate::Server::serve)),
/// so it needs neither `Send` nor `Sync`, and per-worker state needs no locks.
pub trait Service: 'static {
    /// Answers one request by calling [`Reply::send`] or [`Reply::defer`] exactly once.
    /// Not answering is a bug the runtime reports as a 500.
    fn call(&self, req: &Request<'_>, reply: &mut Reply<'_>);

    /// Called when a request head is complete but its body has not been read yet. A `Some`
    /// response is sent at once, the body is never read and the connection closes (so, for
    /// `Expect: 100-continue`, the client is never told to send it). Routers answer 404/405 here.
    fn check_head(&self, req: &Request<'_>) -> Option<Response> {
        let _ = req;
        None
    }
}

impl<F> Service for F
where
    F: Fn(&Request<'_>, &mut Reply<'_>) + 'static,
{
    #[inline]
    fn call(&self, req: &Request<'_>, reply: &mut Reply<'_>) {
        self(req, reply)
    }
}

pub(crate) enum ReplyState {
    Empty,
    Sent,
    Deferred(crate::reactor::TaskBox),
}

/// Where a handler's response goes: straight into the connection's write buffer.
pub struct Reply<'a> {
    pub(crate) out: &'a mut Output,
    pub(crate) date: &'a crate::conn::output::DateLine,
    pub(crate) head_only: bool,
    pub(crate) conn: ConnHeader,
    pub(crate) http10: bool,
    pub(crate) state: ReplyState,
    pub(crate) status: u16,
    pub(crate) close: bool,
}

impl<'a> Reply<'a> {
    pub(crate) fn new(
        out: &'a mut Output,
        date: &'a crate::conn::output::DateLine,
        head_only: bool,
        conn: ConnHeader,
        http10: bool,
    ) -> Reply<'a> {
        Reply { out, date, head_only, conn, http10, state: ReplyState::Empty, status: 0, close: false }
    }

    /// Sends the response now, through [`IntoResponse::send_to`] (so a
    /// [`Json`](crate::json::Json) value is written straight into the connection's buffer).
    #[inline]
    pub fn send(&mut self, resp: impl IntoResponse) {
        resp.send_to(self);
    }

    /// True when the handler has not answered yet; otherwise logs that a second answer is
    /// dropped. Each way of answering checks this, writes, then calls [`Reply::answered`]
    /// (plain calls rather than a closure passed around, so the whole answer inlines into
    /// the handler's route).
    #[inline(always)]
    fn may_answer(&self) -> bool {
        if matches!(self.state, ReplyState::Empty) {
            return true;
        }
        eprintln!("chopin: a handler answered twice; the second response is dropped");
        false
    }

    /// Records what was written: the status and whether the connection closes after it.
    #[inline(always)]
    fn answered(&mut self, (status, close): (u16, bool)) {
        self.status = status;
        self.close = close;
        self.state = ReplyState::Sent;
    }

    /// Sends a response whose body `write_body` appends straight into the connection's write
    /// buffer, with `Content-Length` framing. `content_type_line` is a whole
    /// `Content-Type: …\r\n` line; `hint` estimates the body's size.
    pub(crate) fn send_with_body(
        &mut self,
        status: Status,
        content_type_line: &'static [u8],
        hint: usize,
        write_body: impl FnOnce(&mut Vec<u8>),
    ) {
        if self.may_answer() {
            let r = self.out.write_with_body(status, content_type_line, self.date, self.head_only, self.conn, hint, write_body);
            self.answered(r);
        }
    }

    /// Sends a body with a pre-built `Content-Type: …\r\n` line and no other headers, without
    /// building a [`Response`] (what plain strings and byte vectors send).
    #[inline]
    pub(crate) fn send_part(&mut self, status: Status, content_type_line: &'static [u8], body: BodyPart) {
        if self.may_answer() {
            let r = self.out.write_part(status, content_type_line, self.date, self.head_only, self.conn, body);
            self.answered(r);
        }
    }

    /// [`Reply::send_part`] of static bytes. Always inlined, as `&'static str`'s `send_to` is:
    /// called out of line, a static answer costs about 20 more instructions (callgrind).
    #[inline(always)]
    pub(crate) fn send_static(&mut self, status: Status, content_type_line: &'static [u8], body: &'static [u8]) {
        if self.may_answer() {
            let r = self.out.write_static(status, content_type_line, self.date, self.head_only, self.conn, body);
            self.answered(r);
        }
    }

    /// Sends a built [`Response`] (what [`IntoResponse::send_to`] does by default).
    pub(crate) fn send_response(&mut self, resp: Response) {
        if self.may_answer() {
            let conn = if resp.close { ConnHeader::Close } else { self.conn };
            let r = self.out.write_response(resp, self.date, self.head_only, conn, self.http10);
            self.answered(r);
        }
    }

    /// Answers later with `fut`'s value (`fut` need not be `Send`). The connection polls the
    /// future itself, first right here (a future that does not wait is answered at once) and
    /// then whenever its waker fires; it waits for the answer while other connections keep
    /// being served, and a pipelined connection's responses stay in order. A client that resets
    /// its connection drops the future at once. The future is dropped as soon as it finishes;
    /// its value is kept in the future's place and sent with [`IntoResponse::send_to`], as a
    /// sync handler's answer is (a `Json` value straight into the connection's buffer). A
    /// panic while sending it is a 500.
    ///
    /// ```
    /// use chopin_rt::json::Json;
    /// use chopin_rt::{Reply, Request};
    ///
    /// fn later(_req: &Request<'_>, reply: &mut Reply<'_>) {
    ///     reply.defer(async {
    ///         chopin_rt::sleep(std::time::Duration::from_millis(1)).await;
    ///         Json([1, 2, 3])
    ///     });
    /// }
    /// # let _ = later;
    /// ```
    pub fn defer<F, R>(&mut self, fut: F)
    where
        F: Future<Output = R> + 'static,
        R: IntoResponse + 'static,
    {
        if !matches!(self.state, ReplyState::Empty) {
            eprintln!("chopin: a handler answered twice; the deferred response is dropped");
            return;
        }
        self.state = ReplyState::Deferred(crate::reactor::TaskBox::new(fut));
    }

    /// True for a `HEAD` request (the body of the response will not be sent).
    pub fn is_head(&self) -> bool {
        self.head_only
    }
}

/// A future that runs `map` on `fut`'s output, polling `fut` where it lies. (An
/// `async move { map(fut.await) }` block would move the whole inner future once more on its
/// first poll; a handler's future can be kilobytes.)
pub(crate) struct MapOutput<F, G> {
    fut: F,
    map: Option<G>,
}

impl<F, G> MapOutput<F, G> {
    #[inline(always)]
    pub(crate) fn new(fut: F, map: G) -> MapOutput<F, G> {
        MapOutput { fut, map: Some(map) }
    }
}

impl<F: Future, G: FnOnce(F::Output) -> T, T> Future for MapOutput<F, G> {
    type Output = T;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<T> {
        // SAFETY: `fut` is structurally pinned: it is never moved out of `self` nor handed out
        // unpinned, and `MapOutput` has no `Drop` impl or `Unpin` impl of its own that could
        // move it. `map` is not pinned: it is only taken by value.
        let this = unsafe { self.get_unchecked_mut() };
        // SAFETY: see above; `this.fut` stays where it is until `self` is dropped.
        let fut = unsafe { Pin::new_unchecked(&mut this.fut) };
        match fut.poll(cx) {
            std::task::Poll::Ready(v) => {
                let map = this.map.take().expect("MapOutput polled after completion");
                std::task::Poll::Ready(map(v))
            }
            std::task::Poll::Pending => std::task::Poll::Pending,
        }
    }
}

