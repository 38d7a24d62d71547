//! The task executor of one thread: a slab of boxed futures, a ready queue of slot ids, and one
//! cached waker per slot (so spawning allocates only the future's box). Wakes from the owning
//! thread push to the local queue; wakes from other threads go through [`Shared`] and its
//! eventfd. Async handlers' futures are not tasks: their connections poll them (a wake id
//! with [`CONN_WAKE_BIT`] queues the connection), so only spawned futures live here.

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use super::{try_core, Core, Shared, CURRENT};

/// Wake ids with this bit set address a connection (a streaming body), not a task.
pub(crate) const CONN_WAKE_BIT: u32 = 1 << 31;

#[inline]
pub(crate) fn wake_id_is_conn(id: u32) -> bool {
    id & CONN_WAKE_BIT != 0
}

type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

struct Task {
    fut: Option<BoxFuture>,
    queued: bool,
    /// True while the task is being polled (its future is out of the slot).
    polling: bool,
    /// Woken while being polled: poll it again (a task that wakes itself to yield).
    rewake: bool,
    /// Shared with the poll in progress (an `Rc` clone costs less than a waker's).
    waker: Rc<Waker>,
}

/// The slab of tasks.
#[derive(Default)]
pub(crate) struct Tasks {
    slots: Vec<Task>,
    free: Vec<u32>,
    live: usize,
}


struct SlotWaker {
    id: u32,
    shared: Arc<Shared>,
}

fn is_local(shared: &Arc<Shared>) -> bool {
    CURRENT.with(|c| match c.try_borrow() {
        Ok(c) => c.as_ref().is_some_and(|core| Arc::ptr_eq(&core.shared, shared)),
        Err(_) => false,
    })
}

impl Wake for SlotWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        // One thread-local access: queue locally when this thread runs the owning reactor.
        let local = CURRENT.with(|c| match c.try_borrow() {
            Ok(c) => match c.as_ref() {
                Some(core) if Arc::ptr_eq(&core.shared, &self.shared) => {
                    wake_local(core, self.id);
                    true
                }
                _ => false,
            },
            Err(_) => false,
        });
        if !local {
            self.shared.wake_remote(self.id);
        }
    }
}

/// A waker for wake id `id` of the reactor owning `shared`.
pub(crate) fn waker_for(shared: &Arc<Shared>, id: u32) -> Waker {
    Waker::from(Arc::new(SlotWaker { id, shared: shared.clone() }))
}

struct MainWaker {
    flag: Arc<AtomicBool>,
    shared: Arc<Shared>,
}

impl Wake for MainWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.flag.store(true, Ordering::Release);
        if !is_local(&self.shared) {
            self.shared.wake_fd.notify();
        }
    }
}

pub(crate) fn main_waker(shared: Arc<Shared>, flag: Arc<AtomicBool>) -> Waker {
    Waker::from(Arc::new(MainWaker { flag, shared }))
}

/// The wake id of `w` when it is the waker of the connection polling its handler's future
/// right now, or the own waker of a task of `core` (not one a combinator made) being polled or
/// polled last: waking `w` is then [`wake_local`] of that id, which skips the waker's call
/// through its vtable and the thread-local look-up of the reactor.
#[inline]
pub(crate) fn local_wake_id(core: &Core, w: &Waker) -> Option<u32> {
    if let Some((id, data, vtable)) = core.conn_polling.get()
        && std::ptr::eq(w.data(), data)
        && std::ptr::eq(w.vtable(), vtable)
    {
        return Some(id);
    }
    let id = core.polling.get();
    let tasks = core.tasks.try_borrow().ok()?;
    tasks.slots.get(id as usize).filter(|t| t.waker.will_wake(w)).map(|_| id)
}

/// Queues wake id `id` on `core` (tasks are de-duplicated; connection wakes are collected).
#[inline]
pub(crate) fn wake_local(core: &Core, id: u32) {
    if wake_id_is_conn(id) {
        core.conn_wakes.borrow_mut().push(id & !CONN_WAKE_BIT);
        core.note_push();
        return;
    }
    wake_task(core, id);
}

/// Queues task `id` of `core`, as waking its waker does (a wake id without
/// [`CONN_WAKE_BIT`]).
#[inline(never)]
fn wake_task(core: &Core, id: u32) {
    let mut tasks = core.tasks.borrow_mut();
    if let Some(t) = tasks.slots.get_mut(id as usize) {
        if t.polling {
            t.rewake = true;
        } else if t.fut.is_some() && !t.queued {
            t.queued = true;
            core.ready.borrow_mut().push_back(id);
            core.note_push();
        }
    }
}

fn insert(core: &Core, fut: BoxFuture) -> u32 {
    let mut tasks = core.tasks.borrow_mut();
    tasks.live += 1;
    let id = match tasks.free.pop() {
        Some(id) => {
            let t = &mut tasks.slots[id as usize];
            t.fut = Some(fut);
            t.queued = true;
            id
        }
        None => {
            let id = tasks.slots.len() as u32;
            assert!(id < CONN_WAKE_BIT, "too many tasks");
            let waker = Rc::new(waker_for(&core.shared, id));
            tasks.slots.push(Task { fut: Some(fut), queued: true, polling: false, rewake: false, waker });
            id
        }
    };
    core.ready.borrow_mut().push_back(id);
    core.note_push();
    id
}

/// Polls up to `budget` ready tasks, then runs the deferred flushes. A task that panics is
/// dropped (and the panic logged). Connections poll their handlers' futures themselves.
#[inline]
pub(crate) fn run_ready(core: &Core, budget: usize) -> usize {
    // The loop calls this after every batch of events; most often there is nothing to do.
    if !core.has_ready() {
        return 0;
    }
    run_queued(core, budget)
}

#[inline(never)]
fn run_queued(core: &Core, budget: usize) -> usize {
    let polled = poll_ready_tasks(core, budget);
    core.run_flushes();
    polled
}

fn poll_ready_tasks(core: &Core, budget: usize) -> usize {
    let mut polled = 0;
    while polled < budget {
        let Some(id) = core.ready.borrow_mut().pop_front() else { break };
        let (mut fut, waker) = {
            let mut tasks = core.tasks.borrow_mut();
            let t = &mut tasks.slots[id as usize];
            t.queued = false;
            match t.fut.take() {
                Some(f) => {
                    t.polling = true;
                    (f, t.waker.clone())
                }
                None => continue,
            }
        };
        polled += 1;
        let mut cx = Context::from_waker(&waker);
        core.polling.set(id);
        let result = catch_unwind(AssertUnwindSafe(|| fut.as_mut().poll(&mut cx)));
        match result {
            Ok(Poll::Pending) => {
                let mut tasks = core.tasks.borrow_mut();
                let t = &mut tasks.slots[id as usize];
                t.fut = Some(fut);
                t.polling = false;
                if std::mem::take(&mut t.rewake) && !t.queued {
                    t.queued = true;
                    core.ready.borrow_mut().push_back(id);
                    core.note_push();
                }
            }
            Ok(Poll::Ready(())) => {
                drop(fut);
                release(core, id);
            }
            Err(payload) => {
                // Dropping a panicked future may panic again; contain that too.
                let _ = catch_unwind(AssertUnwindSafe(move || drop(fut)));
                log_panic("task", &payload);
                release(core, id);
            }
        }
    }
    polled
}

fn release(core: &Core, id: u32) {
    let mut tasks = core.tasks.borrow_mut();
    let t = &mut tasks.slots[id as usize];
    t.fut = None;
    t.queued = false;
    t.polling = false;
    t.rewake = false;
    tasks.free.push(id);
    tasks.live -= 1;
}

pub(crate) fn log_panic(what: &str, payload: &Box<dyn Any + Send>) {
    let msg = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(non-string panic payload)");
    eprintln!("chopin: a {what} panicked: {msg}");
}

struct JoinState<T> {
    value: Option<T>,
    finished: bool,
    waiter: Option<Waker>,
}

/// Awaits the output of a task started with [`spawn`]; `Err` when the task panicked.
pub struct JoinHandle<T> {
    state: Rc<RefCell<JoinState<T>>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = Result<T, super::JoinError>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut s = self.state.borrow_mut();
        if let Some(v) = s.value.take() {
            return Poll::Ready(Ok(v));
        }
        if s.finished {
            return Poll::Ready(Err(super::JoinError::Panicked));
        }
        s.waiter = Some(cx.waker().clone());
        Poll::Pending
    }
}

struct Finish<T>(Rc<RefCell<JoinState<T>>>);

impl<T> Drop for Finish<T> {
    fn drop(&mut self) {
        let w = {
            let mut s = self.0.borrow_mut();
            s.finished = true;
            s.waiter.take()
        };
        if let Some(w) = w {
            w.wake();
        }
    }
}

/// Spawns a task on the current thread's reactor (no `Send` bound: tasks never leave the
/// thread). Panics outside a worker, handler, task or [`block_on`](super::block_on).
pub fn spawn<F>(fut: F) -> JoinHandle<F::Output>
where
    F: Future + 'static,
    F::Output: 'static,
{
    let state = Rc::new(RefCell::new(JoinState { value: None, finished: false, waiter: None }));
    let finish = Finish(state.clone());
    let wrapped = async move {
        let v = fut.await;
        finish.0.borrow_mut().value = Some(v);
        drop(finish);
    };
    let core = try_core().expect("spawn called outside a Chopin reactor");
    insert(&core, Box::pin(wrapped));
    JoinHandle { state }
}
