//! Timers for tasks: [`sleep`], [`sleep_until`] and [`timeout`], kept in the reactor's ordered
//! map so a dropped timer is removed at once (no garbage accumulates under query timeouts).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use super::with_core;

/// A future that completes at a deadline. Created by [`sleep`] or [`sleep_until`].
#[derive(Debug)]
pub struct Sleep {
    deadline: Instant,
    key: Option<(u64, u64)>,
}

/// Completes after `dur`.
///
/// ```
/// chopin_rt::block_on(async { chopin_rt::sleep(std::time::Duration::from_millis(1)).await });
/// ```
pub fn sleep(dur: Duration) -> Sleep {
    sleep_until(Instant::now() + dur)
}

/// Completes at `deadline`.
pub fn sleep_until(deadline: Instant) -> Sleep {
    Sleep { deadline, key: None }
}

impl Future for Sleep {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if Instant::now() >= self.deadline {
            if let Some(k) = self.key.take() {
                with_core(|c| c.remove_timer(k));
            }
            return Poll::Ready(());
        }
        match self.key {
            Some(k) => with_core(|c| c.update_timer(k, cx.waker())),
            None => {
                let deadline = self.deadline;
                let k = with_core(|c| c.add_timer(c.instant_to_ms(deadline), cx.waker().clone()));
                self.key = Some(k);
            }
        }
        Poll::Pending
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(k) = self.key.take() {
            // The reactor may already be gone when a task is dropped during thread exit.
            if let Some(core) = super::try_core() {
                core.remove_timer(k);
            }
        }
    }
}

/// The error of [`timeout`]: the deadline passed first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Elapsed;

impl fmt::Display for Elapsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("deadline elapsed")
    }
}
impl std::error::Error for Elapsed {}

/// Runs `fut` for at most `dur`; the future is dropped when the deadline passes first.
///
/// ```
/// use std::time::Duration;
/// let r = chopin_rt::block_on(chopin_rt::timeout(
///     Duration::from_millis(5),
///     chopin_rt::sleep(Duration::from_secs(10)),
/// ));
/// assert!(r.is_err());
/// ```
pub async fn timeout<F: Future>(dur: Duration, fut: F) -> Result<F::Output, Elapsed> {
    let mut fut = std::pin::pin!(fut);
    let mut timer = std::pin::pin!(sleep(dur));
    std::future::poll_fn(|cx| {
        if let Poll::Ready(v) = fut.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Elapsed)),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}
