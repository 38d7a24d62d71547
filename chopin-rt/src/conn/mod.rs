//! One HTTP/1.1 connection: its buffers, its parse phase and the request path
//! `read → http::parse_head → Service::call → Output → write`. A pipelined batch is parsed
//! and answered in one pass and flushed with one `write` (`writev` when large bodies are queued).

mod framing;
pub(crate) mod output;
pub(crate) mod wheel;
#[cfg(test)]
mod output_tests;

use std::io::{self, Read};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::task::{Context, Poll, Waker};

use crate::http::{
    parse_head, parse_head_inline, ChunkLimits, ChunkedDecoder, Expect, HeadScanner, Head, HeaderSpan, Limits,
    Method, Version, MAX_HEADERS,
};
use crate::metrics::{inc, WorkerMetrics};
use crate::reactor::{Core, TaskBox};
use crate::request::Request;
use crate::sys::{EPOLLERR, EPOLLHUP, EPOLLRDHUP};
use crate::response::{Response, Status};
use crate::service::{Reply, ReplyState, Service};
use output::{error_response, ConnHeader, DateLine, Flush, Output};

/// Output queued beyond this stops the connection from answering more pipelined requests
/// until the client reads (a client that never reads cannot make the server buffer without end).
const OUTPUT_HIGH_WATER: usize = 1024 * 1024;
/// Smallest free space worth a `read`.
const MIN_READ: usize = 2048;

/// Which deadline is armed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimerKind {
    None,
    /// Connection open, nothing received yet (first request or between keep-alive requests).
    Idle,
    /// Part of a head received.
    Header,
    /// Waiting for body bytes.
    Body,
    /// Output blocked on a client that does not read.
    Write,
    /// Half-closed, draining the client's last bytes before closing.
    Linger,
}

enum Phase {
    Head,
    /// Head complete; waiting until `total` bytes (head + Content-Length body) are buffered.
    Body { total: usize },
    /// Head complete; decoding a chunked body after `head_len` bytes into `Conn::body`.
    Chunked { head_len: usize, dec: ChunkedDecoder },
}

/// What the worker should do with a connection after an event.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Next {
    Keep,
    Close,
}

/// Per-worker context a connection needs while processing: owned by the worker and lent to a
/// connection whole (one pointer; nothing is assembled per event).
pub(crate) struct Ctx<S> {
    pub(crate) svc: S,
    pub(crate) core: std::rc::Rc<Core>,
    pub(crate) headers: Box<[HeaderSpan; MAX_HEADERS]>,
    /// The cached `Server`/`Date` block (the worker rewrites it when the second changes).
    pub(crate) date: crate::conn::output::DateLine,
    pub(crate) limits: Limits,
    pub(crate) chunk_limits: ChunkLimits,
    pub(crate) cfg: std::sync::Arc<crate::server::Config>,
    pub(crate) deadlines: DeadlinesMs,
    pub(crate) metrics: std::sync::Arc<WorkerMetrics>,
    /// The loop's clock, as of this turn.
    pub(crate) now: u64,
    pub(crate) draining: bool,
}

/// The connection timeouts in milliseconds, converted from the configuration once per worker
/// (not on every request).
#[derive(Clone, Copy, Debug)]
pub(crate) struct DeadlinesMs {
    header: u64,
    idle: u64,
    write: u64,
}

impl DeadlinesMs {
    pub(crate) fn new(cfg: &crate::server::Config) -> DeadlinesMs {
        let ms = |d: std::time::Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX / 2);
        DeadlinesMs { header: ms(cfg.header_timeout), idle: ms(cfg.idle_timeout), write: ms(cfg.write_timeout) }
    }
}

/// What a handler (or an async handler's value, when sent) did with its [`Reply`], taken apart
/// so that the reply's borrow of the output ends.
struct Answered {
    /// Whether the call returned or panicked.
    outcome: std::thread::Result<()>,
    state: ReplyState,
    status: u16,
    close: bool,
    /// The output as it was before the call, for a rollback.
    mark: (usize, usize, usize),
}

/// Runs `f` on a [`Reply`] writing into `out` with the framing of `p`, catching a panic.
#[inline(always)]
fn answer_into(out: &mut Output, date: &DateLine, p: Pending, f: impl FnOnce(&mut Reply<'_>)) -> Answered {
    let mark = out.mark();
    let mut reply = Reply::new(out, date, p.head_only, p.conn, p.http10);
    let outcome = catch_unwind(AssertUnwindSafe(|| f(&mut reply)));
    Answered { outcome, state: std::mem::replace(&mut reply.state, ReplyState::Empty), status: reply.status, close: reply.close, mark }
}

/// How an async handler's future ended.
enum Done {
    /// With its value, to be sent ([`TaskBox::send_and_free`]).
    Answer(TaskBox),
    /// It panicked: a 500.
    Failed,
}

/// Response framing remembered while an async handler runs.
#[derive(Clone, Copy)]
struct Pending {
    head_only: bool,
    conn: ConnHeader,
    http10: bool,
}

/// One slot of the worker's connection slab.
pub(crate) struct Conn {
    pub(crate) sock: Option<TcpStream>,
    pub(crate) generation: u32,
    pub(crate) slot: u32,
    rbuf: Vec<u8>,
    rpos: usize,
    rend: usize,
    scanner: HeadScanner,
    phase: Phase,
    body: Vec<u8>,
    out: Output,
    pub(crate) deadline: u64,
    pub(crate) timer: TimerKind,
    /// The deadline of the wheel entry that owns this connection's timer, if one is filed.
    pub(crate) filed: Option<u64>,
    /// Processing stopped while blocked (output backlog, a task, a stream); resume it when
    /// the block clears, even without a new event.
    paused: bool,
    /// The socket may hold bytes not read yet: a readable event came while the connection was
    /// blocked, or the last read filled the buffer. Cleared by a short read or `EAGAIN`, so
    /// resuming after a task does not spend a `read` that can only say `EAGAIN`.
    unread: bool,
    waiting: Option<Pending>,
    /// The future of the async handler answering the request in `waiting`, polled by the
    /// connection itself: first where the handler deferred, then whenever its waker (the
    /// connection's) fires. No executor task, no completion queue: its value is sent as soon
    /// as a poll finds it.
    answer: Option<TaskBox>,
    closing: bool,
    read_eof: bool,
    write_blocked: bool,
    stream_pending: bool,
    lingering: bool,
    waker: Option<Waker>,
}

impl Conn {
    pub(crate) fn empty(slot: u32) -> Conn {
        Conn {
            sock: None,
            generation: 0,
            slot,
            rbuf: Vec::new(),
            rpos: 0,
            rend: 0,
            scanner: HeadScanner::default(),
            phase: Phase::Head,
            body: Vec::new(),
            out: Output::default(),
            deadline: 0,
            timer: TimerKind::None,
            filed: None,
            paused: false,
            unread: false,
            waiting: None,
            answer: None,
            closing: false,
            read_eof: false,
            write_blocked: false,
            stream_pending: false,
            lingering: false,
            waker: None,
        }
    }

    /// Prepares the slot for a freshly accepted socket.
    pub(crate) fn open(&mut self, sock: TcpStream, now: u64, cfg: &crate::server::Config) {
        self.sock = Some(sock);
        self.rpos = 0;
        self.rend = 0;
        self.scanner.reset();
        self.phase = Phase::Head;
        self.closing = false;
        self.read_eof = false;
        self.write_blocked = false;
        self.stream_pending = false;
        self.lingering = false;
        self.waiting = None;
        self.paused = false;
        self.unread = false;
        self.timer = TimerKind::Idle;
        self.deadline = now + cfg.header_timeout.as_millis() as u64;
    }

    /// Frees the socket and oversized buffers; the slot keeps ordinary-sized ones for reuse.
    pub(crate) fn release(&mut self) {
        self.sock = None;
        self.generation = self.generation.wrapping_add(1) & 0x3fff_ffff;
        self.out.discard();
        if self.rbuf.len() > 64 * 1024 {
            self.rbuf = Vec::new();
        }
        self.body = Vec::new();
        self.timer = TimerKind::None;
        self.waiting = None;
        // The client went away: its handler's future is dropped (a destructor that panics
        // is contained).
        if let Some(answer) = self.answer.take() {
            let _ = catch_unwind(AssertUnwindSafe(move || drop(answer)));
        }
        self.waker = None;
    }

    pub(crate) fn is_idle(&self) -> bool {
        matches!(self.phase, Phase::Head)
            && self.rpos == self.rend
            && self.out.is_empty()
            && self.waiting.is_none()
    }

    /// Whether answering more requests must wait. (`lingering` needs no test of its own: only
    /// a closing connection lingers.)
    fn blocked(&self) -> bool {
        debug_assert!(self.closing || !self.lingering);
        self.waiting.is_some() || self.closing || self.out.queued > OUTPUT_HIGH_WATER || self.out.has_stream()
    }

    /// Handles readability (and hang-ups; `events` as epoll reported them): reads, answers
    /// every complete request, flushes.
    pub(crate) fn on_readable<S: Service>(&mut self, cx: &mut Ctx<S>, events: u32) -> Next {
        if self.lingering {
            return self.linger_read();
        }
        match self.read_some(cx, events) {
            Some(progressed) => self.finish(cx, progressed),
            None => Next::Close,
        }
    }

    /// Reads and answers until the socket is drained (a short read) or the connection blocks.
    /// `None` on a fatal socket error; otherwise whether any bytes arrived. `events`: what
    /// epoll reported (0 when not called for an event); after a hang-up the socket is read
    /// until it is drained, since no further edge will come.
    #[inline(always)]
    fn read_some<S: Service>(&mut self, cx: &mut Ctx<S>, events: u32) -> Option<bool> {
        let drain = events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR) != 0;
        let mut progressed = false;
        loop {
            if self.blocked() {
                if events & (EPOLLHUP | EPOLLERR) != 0 && self.waiting.is_some() {
                    // Reset (or failed) while its handler's future runs: nothing can be
                    // answered any more, so the connection closes now and the future is
                    // dropped, instead of running to its end first. A half-close (FIN only)
                    // still gets its answer.
                    return None;
                }
                self.paused = true;
                self.unread = true;
                break;
            }
            if !self.reserve_read(cx) {
                // The buffer is at its limit: only possible mid-body beyond the limits, which
                // parsing already refused; stop reading.
                break;
            }
            let space = self.rbuf.len() - self.rend;
            let fd = self.sock.as_ref().expect("open connection").as_raw_fd();
            match crate::sys::read(fd, &mut self.rbuf[self.rend..]) {
                Ok(0) => {
                    self.read_eof = true;
                    self.unread = false;
                    break;
                }
                Ok(n) => {
                    self.rend += n;
                    progressed = true;
                    self.unread = n == space;
                    self.process(cx);
                    if n < space && !drain {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.unread = false;
                    break;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        }
        Some(progressed)
    }

    /// Handles writability.
    pub(crate) fn on_writable<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        if !self.write_blocked {
            return Next::Keep;
        }
        self.resume(cx)
    }

    /// Continues after a wake (task done, stream chunk ready, socket writable): flushes, then
    /// answers buffered requests and reads what the socket holds (edge-triggered readiness
    /// does not repeat itself for bytes that arrived while the connection was blocked).
    pub(crate) fn resume<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        self.stream_pending = false;
        // Requests to answer, or bytes to read: `finish` goes on with them once the output
        // is out (with neither, the usual case after an async answer, it only flushes).
        self.paused = self.rpos < self.rend || self.unread;
        self.finish(cx, false)
    }

    /// The connection's waker fired: polls the handler's future it waits for, sending its
    /// value when it is ready, then flushes and goes on as after any wake.
    pub(crate) fn woken<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        self.advance_answer(cx);
        self.resume(cx)
    }

    /// Polls the async handler's future, if there is one, and sends what it ended with once
    /// it finished (or a 500 if it panicked).
    fn advance_answer<S: Service>(&mut self, cx: &mut Ctx<S>) {
        if let Some(done) = self.poll_answer(cx) {
            self.send_done(cx, done);
        }
    }

    /// Polls the async handler's future, with the connection's waker; its outcome once it
    /// finished or panicked (the future is then out of the connection), `None` while it
    /// waits or when there is none.
    fn poll_answer<S: Service>(&mut self, cx: &mut Ctx<S>) -> Option<Done> {
        let answer = self.answer.as_mut()?;
        let slot = self.slot;
        let waker = self.waker.get_or_insert_with(|| crate::reactor::conn_waker(&cx.core, slot));
        let mut wcx = Context::from_waker(waker);
        // While it polls, the connection's waker is known to the reactor, so what the future
        // waits on (a database reply) can wake the connection directly.
        let polling = Some((slot | crate::reactor::CONN_WAKE_BIT, waker.data(), waker.vtable()));
        cx.core.conn_polling.set(polling);
        let r = catch_unwind(AssertUnwindSafe(|| answer.poll_answer(&mut wcx)));
        cx.core.conn_polling.set(None);
        match r {
            Ok(Poll::Pending) => None,
            Ok(Poll::Ready(())) => self.answer.take().map(Done::Answer),
            Err(payload) => {
                // Dropping a panicked future may panic again; contain that too.
                let fut = self.answer.take();
                let _ = catch_unwind(AssertUnwindSafe(move || drop(fut)));
                crate::reactor::log_panic("handler", &payload);
                inc(&cx.metrics.panics);
                Some(Done::Failed)
            }
        }
    }

    /// Sends what the async handler's future ended with (written as a synchronous handler's
    /// answer would be, straight into the output), or a 500 if it panicked.
    fn send_done<S: Service>(&mut self, cx: &mut Ctx<S>, done: Done) {
        let Some(p) = self.waiting.take() else { return };
        let conn = if cx.draining { ConnHeader::Close } else { p.conn };
        match done {
            Done::Answer(answer) => {
                let p = Pending { conn, ..p };
                // The future was dropped when it finished; what is left is its value, sent
                // here, then the block.
                let answered = answer_into(&mut self.out, &cx.date, p, move |reply| answer.send_and_free(reply));
                self.settle(cx, answered, p);
            }
            Done::Failed => self.internal_error(cx, p.head_only, conn, p.http10),
        }
    }

    /// Flushes; whenever that clears a block, answers what is buffered and reads on, until
    /// nothing moves; then sets the deadline for the state the connection is in.
    #[inline(always)]
    fn finish<S: Service>(&mut self, cx: &mut Ctx<S>, mut progressed: bool) -> Next {
        loop {
            if self.flush(cx) == Next::Close {
                return Next::Close;
            }
            if !self.paused || self.blocked() || self.write_blocked || self.stream_pending {
                break;
            }
            self.paused = false;
            self.process(cx);
            if self.unread && !self.blocked() && !self.read_eof {
                match self.read_some(cx, 0) {
                    Some(p) => progressed |= p,
                    None => return Next::Close,
                }
            }
        }
        if self.read_eof && !self.lingering && self.waiting.is_none() && self.out.is_empty() {
            // The client sent FIN: everything it sent has been answered (an incomplete
            // request can never complete).
            return Next::Close;
        }
        self.set_timer(cx, progressed);
        Next::Keep
    }

    fn set_timer<S: Service>(&mut self, cx: &Ctx<S>, progressed: bool) {
        let (kind, fresh) = if self.lingering {
            return;
        } else if self.waiting.is_some() || self.stream_pending {
            (TimerKind::None, false)
        } else if self.write_blocked {
            (TimerKind::Write, progressed || self.timer != TimerKind::Write)
        } else {
            match self.phase {
                Phase::Head if self.rpos == self.rend => (TimerKind::Idle, true),
                Phase::Head => (TimerKind::Header, self.timer != TimerKind::Header),
                _ => (TimerKind::Body, progressed || self.timer != TimerKind::Body),
            }
        };
        if fresh {
            self.deadline = cx.now
                + match kind {
                    TimerKind::Idle => cx.deadlines.idle,
                    TimerKind::Header | TimerKind::Body => cx.deadlines.header,
                    TimerKind::Write => cx.deadlines.write,
                    _ => 0,
                };
        }
        self.timer = kind;
    }

    /// Writes the queue; on completion of a closing connection, half-closes and lingers.
    #[inline(always)]
    fn flush<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        if self.out.is_empty() {
            self.write_blocked = false;
            return self.maybe_close(cx);
        }
        let sock = self.sock.as_mut().expect("open connection");
        let r = if self.out.only_buffer() {
            self.out.flush_buffer(sock)
        } else if let Some(r) = self.out.flush_single(sock) {
            r
        } else {
            let slot = self.slot;
            let waker = self.waker.get_or_insert_with(|| crate::reactor::conn_waker(&cx.core, slot));
            self.out.flush(sock, &mut Context::from_waker(waker))
        };
        match r {
            Ok(Flush::Done) => {
                self.write_blocked = false;
                self.maybe_close(cx)
            }
            Ok(Flush::Blocked) => {
                self.write_blocked = true;
                Next::Keep
            }
            Ok(Flush::StreamPending) => {
                self.write_blocked = false;
                self.stream_pending = true;
                Next::Keep
            }
            Err(_) => Next::Close,
        }
    }

    fn maybe_close<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        if self.closing && !self.lingering {
            let fd = self.sock.as_ref().expect("open connection").as_raw_fd();
            crate::sys::shutdown_write(fd);
            self.lingering = true;
            self.timer = TimerKind::Linger;
            self.deadline = cx.now + cx.cfg.linger.as_millis() as u64;
            return self.linger_read();
        }
        Next::Keep
    }

    /// Reads and discards until the client closes (or the linger timer fires).
    fn linger_read(&mut self) -> Next {
        let mut scratch = [0u8; 4096];
        let sock = self.sock.as_mut().expect("open connection");
        loop {
            match sock.read(&mut scratch) {
                Ok(0) => return Next::Close,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Next::Keep,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return Next::Close,
            }
        }
    }

    /// Makes room to read. Returns false when no more bytes may be buffered.
    #[inline(always)]
    fn reserve_read<S: Service>(&mut self, cx: &Ctx<S>) -> bool {
        // Between requests (the usual case): rewind an emptied buffer; room is then there.
        if matches!(self.phase, Phase::Head) {
            if self.rpos == self.rend {
                self.rpos = 0;
                self.rend = 0;
            }
            if self.rbuf.len() - self.rend >= MIN_READ {
                return true;
            }
        }
        self.make_room(cx)
    }

    /// [`Conn::reserve_read`] when the buffer is missing, full or mid-body.
    #[inline(never)]
    fn make_room<S: Service>(&mut self, cx: &Ctx<S>) -> bool {
        if self.rbuf.is_empty() {
            self.rbuf = vec![0; cx.cfg.read_buffer];
        }
        if self.rpos == self.rend && matches!(self.phase, Phase::Head) {
            self.rpos = 0;
            self.rend = 0;
        }
        let need_total = match self.phase {
            Phase::Body { total } => total,
            _ => 0,
        };
        if self.rbuf.len() - self.rend >= MIN_READ.max(need_total.saturating_sub(self.rend - self.rpos)) {
            return true;
        }
        if self.rpos > 0 {
            self.rbuf.copy_within(self.rpos..self.rend, 0);
            self.rend -= self.rpos;
            self.rpos = 0;
            if self.rbuf.len() - self.rend >= MIN_READ.max(need_total.saturating_sub(self.rend)) {
                return true;
            }
        }
        // Grow: enough for the declared body, else double; never past the request limits.
        let cap = cx.cfg.max_head + cx.cfg.max_body as usize + MIN_READ;
        let want = (self.rend + MIN_READ).max(need_total).max(self.rbuf.len() * 2).min(cap);
        if want <= self.rbuf.len() {
            return self.rbuf.len() > self.rend;
        }
        self.rbuf.resize(want, 0);
        true
    }

    /// Parses and answers every complete request in the buffer, stopping when one is
    /// incomplete, deferred to a task, or closes the connection.
    #[inline(always)]
    fn process<S: Service>(&mut self, cx: &mut Ctx<S>) {
        // Nothing buffered (the usual case once an async answer was sent): no call.
        if self.rpos < self.rend {
            self.process_buffered(cx);
        }
        if self.blocked() {
            self.paused = true;
        }
    }

    /// Callers come here unblocked (they have just checked), so the first request is taken
    /// without checking again.
    fn process_buffered<S: Service>(&mut self, cx: &mut Ctx<S>) {
        debug_assert!(!self.blocked());
        let mut first = true;
        while self.rpos < self.rend && (std::mem::take(&mut first) || !self.blocked()) {
            match &mut self.phase {
                Phase::Head => {
                    let data = &self.rbuf[self.rpos..self.rend];
                    let parsed = parse_head_inline(data, &mut self.scanner, &cx.limits, &mut cx.headers);
                    let head = match &parsed {
                        Ok(Some(h)) => h,
                        Ok(None) => return,
                        Err(e) => {
                            let status = Status::from_u16(e.status()).unwrap_or(Status::BAD_REQUEST);
                            self.refuse(cx, status, e.reason());
                            return;
                        }
                    };
                    inc(&cx.metrics.requests);
                    if head.expect == Expect::Unknown {
                        self.refuse(cx, Status::EXPECTATION_FAILED, "unsupported expectation");
                        return;
                    }
                    if head.chunked {
                        let have_body_bytes = data.len() > head.head_len;
                        if !self.check_early(cx, head, have_body_bytes) {
                            return;
                        }
                        self.body.clear();
                        self.phase = Phase::Chunked {
                            head_len: head.head_len,
                            dec: ChunkedDecoder::new(cx.chunk_limits),
                        };
                        continue;
                    }
                    let cl = head.content_length.unwrap_or(0);
                    if cl > cx.cfg.max_body {
                        self.refuse(cx, Status::PAYLOAD_TOO_LARGE, "request body too large");
                        return;
                    }
                    let total = head.head_len + cl as usize;
                    if data.len() >= total {
                        let body = head.head_len..total;
                        self.dispatch_inline(cx, head, Some(body));
                        self.rpos += total;
                    } else {
                        if !self.check_early(cx, head, data.len() > head.head_len) {
                            return;
                        }
                        self.phase = Phase::Body { total };
                        return;
                    }
                }
                Phase::Body { total } => {
                    let total = *total;
                    if self.rend - self.rpos < total {
                        return;
                    }
                    let head = self.reparse(cx);
                    self.phase = Phase::Head;
                    self.dispatch(cx, &head, Some(head.head_len..total));
                    self.rpos += total;
                }
                Phase::Chunked { head_len, dec } => {
                    let head_len = *head_len;
                    let start = self.rpos + head_len;
                    let r = dec.decode(&self.rbuf[start..self.rend], &mut self.body);
                    match r {
                        Err(e) => {
                            let status = Status::from_u16(e.status()).unwrap_or(Status::BAD_REQUEST);
                            self.refuse(cx, status, e.reason());
                            return;
                        }
                        Ok(d) => {
                            // Drop the consumed chunk framing so the head stays contiguous.
                            self.rbuf.copy_within(start + d.consumed..self.rend, start);
                            self.rend -= d.consumed;
                            if !d.done {
                                return;
                            }
                            let head = self.reparse(cx);
                            self.phase = Phase::Head;
                            self.dispatch(cx, &head, None);
                            self.rpos += head_len;
                        }
                    }
                }
            }
        }
    }

    /// Re-parses the head of the request whose body just completed (kept in the buffer; the
    /// header array was reused by nothing since, but re-parsing avoids storing spans per
    /// connection).
    fn reparse<S: Service>(&mut self, cx: &mut Ctx<S>) -> Head {
        self.scanner.reset();
        match parse_head(&self.rbuf[self.rpos..self.rend], &mut self.scanner, &cx.limits, &mut cx.headers) {
            Ok(Some(h)) => h,
            _ => unreachable!("a head that parsed once parses again"),
        }
    }

    /// Before reading a body: lets the service refuse the request early, and sends
    /// `100 Continue` when the client waits for it. Returns false when answered.
    fn check_early<S: Service>(&mut self, cx: &mut Ctx<S>, head: &Head, have_body: bool) -> bool {
        let req = Request {
            buf: &self.rbuf[self.rpos..self.rend],
            head,
            headers: &cx.headers[..head.header_count],
            body: &[],
        };
        let early = catch_unwind(AssertUnwindSafe(|| cx.svc.check_head(&req)));
        match early {
            Ok(None) => {}
            Ok(Some(resp)) => {
                let (status, _) = self.out.write_response(
                    resp.close_connection(),
                    &cx.date,
                    head.method == Method::Head,
                    ConnHeader::Close,
                    head.version == Version::Http10,
                );
                cx.metrics.response(status);
                self.closing = true;
                return false;
            }
            Err(p) => {
                crate::reactor::log_panic("check_head", &p);
                crate::metrics::inc(&cx.metrics.panics);
                self.refuse(cx, Status::INTERNAL_SERVER_ERROR, "");
                return false;
            }
        }
        if head.expect == Expect::Continue && !have_body && head.version == Version::Http11 {
            self.out.push_raw(b"HTTP/1.1 100 Continue\r\n\r\n");
        }
        true
    }

    /// Answers with a runtime error and closes after it.
    fn refuse<S: Service>(&mut self, cx: &mut Ctx<S>, status: Status, reason: &'static str) {
        inc(&cx.metrics.bad_requests);
        let (st, _) = self.out.write_response(
            error_response(status, reason),
            &cx.date,
            false,
            ConnHeader::Close,
            false,
        );
        cx.metrics.response(st);
        self.closing = true;
    }

    /// Calls the service for one complete request. `body` is a range of the buffer (relative
    /// to `rpos`), or `None` for a de-chunked body in `self.body`.
    fn dispatch<S: Service>(&mut self, cx: &mut Ctx<S>, head: &Head, body: Option<std::ops::Range<usize>>) {
        self.dispatch_inline(cx, head, body);
    }

    /// [`Conn::dispatch`], inlined into the request loop for the usual request, whose body (if
    /// any) came with its head.
    #[inline(always)]
    fn dispatch_inline<S: Service>(&mut self, cx: &mut Ctx<S>, head: &Head, body: Option<std::ops::Range<usize>>) {
        let keep = head.keep_alive() && !cx.draining;
        let http10 = head.version == Version::Http10;
        let conn = match (keep, http10) {
            (false, _) => ConnHeader::Close,
            (true, true) => ConnHeader::KeepAlive,
            (true, false) => ConnHeader::None,
        };
        let head_only = head.method == Method::Head;
        let buf = &self.rbuf[self.rpos..self.rend];
        let req = Request {
            buf,
            head,
            headers: &cx.headers[..head.header_count],
            body: match body {
                Some(r) => &buf[r],
                None => &self.body,
            },
        };
        let p = Pending { head_only, conn, http10 };
        let svc = &cx.svc;
        let answered = answer_into(&mut self.out, &cx.date, p, |reply| svc.call(&req, reply));
        self.settle(cx, answered, p);
    }

    /// What follows a handler's answer: the metrics, a task to wait for, or a 500 for a
    /// handler that panicked (its partial output rolled back) or did not answer.
    #[inline(always)]
    fn settle<S: Service>(&mut self, cx: &mut Ctx<S>, a: Answered, p: Pending) {
        let Answered { outcome, state, status, close, mark } = a;
        match outcome {
            Ok(()) => match state {
                ReplyState::Sent => {
                    cx.metrics.response(status);
                    if close {
                        self.closing = true;
                    }
                }
                ReplyState::Deferred(fut) => {
                    self.waiting = Some(p);
                    self.answer = Some(fut);
                    // The first poll happens here: a future that does not wait is answered
                    // at once, as a synchronous handler is, before the next pipelined request.
                    self.advance_answer(cx);
                }
                ReplyState::Empty => {
                    eprintln!("chopin: a handler returned without answering; sending 500");
                    self.internal_error(cx, p.head_only, p.conn, p.http10);
                }
            },
            Err(e) => {
                crate::reactor::log_panic("handler", &e);
                inc(&cx.metrics.panics);
                self.out.rollback(mark);
                self.internal_error(cx, p.head_only, p.conn, p.http10);
            }
        }
    }

    fn internal_error<S: Service>(&mut self, cx: &mut Ctx<S>, head_only: bool, conn: ConnHeader, http10: bool) {
        let (status, close) = self.out.write_response(
            Response::error(Status::INTERNAL_SERVER_ERROR, ""),
            &cx.date,
            head_only,
            conn,
            http10,
        );
        cx.metrics.response(status);
        if close {
            self.closing = true;
        }
    }

    /// A timer fired: 408 for a request that stalled, otherwise close.
    pub(crate) fn on_timeout<S: Service>(&mut self, cx: &mut Ctx<S>) -> Next {
        inc(&cx.metrics.timeouts);
        match self.timer {
            TimerKind::Header | TimerKind::Body => {
                self.write_blocked = false;
                self.refuse(cx, Status::REQUEST_TIMEOUT, "request not received in time");
                self.timer = TimerKind::None;
                let next = self.flush(cx);
                if next == Next::Keep && !self.lingering {
                    // The 408 could not be written out: give up on this client.
                    return Next::Close;
                }
                next
            }
            _ => Next::Close,
        }
    }
}
