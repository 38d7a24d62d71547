//! `spawn_blocking`: a small process-wide pool for CPU-heavy or blocking work (Argon2, file
//! system walks). The result comes back to the waiting task through its waker, which for a
//! worker thread writes the worker's eventfd, so the worker sleeps in `epoll_wait` meanwhile.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::task::{Context, Poll, Waker};

type Job = Box<dyn FnOnce() + Send>;

struct Pool {
    queue: Mutex<VecDeque<Job>>,
    cv: Condvar,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<&'static Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let pool: &'static Pool =
            Box::leak(Box::new(Pool { queue: Mutex::new(VecDeque::new()), cv: Condvar::new() }));
        let n = std::env::var("CHOPIN_BLOCKING_THREADS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
        for i in 0..n {
            std::thread::Builder::new()
                .name(format!("chopin-blocking-{i}"))
                .spawn(move || loop {
                    let job = {
                        let mut q = pool.queue.lock().unwrap_or_else(|e| e.into_inner());
                        loop {
                            if let Some(j) = q.pop_front() {
                                break j;
                            }
                            q = pool.cv.wait(q).unwrap_or_else(|e| e.into_inner());
                        }
                    };
                    job();
                })
                .expect("cannot spawn a blocking-pool thread");
        }
        pool
    })
}

/// A blocking closure panicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinError {
    /// The work panicked.
    Panicked,
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the task panicked")
    }
}
impl std::error::Error for JoinError {}

struct Slot<T> {
    result: Option<Result<T, JoinError>>,
    waker: Option<Waker>,
}

/// Awaits the result of [`spawn_blocking`].
pub struct BlockingHandle<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

/// Runs `f` on the blocking pool (`CHOPIN_BLOCKING_THREADS` threads, default one per core)
/// and returns a future of its result. The calling worker keeps serving meanwhile.
///
/// ```
/// let v = chopin_rt::block_on(chopin_rt::spawn_blocking(|| (1..=10u64).product::<u64>()));
/// assert_eq!(v.unwrap(), 3_628_800);
/// ```
pub fn spawn_blocking<F, T>(f: F) -> BlockingHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let slot = Arc::new(Mutex::new(Slot { result: None, waker: None }));
    let s2 = slot.clone();
    let job: Job = Box::new(move || {
        let r = catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
            super::executor::log_panic("blocking task", &p);
            JoinError::Panicked
        });
        let waker = {
            let mut s = s2.lock().unwrap_or_else(|e| e.into_inner());
            s.result = Some(r);
            s.waker.take()
        };
        if let Some(w) = waker {
            w.wake();
        }
    });
    let p = pool();
    p.queue.lock().unwrap_or_else(|e| e.into_inner()).push_back(job);
    p.cv.notify_one();
    BlockingHandle { slot }
}

impl<T> Future for BlockingHandle<T> {
    type Output = Result<T, JoinError>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut s = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        match s.result.take() {
            Some(r) => Poll::Ready(r),
            None => {
                s.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
