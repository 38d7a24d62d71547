//! One connection's shared state (reading and writing are in `driver.rs`). Callers append
//! whole requests (each ending in Sync or a simple Query, or shared reads whose group's Sync
//! comes at the flush) to one output buffer and queue a [`Slot`]. The output is sent once the
//! loop turn's tasks have run ([`Flush`]), so one `write` carries every request queued during
//! the turn; replies are read when epoll reports the socket readable ([`Readable`]) and each
//! message goes to the slot at the front of the queue, popped at ReadyForQuery (or, for a
//! shared read, at the end of its result). So many tasks pipeline on one socket, replies
//! matched in order.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::future::poll_fn;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::proto;
use crate::reactor::{Core, Flush, Readable};
use super::statement::{SqlHash, StmtEntry};
use super::{Config, DbError, Error, Notification};

/// Unread replies above this pause reading the socket until the slot's reader catches up
/// (COPY OUT and huge results stream with bounded memory).
const SLOT_HIGH_WATER: usize = 8 << 20;
/// Unread notifications kept per connection; older ones are dropped past this.
const MAX_NOTIFICATIONS: usize = 65_536;
/// Output above this makes COPY IN writers wait for the driver.
pub(crate) const OUT_HIGH_WATER: usize = 1 << 20;

/// One reply message: its tag and body.
pub(crate) type Msg = (u8, Vec<u8>);

/// A request's reply bytes, shared with the rows read from them (a row refers to its DataRow
/// in place; no copy, no allocation per row). The driver appends only while nobody else holds
/// the buffer, and starts a new one otherwise.
pub(crate) type ReplyBuf = Rc<Vec<u8>>;

/// The replies to one request, as received: whole messages back to back in one buffer
/// (no allocation per message); `buf[pos..]` is unread.
#[derive(Default)]
pub(crate) struct Slot {
    buf: RefCell<ReplyBuf>,
    pos: Cell<usize>,
    done: Cell<bool>,
    lost: Cell<bool>,
    abandoned: Cell<bool>,
    waker: RefCell<Option<Waker>>,
    /// The task of the connection's reactor to wake instead of `waker` (see
    /// [`Slot::register`]).
    task: Cell<Option<u32>>,
    /// True while a registered waker or task waits to be woken.
    armed: Cell<bool>,
    kind: Cell<SlotKind>,
    /// For a shared request: results (CommandComplete or EmptyQueryResponse) still to come.
    ends_left: Cell<u32>,
    /// A shared read's Bind and Execute, sent again on its own if an earlier read of its
    /// group fails (PostgreSQL skips the rest of the group).
    resend: RefCell<Vec<u8>>,
}

/// What ends a queued entry's reply.
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SlotKind {
    /// A request with its own Sync: ReadyForQuery.
    #[default]
    Own,
    /// A read sharing its group's Sync: CommandComplete, EmptyQueryResponse or ErrorResponse.
    Shared,
    /// The Sync closing a group of shared reads: ReadyForQuery (nobody reads it; one slot
    /// per connection stands for every group's end).
    GroupEnd,
}

impl Slot {
    /// Appends whole messages (tag, length, body) as they came off the wire; `core` is the
    /// connection's reactor.
    fn push(&self, core: &Core, raw: &[u8]) {
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        let was_empty = buf.len() == pos;
        match Rc::get_mut(&mut buf) {
            Some(v) => {
                if was_empty {
                    v.clear();
                    self.pos.set(0);
                }
                if v.capacity() == 0 {
                    // One allocation for a typical reply (BindComplete, a few rows,
                    // CommandComplete).
                    v.reserve(raw.len().max(256));
                }
                v.extend_from_slice(raw);
            }
            None => {
                // Rows still refer to the buffer: the unread bytes move to a new one.
                let unread = &buf[pos..];
                let mut v = Vec::with_capacity((unread.len() + raw.len()).max(256));
                v.extend_from_slice(unread);
                v.extend_from_slice(raw);
                *buf = Rc::new(v);
                self.pos.set(0);
            }
        }
        drop(buf);
        if was_empty {
            self.wake(core);
        }
    }
    /// Marks `buf[..pos]` read. A buffer read to the end is emptied for reuse, unless rows
    /// still refer to it (the next [`Slot::push`] then starts a new one).
    fn consumed(&self, pos: usize) {
        self.consumed_in(&mut self.buf.borrow_mut(), pos);
    }

    /// [`Slot::consumed`] with the slot's buffer already borrowed.
    fn consumed_in(&self, buf: &mut ReplyBuf, pos: usize) {
        if pos == buf.len()
            && let Some(v) = Rc::get_mut(buf)
        {
            v.clear();
            self.pos.set(0);
        } else {
            self.pos.set(pos);
        }
    }

    /// Marks every byte read.
    fn consume_all(&self) {
        let len = self.buf.borrow().len();
        self.consumed(len);
    }

    /// Unread bytes.
    fn buffered(&self) -> usize {
        self.buf.borrow().len() - self.pos.get()
    }

    /// True when the reader must catch up before more of the reply is read (see
    /// [`SLOT_HIGH_WATER`]).
    pub(super) fn is_full(&self) -> bool {
        !self.abandoned.get() && self.buffered() > SLOT_HIGH_WATER
    }

    /// True for a shared read (its reply ends at CommandComplete, EmptyQueryResponse or
    /// ErrorResponse).
    pub(super) fn is_shared(&self) -> bool {
        self.kind.get() == SlotKind::Shared
    }

    /// One result of this shared request arrived (`failed`: an error, after which PostgreSQL
    /// sends nothing more for its group). True when that completes the request: its last
    /// result, or an error.
    pub(super) fn result_arrived(&self, failed: bool) -> bool {
        let left = self.ends_left.get().saturating_sub(1);
        self.ends_left.set(left);
        left == 0 || failed
    }

    /// Makes the next [`Slot::wake`] wake `w`. The waker is kept after a wake (and while the
    /// slot waits for reuse), so a task waiting on its slots again is not cloned again; the
    /// own waker of a task of `core`, or of the connection polling its handler's future, is not
    /// even kept, only its wake id (woken directly).
    #[inline(always)]
    fn register(&self, core: &Core, w: &Waker) {
        let task = crate::reactor::local_wake_id(core, w);
        self.task.set(task);
        if task.is_none() {
            let mut kept = self.waker.borrow_mut();
            match &*kept {
                Some(k) if k.will_wake(w) => {}
                _ => *kept = Some(w.clone()),
            }
        }
        self.armed.set(true);
    }

    /// Wakes what was registered, once per registration; `core` is the connection's reactor.
    #[inline]
    fn wake(&self, core: &Core) {
        if self.armed.replace(false) {
            self.wake_now(core);
        }
    }

    #[inline(always)]
    fn wake_now(&self, core: &Core) {
        match self.task.get() {
            Some(task) => crate::reactor::wake_local(core, task),
            None => self.wake_waker(),
        }
    }

    /// Wakes the registered waker (one that is not a task of the connection's reactor).
    #[inline(never)]
    fn wake_waker(&self) {
        // Out of the cell while it runs, in case waking registers again.
        let w = self.waker.take();
        if let Some(w) = &w {
            w.wake_by_ref();
        }
        let mut kept = self.waker.borrow_mut();
        if kept.is_none() {
            *kept = w;
        }
    }
}

/// State shared by a connection's handles and its driver.
pub(crate) struct Inner {
    pub(crate) cfg: Rc<Config>,
    pub(super) out: RefCell<Vec<u8>>,
    /// The socket (shared by the driver and the deferred flush); `None` once the driver stopped.
    pub(super) wire: RefCell<Option<super::driver::Wire>>,
    /// The read buffer (used by the readable handler and the driver).
    pub(super) reader: RefCell<super::driver::Reader>,
    /// True while a flush of `out` is queued on the reactor.
    flush_queued: Cell<bool>,
    /// Requests the pool sent here since the last flush (this loop turn's).
    turn_claims: Cell<u32>,
    /// True while `out` ends with shared reads whose group has no Sync yet.
    group_open: Cell<bool>,
    /// Requests in the open group (the last ones queued).
    group_len: Cell<u32>,
    /// The connection itself (for queueing flushes from `&self`).
    me: std::rc::Weak<Inner>,
    /// The reactor the connection's socket and driver belong to.
    core: Rc<Core>,
    pub(super) queue: RefCell<VecDeque<Rc<Slot>>>,
    pub(super) driver: RefCell<Option<Waker>>,
    pub(super) lost: RefCell<Option<Error>>,
    /// Live [`super::Client`] handles; at zero the driver says Terminate and stops.
    pub(crate) handles: Cell<usize>,
    pub(crate) stmts: RefCell<HashMap<Rc<str>, StmtEntry, SqlHash>>,
    /// The last few statements used, looked up by comparing texts before hashing one
    /// (an application runs few statements over and over).
    pub(crate) recent: RefCell<Vec<(Rc<str>, Rc<super::Statement>)>>,
    pub(crate) next_stmt: Cell<u64>,
    /// Transaction status of the last ReadyForQuery: `I`, `T` or `E`.
    pub(crate) txn_status: Cell<u8>,
    /// True after a `LISTEN` through [`super::Client::listen`] (a pool unlistens on return).
    pub(crate) listening: Cell<bool>,
    /// Requests answered so far (the pool's idle detection).
    pub(crate) completed: Cell<u64>,
    notifications: RefCell<VecDeque<Notification>>,
    notify_waker: RefCell<Option<Waker>>,
    pub(super) out_waiters: RefCell<Vec<Waker>>,
    /// The slot queued for the end of each group of shared reads (abandoned: its
    /// ReadyForQuery only pops it).
    group_end: Rc<Slot>,
    /// Finished slots kept for reuse (with their buffers), so a query allocates none.
    spare: RefCell<Vec<Rc<Slot>>>,
    closed_waker: RefCell<Option<Waker>>,
    /// A request a CancelRequest was sent for, until its reply is complete. Until then, and
    /// until every CancelRequest sent has been handled by the server (`cancels`), output
    /// queued since is held back: PostgreSQL signals the backend twice for one
    /// CancelRequest (its pid and its process group), and a second signal that comes after
    /// the first one stopped the cancelled statement stops whatever statement runs next. Held
    /// back, the next statement reaches a backend that is idle when the signals come, and an
    /// idle backend ignores them.
    cancelled: RefCell<Option<Rc<Slot>>>,
    /// CancelRequests sent and not yet closed by the server.
    cancels: Cell<u32>,
    /// True while output is held back (one flag read on the write path).
    pub(super) holding: Cell<bool>,
    pub(crate) pid: i32,
    pub(crate) key: i32,
    pub(crate) params: Vec<(String, String)>,
}

impl Inner {
    /// The error every request fails with once the connection is gone.
    pub(crate) fn lost_error(&self) -> Option<Error> {
        self.lost.borrow().clone()
    }

    /// True when the connection is gone.
    pub(crate) fn is_lost(&self) -> bool {
        self.lost.borrow().is_some()
    }

    /// Requests the pool sent here since the last flush (see `Pool::try_acquire`).
    pub(crate) fn turn_claims(&self) -> u32 {
        self.turn_claims.get()
    }

    /// Counts one more request sent here by the pool this loop turn.
    pub(crate) fn claim(&self) {
        self.turn_claims.set(self.turn_claims.get().saturating_add(1));
    }

    /// Requests queued and not yet answered.
    pub(crate) fn in_flight(&self) -> usize {
        self.queue.borrow().len()
    }

    /// Appends one request (`encode` writes it, ending in Sync or a simple Query) and queues
    /// its slot. Nothing is queued when encoding fails.
    pub(crate) fn submit(
        self: &Rc<Self>,
        encode: impl FnOnce(&mut Vec<u8>) -> Result<(), Error>,
    ) -> Result<Pending, Error> {
        if let Some(e) = self.lost_error() {
            return Err(e);
        }
        self.close_group();
        {
            let mut out = self.out.borrow_mut();
            let mark = out.len();
            if let Err(e) = encode(&mut out) {
                out.truncate(mark);
                return Err(e);
            }
        }
        let slot = self.spare.borrow_mut().pop().unwrap_or_default();
        self.queue.borrow_mut().push_back(slot.clone());
        self.flush_soon();
        Ok(Pending { slot, inner: self.clone() })
    }

    /// Appends one read (`encode` appends its Bind and Execute, no Sync) to the open group of
    /// shared reads, or opens one: the group's Sync goes out with the loop turn's flush, so
    /// the reads of many requests cost PostgreSQL one transaction and one reply packet. A
    /// read skipped because an earlier one in its group failed is sent again on its own.
    /// `results` is the number of statements `encode` writes (a batch of reads has several;
    /// the request ends after that many results, or at its first error).
    ///
    /// The first read of a group is written straight to the output: nothing before it in its
    /// group can fail, so it is never sent again. A later one is encoded once into the copy
    /// kept for a resend, then appended. A group that holds one request when it closes is
    /// that request with its own Sync (see [`Inner::close_group`]).
    pub(crate) fn submit_shared(
        self: &Rc<Self>,
        results: u32,
        encode: impl FnOnce(&mut Vec<u8>) -> Result<(), Error>,
    ) -> Result<Pending, Error> {
        if let Some(e) = self.lost_error() {
            return Err(e);
        }
        let slot = self.spare.borrow_mut().pop().unwrap_or_default();
        let r = if self.group_open.get() {
            let mut resend = slot.resend.borrow_mut();
            resend.clear();
            let r = encode(&mut resend);
            if r.is_ok() {
                self.out.borrow_mut().extend_from_slice(&resend);
            }
            r
        } else {
            let mut out = self.out.borrow_mut();
            let mark = out.len();
            let r = encode(&mut out);
            if r.is_err() {
                out.truncate(mark);
            }
            r
        };
        if let Err(e) = r {
            self.spare.borrow_mut().push(slot);
            return Err(e);
        }
        slot.kind.set(SlotKind::Shared);
        slot.ends_left.set(results.max(1));
        let len = if self.group_open.replace(true) { self.group_len.get() + 1 } else { 1 };
        self.group_len.set(len);
        self.queue.borrow_mut().push_back(slot.clone());
        self.flush_soon();
        Ok(Pending { slot, inner: self.clone() })
    }

    /// Ends the open group of shared reads with its Sync. A group of one request is that
    /// request with its own Sync: its slot takes the whole reply up to ReadyForQuery, and no
    /// group-end slot is queued.
    #[inline(always)]
    pub(super) fn close_group(&self) {
        if !self.group_open.replace(false) {
            return;
        }
        proto::sync(&mut self.out.borrow_mut());
        let mut queue = self.queue.borrow_mut();
        if self.group_len.get() == 1
            && let Some(only) = queue.back()
        {
            only.kind.set(SlotKind::Own);
        } else {
            queue.push_back(self.group_end.clone());
        }
    }

    /// Appends bytes that expect no reply of their own (CopyData, CopyDone): they belong to
    /// a request already queued.
    pub(crate) fn send_more(
        self: &Rc<Self>,
        encode: impl FnOnce(&mut Vec<u8>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        if let Some(e) = self.lost_error() {
            return Err(e);
        }
        let mut out = self.out.borrow_mut();
        let mark = out.len();
        encode(&mut out).inspect_err(|_| out.truncate(mark))?;
        drop(out);
        self.flush_soon();
        Ok(())
    }

    /// Sends the output once the tasks of this loop turn have run (one `write` for every
    /// request they queued), without waking the driver.
    #[inline(always)]
    fn flush_soon(&self) {
        if !self.flush_queued.replace(true)
            && let Some(me) = self.me.upgrade()
        {
            self.core.defer_flush(me);
        }
    }

    /// Waits until the output buffer is below [`OUT_HIGH_WATER`].
    pub(crate) async fn out_drained(&self) -> Result<(), Error> {
        poll_fn(|cx| {
            if let Some(e) = self.lost_error() {
                return Poll::Ready(Err(e));
            }
            if self.out.borrow().len() < OUT_HIGH_WATER {
                return Poll::Ready(Ok(()));
            }
            self.out_waiters.borrow_mut().push(cx.waker().clone());
            Poll::Pending
        })
        .await
    }

    /// Gives the connection up (a failed health check): every request fails with `e` and
    /// the driver closes the socket.
    pub(crate) fn abort(&self, e: Error) {
        self.fail(e);
        self.kick();
    }

    /// Wakes the driver (new output, a drained slot, a closed handle).
    pub(crate) fn kick(&self) {
        if let Some(w) = self.driver.borrow().as_ref() {
            w.wake_by_ref();
        }
    }

    /// Drops unread notifications.
    pub(crate) fn clear_notifications(&self) {
        self.notifications.borrow_mut().clear();
    }

    /// Ready once the connection is closed (or lost).
    pub(crate) fn poll_closed(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.is_lost() {
            return Poll::Ready(());
        }
        *self.closed_waker.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }

    /// The next notification (LISTEN/NOTIFY), waiting for one.
    pub(crate) fn poll_notification(&self, cx: &mut Context<'_>) -> Poll<Result<Notification, Error>> {
        if let Some(n) = self.notifications.borrow_mut().pop_front() {
            return Poll::Ready(Ok(n));
        }
        if let Some(e) = self.lost_error() {
            return Poll::Ready(Err(e));
        }
        *self.notify_waker.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }

    /// Marks the connection lost and fails every queued request.
    pub(super) fn fail(&self, e: Error) {
        if self.lost.borrow().is_none() {
            *self.lost.borrow_mut() = Some(e);
        }
        for slot in self.queue.borrow_mut().drain(..) {
            slot.lost.set(true);
            slot.wake(&self.core);
        }
        // Nothing is answered any more, the cancelled request included.
        self.cancelled.borrow_mut().take();
        self.cancels.set(0);
        self.holding.set(false);
        for w in self.out_waiters.borrow_mut().drain(..) {
            w.wake();
        }
        if let Some(w) = self.notify_waker.borrow_mut().take() {
            w.wake();
        }
        if let Some(w) = self.closed_waker.borrow_mut().take() {
            w.wake();
        }
        self.forget_statements();
    }

    /// Empties the statement cache (the server no longer has them).
    pub(crate) fn forget_statements(&self) {
        self.stmts.borrow_mut().clear();
        self.recent.borrow_mut().clear();
    }

    /// The request at the front of the queue: the one the next reply message answers.
    pub(super) fn front(&self) -> Option<Rc<Slot>> {
        self.queue.borrow().front().cloned()
    }

    /// Takes a NotificationResponse.
    pub(super) fn notification(&self, body: &[u8]) -> Result<(), Error> {
        let mut b = proto::Body(body);
        let pid = b.i32()?;
        let channel = b.cstr()?.to_string();
        let payload = b.cstr()?.to_string();
        let mut q = self.notifications.borrow_mut();
        // Nobody may be reading (a pooled connection that once listened): bound it.
        if q.len() >= MAX_NOTIFICATIONS {
            q.pop_front();
        }
        q.push_back(Notification { pid, channel, payload });
        drop(q);
        if let Some(w) = self.notify_waker.borrow_mut().take() {
            w.wake();
        }
        Ok(())
    }

    /// Takes a ReadyForQuery: the request at the front of the queue is complete (its reply
    /// was delivered before). `front_shared`: that request is a shared read (then it and the
    /// other reads of its group were skipped, and are sent again).
    pub(super) fn ready_for_query(&self, front_shared: bool, body: &[u8]) -> Result<(), Error> {
        if front_shared {
            self.resend_skipped();
        }
        let slot = self.queue.borrow_mut().pop_front();
        let slot = slot.ok_or_else(|| Error::protocol("ReadyForQuery with no request waiting"))?;
        if slot.kind.get() == SlotKind::Shared {
            return Err(Error::protocol("ReadyForQuery for a read of an unfinished group"));
        }
        self.txn_status.set(body.first().copied().unwrap_or(b'I'));
        self.complete(&slot);
        Ok(())
    }

    /// Marks `slot`'s request complete (its whole reply was delivered) and wakes its reader;
    /// output held back behind it, if it was cancelled, goes out now.
    #[inline(always)]
    fn complete(&self, slot: &Rc<Slot>) {
        self.completed.set(self.completed.get() + 1);
        slot.done.set(true);
        slot.wake(&self.core);
        if self.holding.get() {
            self.end_hold(slot);
        }
    }

    /// A CancelRequest is being sent for `slot`'s request: output queued from now on is held
    /// back until its reply is complete and the server has handled the CancelRequest (see
    /// `cancelled`; the caller reports the latter with [`Inner::cancel_handled`]). A request
    /// cancelled while another one's hold lasts extends the hold only by its CancelRequest.
    pub(crate) fn hold_behind(&self, slot: &Rc<Slot>) {
        let mut cancelled = self.cancelled.borrow_mut();
        if cancelled.is_none() {
            *cancelled = Some(slot.clone());
        }
        self.cancels.set(self.cancels.get() + 1);
        self.holding.set(true);
    }

    /// The server has handled (or refused) a CancelRequest sent after [`Inner::hold_behind`].
    pub(crate) fn cancel_handled(&self) {
        self.cancels.set(self.cancels.get().saturating_sub(1));
        self.release_hold();
    }

    /// `slot`'s request is complete: it ends the cancelled request's part of the hold.
    #[cold]
    fn end_hold(&self, slot: &Rc<Slot>) {
        let mut cancelled = self.cancelled.borrow_mut();
        if cancelled.as_ref().is_some_and(|c| Rc::ptr_eq(c, slot)) {
            *cancelled = None;
            drop(cancelled);
            self.release_hold();
        }
    }

    /// Sends what was held back once nothing holds it any more.
    fn release_hold(&self) {
        if !self.holding.get() || self.cancelled.borrow().is_some() || self.cancels.get() > 0 {
            return;
        }
        self.holding.set(false);
        if !self.out.borrow().is_empty() {
            self.flush_soon();
        }
    }

    /// Routes a run of whole messages, none of them ReadyForQuery, NoticeResponse,
    /// ParameterStatus or NotificationResponse, to `front`, the request at the front of the
    /// queue.
    #[inline(always)]
    pub(super) fn deliver(&self, front: Option<&Rc<Slot>>, run: &[u8]) -> Result<(), Error> {
        match front {
            Some(slot) => {
                if !slot.abandoned.get() {
                    slot.push(&self.core, run);
                }
                Ok(())
            }
            None => {
                // No request waiting: only a FATAL error (terminated backend, shutdown) may
                // come now.
                let (f, _) = proto::frame(run)?.ok_or_else(|| Error::protocol("a partial message was delivered"))?;
                match f.tag {
                    b'E' => Err(Error::Db(Box::new(DbError::parse(f.body)))),
                    t => Err(Error::protocol(format!("unexpected message {:?}", t as char))),
                }
            }
        }
    }

    /// Completes the front shared request (its whole reply was delivered).
    pub(super) fn finish_shared(&self) {
        let slot = self.queue.borrow_mut().pop_front();
        if let Some(slot) = slot {
            self.complete(&slot);
        }
    }

    /// At ReadyForQuery: shared reads still queued before their group's end were skipped
    /// (an earlier read of the group failed). They are sent again as a new group, after
    /// whatever is queued already. Each round completes at least the group's first read, so
    /// resending ends.
    #[cold]
    fn resend_skipped(&self) {
        self.close_group();
        let mut queue = self.queue.borrow_mut();
        let mut out = self.out.borrow_mut();
        let mut skipped = 0;
        while let Some(slot) = queue.pop_front_if(|s| s.kind.get() == SlotKind::Shared) {
            out.extend_from_slice(&slot.resend.borrow());
            queue.push_back(slot);
            skipped += 1;
        }
        drop((out, queue));
        // The skipped reads, now the last ones queued, form the new group.
        if skipped > 0 {
            self.group_open.set(true);
            self.group_len.set(skipped);
            self.close_group();
        }
        self.flush_soon();
    }

    /// True when the front slot holds too much unread data.
    pub(super) fn front_full(&self) -> bool {
        self.queue.borrow().front().is_some_and(|s| s.is_full())
    }
}

impl Flush for Inner {
    fn flush(self: Rc<Self>) {
        self.flush_queued.set(false);
        self.turn_claims.set(0);
        self.close_group();
        super::driver::flush(&self);
    }
}

impl Readable for Inner {
    fn on_readable(self: Rc<Self>) {
        super::driver::on_readable(&self);
    }
}

/// A queued request: yields its reply messages in order. Dropping it before the reply is
/// complete abandons the request (the driver discards the rest of its reply).
pub(crate) struct Pending {
    slot: Rc<Slot>,
    inner: Rc<Inner>,
}

impl Pending {
    /// Runs `f` on every reply message received so far, with the number of bytes received
    /// after it (so a reader can size its result) and the buffer holding it (a row keeps a
    /// reference to it). Ready(true) once the reply is complete (ReadyForQuery arrived and
    /// every message was seen), Ready(false) after some messages, Pending when there were none.
    pub(crate) fn poll_each(
        &self,
        cx: &mut Context<'_>,
        f: &mut impl FnMut(u8, &[u8], usize, &ReplyBuf) -> Result<(), Error>,
    ) -> Poll<Result<bool, Error>> {
        let s = &self.slot;
        let mut buf = s.buf.borrow_mut();
        let start = s.pos.get();
        let len = buf.len();
        if start < len {
            let mut pos = start;
            let mut r = Ok(());
            while let Some((tag, body, end)) = queued_message(&buf, pos) {
                pos = end;
                if let Err(e) = f(tag, body, len - pos, &buf) {
                    r = Err(e);
                    break;
                }
            }
            let left = len - pos;
            s.consumed_in(&mut buf, pos);
            drop(buf);
            if buf_crossed(buf_len_before(start, pos, left), left) {
                self.inner.kick();
            }
            r?;
            return Poll::Ready(Ok(s.done.get() && left == 0));
        }
        drop(buf);
        if s.done.get() {
            return Poll::Ready(Ok(true));
        }
        if s.lost.get() {
            return Poll::Ready(Err(self.inner.lost_error().unwrap_or(Error::Closed)));
        }
        s.register(&self.inner.core, cx.waker());
        Poll::Pending
    }

    /// Registers the waker when nothing has arrived yet and the connection stands (as for a
    /// request just queued); false when there is something to take with
    /// [`Pending::poll_each`].
    pub(crate) fn wait_idle(&self, waker: &Waker) -> bool {
        let s = &self.slot;
        if s.buffered() != 0 || s.done.get() || s.lost.get() {
            return false;
        }
        s.register(&self.inner.core, waker);
        true
    }

    /// The next reply message; `None` once ReadyForQuery arrived.
    pub(crate) fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Msg>, Error>> {
        let mut msg = None;
        match self.poll_one(cx, &mut |tag, body| {
            msg = Some((tag, body.to_vec()));
            Ok(())
        }) {
            Poll::Ready(Ok(())) => Poll::Ready(Ok(msg)),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Runs `f` on the next message only; Ready(()) without calling it when the reply is
    /// complete.
    fn poll_one(&mut self, cx: &mut Context<'_>, f: &mut impl FnMut(u8, &[u8]) -> Result<(), Error>) -> Poll<Result<(), Error>> {
        let s = &self.slot;
        let mut buf = s.buf.borrow_mut();
        let start = s.pos.get();
        if start < buf.len() {
            let (tag, body, pos) = queued_message(&buf, start).ok_or_else(|| Error::protocol("a partial message was queued"))?;
            let r = f(tag, body);
            let left = buf.len() - pos;
            s.consumed_in(&mut buf, pos);
            drop(buf);
            if buf_crossed(left + (pos - start), left) {
                self.inner.kick();
            }
            return Poll::Ready(r);
        }
        drop(buf);
        if s.done.get() {
            return Poll::Ready(Ok(()));
        }
        if s.lost.get() {
            return Poll::Ready(Err(self.inner.lost_error().unwrap_or(Error::Closed)));
        }
        s.register(&self.inner.core, cx.waker());
        Poll::Pending
    }

    /// Awaits the next reply message.
    pub(crate) async fn next(&mut self) -> Result<Option<Msg>, Error> {
        poll_fn(|cx| self.poll_next(cx)).await
    }

    /// The connection.
    pub(crate) fn inner(&self) -> &Rc<Inner> {
        &self.inner
    }

    /// Holds back the connection's later output until this request's reply is complete (see
    /// [`Inner::hold_behind`]).
    pub(crate) fn hold_behind(&self) {
        self.inner.hold_behind(&self.slot);
    }

    /// True once ReadyForQuery arrived.
    pub(crate) fn is_done(&self) -> bool {
        self.slot.done.get()
    }
}

/// The message queued at `buf[pos..]`: its tag, its body and where it ends; `None` past the
/// last one. The driver queues whole messages whose lengths it checked, so they are cut out
/// without checking again (a cut that would leave the buffer still ends the reading).
#[inline(always)]
fn queued_message(buf: &[u8], pos: usize) -> Option<(u8, &[u8], usize)> {
    let &[tag, a, b, c, d] = buf.get(pos..pos + 5)? else { return None };
    let end = pos + 1 + u32::from_be_bytes([a, b, c, d]) as usize;
    Some((tag, buf.get(pos + 5..end)?, end))
}

/// Unread bytes before a read that consumed `start..pos` and left `left`.
fn buf_len_before(start: usize, pos: usize, left: usize) -> usize {
    left + (pos - start)
}

/// True when a read brought the unread bytes from above the high-water mark to below it (the
/// driver may have paused reading for this slot).
fn buf_crossed(before: usize, after: usize) -> bool {
    before > SLOT_HIGH_WATER && after <= SLOT_HIGH_WATER
}

/// Spare slots kept per connection.
const MAX_SPARE: usize = 64;

impl Drop for Pending {
    #[inline(always)]
    fn drop(&mut self) {
        let s = &self.slot;
        // A finished slot nobody else holds goes back for reuse, unless its buffer grew large.
        if s.done.get() {
            if Rc::strong_count(s) != 1 {
                return;
            }
            let mut buf = s.buf.borrow_mut();
            let mut spare = self.inner.spare.borrow_mut();
            if buf.capacity() <= 64 * 1024 && spare.len() < MAX_SPARE {
                let len = buf.len();
                s.consumed_in(&mut buf, len);
                drop(buf);
                s.done.set(false);
                s.lost.set(false);
                s.abandoned.set(false);
                s.kind.set(SlotKind::Own);
                s.armed.set(false);
                spare.push(s.clone());
            }
            return;
        }
        self.abandon();
    }
}

impl Pending {
    /// Drops a request before its reply is complete: the driver discards the rest of it.
    #[cold]
    #[inline(never)]
    fn abandon(&self) {
        let s = &self.slot;
        s.armed.set(false);
        s.abandoned.set(true);
        s.consume_all();
        self.inner.kick();
    }
}

/// Connects, authenticates, routes the socket's readable events to the connection and starts
/// its driver task on the current reactor.
pub(crate) async fn open(cfg: Rc<Config>) -> Result<Rc<Inner>, Error> {
    let session = match cfg.connect_timeout {
        Some(d) => crate::reactor::timeout(d, super::startup::start(&cfg))
            .await
            .map_err(|_| Error::ConnectTimeout)??,
        None => super::startup::start(&cfg).await?,
    };
    let Some(core) = crate::reactor::try_core() else { return Err(Error::Closed) };
    let inner = Rc::new_cyclic(|me| Inner {
        cfg,
        out: RefCell::new(Vec::with_capacity(16 * 1024)),
        wire: RefCell::new(Some(super::driver::Wire { stream: session.stream, wpos: 0 })),
        reader: RefCell::new(super::driver::Reader::new(session.leftover)),
        flush_queued: Cell::new(false),
        turn_claims: Cell::new(0),
        group_open: Cell::new(false),
        group_len: Cell::new(0),
        me: me.clone(),
        core,
        queue: RefCell::new(VecDeque::new()),
        driver: RefCell::new(None),
        lost: RefCell::new(None),
        handles: Cell::new(0),
        stmts: RefCell::new(HashMap::with_hasher(SqlHash)),
        recent: RefCell::new(Vec::with_capacity(super::statement::RECENT)),
        next_stmt: Cell::new(0),
        txn_status: Cell::new(b'I'),
        completed: Cell::new(0),
        listening: Cell::new(false),
        notifications: RefCell::new(VecDeque::new()),
        notify_waker: RefCell::new(None),
        out_waiters: RefCell::new(Vec::new()),
        group_end: Rc::new(Slot {
            kind: Cell::new(SlotKind::GroupEnd),
            abandoned: Cell::new(true),
            ..Slot::default()
        }),
        spare: RefCell::new(Vec::new()),
        closed_waker: RefCell::new(None),
        cancelled: RefCell::new(None),
        cancels: Cell::new(0),
        holding: Cell::new(false),
        pid: session.pid,
        key: session.key,
        params: session.params,
    });
    super::driver::start(inner.clone());
    Ok(inner)
}
