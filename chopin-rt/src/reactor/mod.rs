//! The per-thread reactor: one epoll instance, a monotonic clock read once per loop turn,
//! timers, a task executor (no `Send` bound, no work stealing) and readiness of registered
//! file descriptors. A worker thread owns one; [`block_on`] builds a private one for blocking
//! façades and scripts.
//!
//! Written by hand (not tokio) because the product is a per-core loop in which HTTP
//! connections, database sockets and tasks share one `epoll_wait` and one ready queue.

mod blocking;
mod executor;
mod io;
mod taskbox;
mod time;
#[cfg(test)]
mod tests;

pub use blocking::{spawn_blocking, BlockingHandle, JoinError};
pub use executor::{spawn, JoinHandle};
pub(crate) use executor::{local_wake_id, log_panic, run_ready, wake_local};
pub use io::Async;
pub(crate) use taskbox::TaskBox;
pub(crate) use io::Readable;
pub use time::{sleep, sleep_until, timeout, Elapsed, Sleep};

pub(crate) use executor::CONN_WAKE_BIT;

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::future::Future;
use std::io as stdio;
use std::pin::pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use crate::sys::{Epoll, Event, EventFd};

/// Token kinds in the top two bits of an epoll token.
pub(crate) const KIND_CONN: u64 = 0;
pub(crate) const KIND_LISTENER: u64 = 1;
pub(crate) const KIND_WAKE: u64 = 2;
pub(crate) const KIND_IO: u64 = 3;

#[inline]
pub(crate) fn token(kind: u64, generation: u32, idx: u32) -> u64 {
    (kind << 62) | (((generation & 0x3fff_ffff) as u64) << 32) | idx as u64
}
#[inline]
pub(crate) fn token_kind(t: u64) -> u64 {
    t >> 62
}
#[inline]
pub(crate) fn token_gen(t: u64) -> u32 {
    ((t >> 32) & 0x3fff_ffff) as u32
}
#[inline]
pub(crate) fn token_idx(t: u64) -> u32 {
    t as u32
}

/// State other threads may touch: the remote wake queue and the shutdown flag.
pub(crate) struct Shared {
    pub(crate) wake_fd: EventFd,
    remote: Mutex<Vec<u32>>,
    pub(crate) shutdown: AtomicBool,
}

impl Shared {
    pub(crate) fn new() -> stdio::Result<Arc<Shared>> {
        Ok(Arc::new(Shared {
            wake_fd: EventFd::new()?,
            remote: Mutex::new(Vec::new()),
            shutdown: AtomicBool::new(false),
        }))
    }
    /// Queues a wake from another thread and interrupts `epoll_wait`.
    pub(crate) fn wake_remote(&self, id: u32) {
        let mut q = self.remote.lock().unwrap_or_else(|e| e.into_inner());
        let first = q.is_empty();
        q.push(id);
        drop(q);
        if first {
            self.wake_fd.notify();
        }
    }
    /// Asks the owning loop to shut down.
    pub(crate) fn request_shutdown(&self) {
        self.shutdown.store(true, Ordering::Release);
        self.wake_fd.notify();
    }
    pub(crate) fn shutdown_requested(&self) -> bool {
        self.shutdown.load(Ordering::Acquire)
    }
}

/// A waker that queues connection `slot` for a resume (streaming bodies).
pub(crate) fn conn_waker(core: &Core, slot: u32) -> Waker {
    executor::waker_for(&core.shared, slot | CONN_WAKE_BIT)
}

/// The reactor owned by one thread.
pub(crate) struct Core {
    pub(crate) epoll: Epoll,
    pub(crate) shared: Arc<Shared>,
    epoch: Instant,
    /// The monotonic clock in nanoseconds, read just after `epoch` (so `now_ms` never runs
    /// ahead of `epoch`-based deadlines and timers never fire early).
    epoch_ns: u64,
    now_ms: Cell<u64>,
    timers: RefCell<BTreeMap<(u64, u64), Waker>>,
    /// No timer is due before this millisecond (`u64::MAX`: none is filed). A lower bound: a
    /// removed timer may leave it early, which costs one look at `timers` when it passes, so a
    /// loop turn with no timer due does not touch the map.
    next_timer: Cell<u64>,
    timer_seq: Cell<u64>,
    pub(crate) tasks: RefCell<executor::Tasks>,
    /// The task being polled, or polled last (see [`local_wake_id`]).
    pub(crate) polling: Cell<u32>,
    /// While a connection polls its handler's future: its wake id and its waker's data and
    /// vtable (see [`local_wake_id`]).
    pub(crate) conn_polling: Cell<Option<(u32, *const (), &'static std::task::RawWakerVTable)>>,
    pub(crate) ready: RefCell<VecDeque<u32>>,
    pub(crate) conn_wakes: RefCell<Vec<u32>>,
    pub(crate) io: RefCell<io::Sources>,
    /// Output to send once the ready tasks have run (see [`Flush`]).
    flushes: RefCell<Vec<Rc<dyn Flush>>>,
    /// Items ever queued in `ready`, `conn_wakes` and `flushes` (wrapping):
    /// while it has not changed since the loop saw them all empty, they still are, and a
    /// loop turn need not look (see [`Core::pushes`]).
    pushes: Cell<u64>,
}

/// Output gathered while tasks run and sent once they have all run: a database connection's
/// requests. Queued with [`Core::defer_flush`] and run at the end of [`run_ready`], so the
/// queries of every request handled in one loop turn leave in one `write`, without waking a
/// task to send them.
pub(crate) trait Flush {
    fn flush(self: Rc<Self>);
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Core>>> = const { RefCell::new(None) };
}

/// Runs `f` with the current thread's reactor; panics outside a Chopin worker or `block_on`.
pub(crate) fn with_core<R>(f: impl FnOnce(&Core) -> R) -> R {
    CURRENT.with(|c| {
        let c = c.borrow();
        let core = c.as_ref().expect(
            "no Chopin reactor on this thread: call this from a handler, a spawned task or block_on",
        );
        f(core)
    })
}

/// The current thread's reactor, if any.
pub(crate) fn try_core() -> Option<Rc<Core>> {
    CURRENT.with(|c| c.borrow().clone())
}

impl Core {
    pub(crate) fn new() -> stdio::Result<Rc<Core>> {
        let epoll = Epoll::new()?;
        let shared = Shared::new()?;
        epoll.add(shared.wake_fd.raw(), token(KIND_WAKE, 0, 0), crate::sys::EPOLLIN)?;
        Ok(Rc::new(Core {
            epoll,
            shared,
            epoch: Instant::now(),
            epoch_ns: crate::sys::monotonic_ns(),
            now_ms: Cell::new(0),
            timers: RefCell::new(BTreeMap::new()),
            next_timer: Cell::new(u64::MAX),
            timer_seq: Cell::new(0),
            tasks: RefCell::new(executor::Tasks::default()),
            polling: Cell::new(u32::MAX),
            conn_polling: Cell::new(None),
            ready: RefCell::new(VecDeque::new()),
            conn_wakes: RefCell::new(Vec::new()),
            io: RefCell::new(io::Sources::default()),
            flushes: RefCell::new(Vec::new()),
            pushes: Cell::new(0),
        }))
    }

    /// Installs `core` as this thread's reactor until the guard drops.
    pub(crate) fn enter(core: &Rc<Core>) -> EnterGuard {
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            assert!(c.is_none(), "a Chopin reactor is already running on this thread");
            *c = Some(core.clone());
        });
        EnterGuard(())
    }

    /// Milliseconds since this reactor started, as of the last [`Core::update_now`].
    #[inline]
    pub(crate) fn now_ms(&self) -> u64 {
        self.now_ms.get()
    }

    /// Reads the monotonic clock (once per loop turn).
    #[inline]
    pub(crate) fn update_now(&self) -> u64 {
        // The raw clock (the one `Instant` reads) as whole milliseconds: no `Duration`
        // arithmetic on the loop's path.
        let ms = crate::sys::monotonic_ns().saturating_sub(self.epoch_ns) / 1_000_000;
        self.now_ms.set(ms);
        ms
    }

    pub(crate) fn instant_to_ms(&self, at: Instant) -> u64 {
        // Round up so a timer never fires early.
        let d = at.saturating_duration_since(self.epoch);
        let ms = d.as_millis() as u64;
        if Duration::from_millis(ms) < d { ms + 1 } else { ms }
    }

    pub(crate) fn add_timer(&self, deadline_ms: u64, waker: Waker) -> (u64, u64) {
        let seq = self.timer_seq.get();
        self.timer_seq.set(seq + 1);
        let key = (deadline_ms, seq);
        self.timers.borrow_mut().insert(key, waker);
        self.next_timer.set(self.next_timer.get().min(deadline_ms));
        key
    }

    pub(crate) fn update_timer(&self, key: (u64, u64), waker: &Waker) {
        if let Some(w) = self.timers.borrow_mut().get_mut(&key)
            && !w.will_wake(waker) {
                *w = waker.clone();
            }
    }

    pub(crate) fn remove_timer(&self, key: (u64, u64)) {
        self.timers.borrow_mut().remove(&key);
    }

    /// Wakes every timer due at `now`.
    #[inline]
    pub(crate) fn fire_timers(&self) {
        if self.now_ms() >= self.next_timer.get() {
            self.fire_due_timers();
        }
    }

    #[cold]
    fn fire_due_timers(&self) {
        let now = self.now_ms();
        loop {
            let w = {
                let mut t = self.timers.borrow_mut();
                match t.first_key_value() {
                    Some((&(d, _), _)) if d <= now => t.pop_first().map(|(_, w)| w),
                    _ => None,
                }
            };
            match w {
                Some(w) => w.wake(),
                None => break,
            }
        }
        // Wakers may have filed new timers; the map's first key is the exact bound again.
        let first = self.timers.borrow().first_key_value().map_or(u64::MAX, |(&(d, _), _)| d);
        self.next_timer.set(first);
    }

    /// Milliseconds until the next timer may be due (None when there is none). It may come out
    /// early (see `next_timer`), never late.
    #[inline]
    pub(crate) fn next_timer_in(&self) -> Option<u64> {
        let at = self.next_timer.get();
        (at != u64::MAX).then(|| at.saturating_sub(self.now_ms()))
    }

    /// Moves wakes queued by other threads into the ready queue.
    pub(crate) fn take_remote_wakes(&self) {
        self.shared.wake_fd.drain();
        let ids = std::mem::take(&mut *self.shared.remote.lock().unwrap_or_else(|e| e.into_inner()));
        for id in ids {
            executor::wake_local(self, id);
        }
    }

    /// Dispatches an epoll event for a registered fd source.
    pub(crate) fn dispatch_io(&self, ev: &Event) {
        let direct = self.io.borrow_mut().dispatch(token_idx(ev.token()), token_gen(ev.token()), ev.events());
        if let Some(h) = direct {
            h.on_readable();
        }
    }

    /// Counts an item queued in `ready`, `conn_wakes` or `flushes`.
    #[inline]
    pub(crate) fn note_push(&self) {
        self.pushes.set(self.pushes.get().wrapping_add(1));
    }

    /// The count [`Core::note_push`] keeps: equal values mean nothing was queued in between.
    #[inline]
    pub(crate) fn pushes(&self) -> u64 {
        self.pushes.get()
    }

    /// True when tasks are waiting to be polled (or output waits to be flushed).
    #[inline]
    pub(crate) fn has_ready(&self) -> bool {
        !self.ready.borrow().is_empty() || !self.flushes.borrow().is_empty()
    }

    /// Queues `f` to run at the end of the current (or next) [`run_ready`].
    #[inline(always)]
    pub(crate) fn defer_flush(&self, f: Rc<dyn Flush>) {
        self.flushes.borrow_mut().push(f);
        self.note_push();
    }

    /// Runs the queued flushes (and any they queue).
    pub(crate) fn run_flushes(&self) {
        loop {
            let f = self.flushes.borrow_mut().pop();
            match f {
                Some(f) => f.flush(),
                None => return,
            }
        }
    }
}

/// Removes the thread's reactor on drop.
pub(crate) struct EnterGuard(());

impl Drop for EnterGuard {
    fn drop(&mut self) {
        // Take the core out first, then drop it outside the thread-local borrow: dropping the
        // tasks may run destructors that look the reactor up.
        let core = CURRENT.with(|c| c.borrow_mut().take());
        if let Some(core) = core {
            let tasks = std::mem::take(&mut *core.tasks.borrow_mut());
            CURRENT.with(|c| *c.borrow_mut() = Some(core.clone()));
            drop(tasks);
            CURRENT.with(|c| c.borrow_mut().take());
        }
    }
}

/// Runs a future to completion on the current thread with a private reactor, so timers,
/// [`Async`] sockets, [`spawn`] and [`spawn_blocking`] work outside a server (command-line
/// tools, scripts, tests). Panics if called on a thread already running a reactor.
///
/// ```
/// use std::time::Duration;
/// let v = chopin_rt::block_on(async {
///     chopin_rt::sleep(Duration::from_millis(5)).await;
///     let h = chopin_rt::spawn(async { 20 + 1 });
///     h.await.unwrap() * 2
/// });
/// assert_eq!(v, 42);
/// ```
pub fn block_on<F: Future>(fut: F) -> F::Output {
    let core = Core::new().expect("cannot create an epoll reactor");
    let _guard = Core::enter(&core);
    drive(&core, fut)
}

/// Runs the loop of `core` (already current) until `fut` completes.
fn drive<F: Future>(core: &Rc<Core>, fut: F) -> F::Output {
    let mut fut = pin!(fut);
    let main_woken = Arc::new(AtomicBool::new(true));
    let waker = executor::main_waker(core.shared.clone(), main_woken.clone());
    let mut cx = Context::from_waker(&waker);
    let mut events = [Event::ZERO; 64];
    loop {
        core.update_now();
        if main_woken.swap(false, Ordering::AcqRel)
            && let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
                return v;
            }
        executor::run_ready(core, 4096);
        if main_woken.load(Ordering::Acquire) || core.has_ready() {
            continue;
        }
        let timeout = core.next_timer_in().map_or(-1, |ms| ms.min(i32::MAX as u64) as i32);
        let n = core.epoll.wait(&mut events, timeout).expect("epoll_wait failed");
        core.update_now();
        for ev in &events[..n] {
            match token_kind(ev.token()) {
                KIND_WAKE => core.take_remote_wakes(),
                KIND_IO => core.dispatch_io(ev),
                _ => {}
            }
        }
        core.fire_timers();
    }
}

/// A reactor kept between [`Reactor::block_on`] calls, so tasks it started (a database
/// connection's driver) survive from one call to the next. For blocking façades.
pub(crate) struct Reactor {
    core: Rc<Core>,
}

impl Reactor {
    pub(crate) fn new() -> stdio::Result<Reactor> {
        Ok(Reactor { core: Core::new()? })
    }

    /// Runs `fut` to completion on this reactor (and its other tasks meanwhile). Panics if
    /// the thread already runs a reactor.
    pub(crate) fn block_on<F: Future>(&self, fut: F) -> F::Output {
        CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            assert!(c.is_none(), "a Chopin reactor is already running on this thread");
            *c = Some(self.core.clone());
        });
        /// Uninstalls the reactor without dropping its tasks.
        struct Leave;
        impl Drop for Leave {
            fn drop(&mut self) {
                CURRENT.with(|c| c.borrow_mut().take());
            }
        }
        let _leave = Leave;
        drive(&self.core, fut)
    }
}

impl Drop for Reactor {
    fn drop(&mut self) {
        // Drop the tasks with the reactor installed, so their destructors find it.
        let installed = CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            if c.is_none() {
                *c = Some(self.core.clone());
                true
            } else {
                false
            }
        });
        if installed {
            let _guard = EnterGuard(());
        }
    }
}
