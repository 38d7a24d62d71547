//! One worker's event loop: `epoll_wait` → accept / read / write / wake → run ready tasks →
//! deliver task responses → connection timers. Everything here belongs to one thread.

use std::os::fd::{AsRawFd, OwnedFd};
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};
use std::io;

use super::{Config, WorkerInfo};
use crate::conn::output::{date_line, DateLine};
use crate::conn::wheel::Wheel;
use crate::conn::{Conn, Ctx, DeadlinesMs, Next, TimerKind};
use crate::http::{ChunkLimits, HeaderSpan, Limits, MAX_HEADERS};
use crate::metrics::{inc, WorkerMetrics};
use crate::reactor::{
    run_ready, token, token_gen, token_idx, token_kind, Core, Shared,
    KIND_CONN, KIND_IO, KIND_LISTENER, KIND_WAKE,
};
use crate::service::Service;
use crate::sys::{Event, EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP};

/// Most task polls between two `epoll_wait`s, so tasks cannot starve I/O.
const TASK_BUDGET: usize = 1024;

/// When to rewrite the `Server: chopin\r\nDate: <IMF-fixdate>\r\n` block (it lives in the
/// connections' context): when the second changes.
struct DateCache {
    /// Unix milliseconds at `mono_base` (re-synchronised every minute).
    unix_base: u64,
    mono_base: u64,
    secs: u64,
    /// The monotonic millisecond at which the second shown may change: until then a loop
    /// turn leaves the block alone without any arithmetic.
    recheck_at: u64,
}

impl DateCache {
    fn new(now_ms: u64, line: &mut DateLine) -> DateCache {
        let mut d = DateCache { unix_base: 0, mono_base: 0, secs: u64::MAX, recheck_at: 0 };
        d.sync(now_ms, line);
        d
    }
    fn sync(&mut self, now_ms: u64, line: &mut DateLine) {
        self.unix_base =
            SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        self.mono_base = now_ms;
        self.secs = u64::MAX;
        self.recheck_at = 0;
        self.recheck(now_ms, line);
    }
    #[inline]
    fn update(&mut self, now_ms: u64, line: &mut DateLine) {
        if now_ms >= self.recheck_at {
            self.recheck(now_ms, line);
        }
    }
    #[cold]
    fn recheck(&mut self, now_ms: u64, line: &mut DateLine) {
        if now_ms - self.mono_base > 60_000 {
            return self.sync(now_ms, line);
        }
        let unix_ms = self.unix_base + (now_ms - self.mono_base);
        let secs = unix_ms / 1000;
        if secs != self.secs {
            self.secs = secs;
            *line = date_line(secs);
        }
        // The next whole second, but at least every minute the clocks are re-synchronised.
        self.recheck_at = (now_ms + (1000 - unix_ms % 1000)).min(self.mono_base + 60_001);
    }
}

struct Worker<S> {
    /// What connections are lent while they process (the service, the reactor, limits, the
    /// date block, the clock of this turn).
    cx: Ctx<S>,
    listener: Option<OwnedFd>,
    conns: Vec<Conn>,
    free: Vec<u32>,
    open: usize,
    date: DateCache,
    wheel: Wheel,
    due: Vec<(u32, u32, u64)>,
    accept_paused: bool,
    /// Set when shutting down: the time at which workers exit regardless.
    drain_until: Option<u64>,
    /// The reactor's push count when its task queues were last seen all empty: while the
    /// count is unchanged they still are, and a loop turn skips running and delivering.
    calm: Option<u64>,
}

pub(super) fn run<F, S>(
    info: WorkerInfo,
    cfg: Arc<Config>,
    listener: OwnedFd,
    metrics: Arc<WorkerMetrics>,
    factory: &F,
    ready: Sender<io::Result<Arc<Shared>>>,
) where
    F: Fn(WorkerInfo) -> S,
    S: Service,
{
    let core = match Core::new() {
        Ok(c) => c,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    let _enter = Core::enter(&core);
    if let Err(e) = core.epoll.add(listener.as_raw_fd(), token(KIND_LISTENER, 0, 0), EPOLLIN) {
        let _ = ready.send(Err(e));
        return;
    }
    let svc = factory(info);
    let now = core.update_now();
    let mut date = date_line(0);
    let date_cache = DateCache::new(now, &mut date);
    let mut w = Worker {
        cx: Ctx {
            svc,
            core,
            headers: Box::new([HeaderSpan::default(); MAX_HEADERS]),
            date,
            limits: Limits { max_target: cfg.max_target, max_head: cfg.max_head, max_headers: cfg.max_headers },
            chunk_limits: ChunkLimits {
                max_body: cfg.max_body,
                max_line: cfg.max_chunk_line,
                max_trailers: cfg.max_trailers,
            },
            cfg: cfg.clone(),
            deadlines: DeadlinesMs::new(&cfg),
            metrics,
            now,
            draining: false,
        },
        listener: Some(listener),
        conns: (0..cfg.max_connections as u32).map(Conn::empty).collect(),
        free: (0..cfg.max_connections as u32).rev().collect(),
        open: 0,
        date: date_cache,
        wheel: Wheel::new(now),
        due: Vec::new(),
        accept_paused: false,
        drain_until: None,
        calm: None,
    };
    let _ = ready.send(Ok(w.cx.core.shared.clone()));
    drop(ready);
    w.run();
    // Close connections and drop their handlers' futures while the reactor is still
    // installed (spawned tasks go with the reactor).
    for c in w.conns.iter_mut() {
        if c.sock.is_some() {
            c.release();
        }
    }
}

impl<S: Service> Worker<S> {
    fn run(&mut self) {
        let mut events = vec![Event::ZERO; 512];
        loop {
            let timeout = self.poll_timeout();
            let n = match self.cx.core.epoll.wait(&mut events, timeout) {
                Ok(n) => n,
                Err(e) => {
                    eprintln!("chopin: epoll_wait failed: {e}");
                    return;
                }
            };
            let now = self.cx.core.update_now();
            self.cx.now = now;
            self.date.update(now, &mut self.cx.date);
            for ev in &events[..n] {
                let t = ev.token();
                match token_kind(t) {
                    KIND_CONN => self.conn_event(token_idx(t), token_gen(t), ev.events()),
                    KIND_LISTENER => self.accept(),
                    KIND_WAKE => {
                        self.cx.core.take_remote_wakes();
                        if self.cx.core.shared.shutdown_requested() && self.drain_until.is_none() {
                            self.start_drain();
                        }
                    }
                    KIND_IO => self.cx.core.dispatch_io(ev),
                    _ => {}
                }
            }
            self.cx.core.fire_timers();
            if self.calm != Some(self.cx.core.pushes()) {
                if self.cx.core.has_ready() {
                    run_ready(&self.cx.core, TASK_BUDGET);
                }
                self.deliver();
            }
            self.conn_timers();
            if let Some(until) = self.drain_until
                && (self.open == 0 || self.cx.core.now_ms() >= until) {
                    return;
                }
        }
    }

    fn poll_timeout(&mut self) -> i32 {
        let core = &self.cx.core;
        if self.calm != Some(core.pushes()) {
            if core.has_ready() || !core.conn_wakes.borrow().is_empty() {
                return 0;
            }
            self.calm = Some(core.pushes());
        }
        let now = self.cx.core.now_ms();
        let mut t = self.wheel.next_in(now);
        if let Some(x) = self.cx.core.next_timer_in() {
            t = Some(t.map_or(x, |t| t.min(x)));
        }
        if let Some(until) = self.drain_until {
            let x = until.saturating_sub(now);
            t = Some(t.map_or(x, |t| t.min(x)));
        }
        t.map_or(-1, |ms| ms.min(i32::MAX as u64) as i32)
    }

    fn accept(&mut self) {
        let Some(l) = &self.listener else { return };
        let lfd = l.as_raw_fd();
        loop {
            let Some(&slot) = self.free.last() else {
                if !self.accept_paused {
                    self.accept_paused = true;
                    inc(&self.cx.metrics.accept_paused);
                }
                return;
            };
            let sock = match crate::sys::accept(lfd) {
                Ok(Some(s)) => s,
                Ok(None) => return,
                Err(e) => {
                    // EMFILE/ENFILE/ENOBUFS: retry when a connection closes.
                    eprintln!("chopin: accept failed: {e}");
                    self.accept_paused = true;
                    return;
                }
            };
            let _ = crate::sys::set_nodelay(sock.as_raw_fd());
            let c = &mut self.conns[slot as usize];
            let tok = token(KIND_CONN, c.generation, slot);
            if let Err(e) = self.cx.core.epoll.add(sock.as_raw_fd(), tok, EPOLLIN | EPOLLOUT | EPOLLRDHUP) {
                eprintln!("chopin: cannot register a connection: {e}");
                continue;
            }
            self.free.pop();
            self.open += 1;
            inc(&self.cx.metrics.accepted);
            c.open(sock, self.cx.core.now_ms(), &self.cx.cfg);
            self.file_timer(slot);
        }
    }

    fn conn_event(&mut self, slot: u32, generation: u32, events: u32) {
        let cx = &mut self.cx;
        let Some(c) = self.conns.get_mut(slot as usize) else { return };
        if c.generation != generation || c.sock.is_none() {
            return;
        }
        let mut next = Next::Keep;
        if events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR) != 0 {
            next = c.on_readable(cx, events);
        }
        if next == Next::Keep && events & EPOLLOUT != 0 {
            next = c.on_writable(cx);
        }
        self.after(slot, next);
    }

    /// Files the connection's deadline, or closes it.
    fn after(&mut self, slot: u32, next: Next) {
        if next == Next::Close {
            self.close(slot);
            return;
        }
        self.file_timer(slot);
    }

    /// Files the connection's deadline unless an entry due no later already owns it (a
    /// deadline that moves later is re-filed when its entry surfaces; one that moves earlier
    /// needs a new entry, and the old one is dropped when it surfaces).
    fn file_timer(&mut self, slot: u32) {
        let c = &mut self.conns[slot as usize];
        if c.timer != TimerKind::None && c.filed.is_none_or(|f| c.deadline < f) {
            c.filed = Some(c.deadline);
            self.wheel.insert(c.deadline, slot, c.generation);
        }
    }

    fn close(&mut self, slot: u32) {
        let c = &mut self.conns[slot as usize];
        if c.sock.is_none() {
            return;
        }
        c.release();
        c.filed = None;
        self.free.push(slot);
        self.open -= 1;
        inc(&self.cx.metrics.closed);
        if self.accept_paused && self.drain_until.is_none() {
            self.accept_paused = false;
            self.accept();
        }
    }

    /// Resumes the connections whose waker fired (a handler's future to poll, a stream with
    /// data), one at a time off the reactor's queue, then runs what that made ready (a
    /// database connection's output, queued by a handler's query, is sent there). At most
    /// [`TASK_BUDGET`] wakes per call, so a future that keeps waking itself cannot starve I/O:
    /// the rest wait for the next loop turn.
    fn deliver(&mut self) {
        for _ in 0..TASK_BUDGET {
            let woken = self.cx.core.conn_wakes.borrow_mut().pop();
            let Some(slot) = woken else { break };
            if let Some(c) = self.conns.get_mut(slot as usize)
                && c.sock.is_some()
            {
                let next = c.woken(&mut self.cx);
                self.after(slot, next);
            }
        }
        run_ready(&self.cx.core, TASK_BUDGET);
    }

    fn conn_timers(&mut self) {
        let now = self.cx.core.now_ms();
        if !self.wheel.ticks_by(now) {
            return;
        }
        let mut due = std::mem::take(&mut self.due);
        self.wheel.advance(now, &mut due);
        for &(slot, generation, filed) in &due {
            let c = &mut self.conns[slot as usize];
            if c.generation != generation || c.sock.is_none() || c.filed != Some(filed) {
                // A closed connection's entry, or one superseded by an earlier deadline.
                continue;
            }
            c.filed = None;
            if c.timer == TimerKind::None {
                continue;
            }
            if c.deadline > now {
                c.filed = Some(c.deadline);
                self.wheel.insert(c.deadline, slot, generation);
                continue;
            }
            let next = self.conns[slot as usize].on_timeout(&mut self.cx);
            self.after(slot, next);
        }
        due.clear();
        self.due = due;
    }

    /// Stops accepting, closes idle connections, and lets the others finish.
    fn start_drain(&mut self) {
        self.drain_until = Some(self.cx.core.now_ms() + self.cx.cfg.shutdown_grace.as_millis() as u64);
        self.cx.draining = true;
        if let Some(l) = self.listener.take() {
            let _ = self.cx.core.epoll.delete(l.as_raw_fd());
        }
        for slot in 0..self.conns.len() as u32 {
            let c = &self.conns[slot as usize];
            if c.sock.is_some() && c.is_idle() {
                self.close(slot);
            }
        }
    }
}
