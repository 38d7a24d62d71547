//! Per-worker counters. Each worker owns one cache-line-aligned block that only it writes
//! (plain load + store, no atomic read-modify-write on the request path); readers sum the blocks.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;

/// The counters of one worker.
#[derive(Default, Debug)]
#[repr(align(128))]
pub(crate) struct WorkerMetrics {
    pub(crate) accepted: AtomicU64,
    pub(crate) closed: AtomicU64,
    pub(crate) requests: AtomicU64,
    pub(crate) responses_2xx: AtomicU64,
    pub(crate) responses_3xx: AtomicU64,
    pub(crate) responses_4xx: AtomicU64,
    pub(crate) responses_5xx: AtomicU64,
    pub(crate) bad_requests: AtomicU64,
    pub(crate) timeouts: AtomicU64,
    pub(crate) panics: AtomicU64,
    pub(crate) accept_paused: AtomicU64,
}

/// Adds one; only the owning worker writes, so a load and a store suffice.
#[inline]
pub(crate) fn inc(c: &AtomicU64) {
    c.store(c.load(Relaxed) + 1, Relaxed);
}

impl WorkerMetrics {
    pub(crate) fn response(&self, status: u16) {
        match status {
            200..=299 => inc(&self.responses_2xx),
            300..=399 => inc(&self.responses_3xx),
            400..=499 => inc(&self.responses_4xx),
            _ => inc(&self.responses_5xx),
        }
    }
}

/// A point-in-time sum of every worker's counters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MetricsSnapshot {
    /// Connections accepted.
    pub accepted: u64,
    /// Connections closed.
    pub closed: u64,
    /// Requests whose head was parsed and dispatched.
    pub requests: u64,
    /// Responses with a 2xx status.
    pub responses_2xx: u64,
    /// Responses with a 3xx status.
    pub responses_3xx: u64,
    /// Responses with a 4xx status (including those the runtime sent for bad input).
    pub responses_4xx: u64,
    /// Responses with a 5xx status.
    pub responses_5xx: u64,
    /// Requests refused by the parser (400, 413, 414, 431, 501, 505).
    pub bad_requests: u64,
    /// Connections closed by a header, idle, body or write timeout.
    pub timeouts: u64,
    /// Handlers or tasks that panicked.
    pub panics: u64,
    /// Times a worker stopped accepting because its connection slab was full.
    pub accept_paused: u64,
}

impl MetricsSnapshot {
    pub(crate) fn sum(workers: &[Arc<WorkerMetrics>]) -> MetricsSnapshot {
        let mut s = MetricsSnapshot::default();
        for w in workers {
            s.accepted += w.accepted.load(Relaxed);
            s.closed += w.closed.load(Relaxed);
            s.requests += w.requests.load(Relaxed);
            s.responses_2xx += w.responses_2xx.load(Relaxed);
            s.responses_3xx += w.responses_3xx.load(Relaxed);
            s.responses_4xx += w.responses_4xx.load(Relaxed);
            s.responses_5xx += w.responses_5xx.load(Relaxed);
            s.bad_requests += w.bad_requests.load(Relaxed);
            s.timeouts += w.timeouts.load(Relaxed);
            s.panics += w.panics.load(Relaxed);
            s.accept_paused += w.accept_paused.load(Relaxed);
        }
        s
    }
    /// Connections currently open.
    pub fn open_connections(&self) -> u64 {
        self.accepted.saturating_sub(self.closed)
    }
}
