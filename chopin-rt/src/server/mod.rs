//! Starting and stopping a server: binding (one `SO_REUSEPORT` listener per worker), spawning
//! pinned workers, SIGINT/SIGTERM handling and graceful shutdown.

mod config;
mod worker;

pub use config::{parse_duration, parse_size, Config, ConfigError};

use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::os::fd::OwnedFd;
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::metrics::{MetricsSnapshot, WorkerMetrics};
use crate::reactor::Shared;
use crate::service::Service;

/// What a service factory learns about the worker it builds for.
#[derive(Clone, Copy, Debug)]
pub struct WorkerInfo {
    /// This worker's index, `0..workers`.
    pub id: usize,
    /// How many workers the server runs.
    pub workers: usize,
}

/// A server about to start.
///
/// ```no_run
/// use chopin_rt::{Config, Reply, Request, Server};
/// let cfg = Config::default().from_env().unwrap();
/// Server::new(cfg).serve(|_worker| |_req: &Request<'_>, reply: &mut Reply<'_>| reply.send("Hello, World!")).unwrap();
/// ```
pub struct Server {
    cfg: Config,
}

/// A running server: its address, metrics, and shutdown.
pub struct ServerHandle {
    addr: SocketAddr,
    shared: Vec<Arc<Shared>>,
    threads: Vec<JoinHandle<()>>,
    metrics: Vec<Arc<WorkerMetrics>>,
}

/// Resolves `bind` (host names included), preferring an IPv4 address.
fn resolve(bind: &str) -> io::Result<SocketAddr> {
    let addrs: Vec<SocketAddr> = bind.to_socket_addrs().map_err(|e| {
        io::Error::new(e.kind(), format!("cannot resolve bind address `{bind}`: {e}"))
    })?.collect();
    addrs
        .iter()
        .find(|a| a.is_ipv4())
        .or(addrs.first())
        .copied()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, format!("bind address `{bind}` resolves to nothing")))
}

impl Server {
    /// A server with `cfg` (validated when started).
    pub fn new(cfg: Config) -> Server {
        Server { cfg }
    }

    /// Binds one listener per worker and starts the workers; returns at once.
    /// `factory` runs on each worker thread to build that worker's service.
    pub fn start<F, S>(self, factory: F) -> io::Result<ServerHandle>
    where
        F: Fn(WorkerInfo) -> S + Send + Sync + 'static,
        S: Service,
    {
        let cfg = self.cfg.validate().map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let want = resolve(&cfg.bind)?;
        let bind_err = |a: &SocketAddr, e: io::Error| io::Error::new(e.kind(), format!("cannot bind {a}: {e}"));
        let mut listeners: Vec<OwnedFd> = Vec::with_capacity(cfg.workers);
        let (first, addr) = crate::sys::bind_listener(&want, true, cfg.backlog).map_err(|e| bind_err(&want, e))?;
        listeners.push(first);
        for _ in 1..cfg.workers {
            let (l, _) = crate::sys::bind_listener(&addr, true, cfg.backlog).map_err(|e| bind_err(&addr, e))?;
            listeners.push(l);
        }
        let cfg = Arc::new(cfg);
        let factory = Arc::new(factory);
        let cores = if cfg.pin_workers { core_affinity::get_core_ids().unwrap_or_default() } else { Vec::new() };
        let mut shared = Vec::new();
        let mut threads = Vec::new();
        let mut metrics = Vec::new();
        let (ready_tx, ready_rx) = mpsc::channel::<io::Result<Arc<Shared>>>();
        let workers = cfg.workers;
        for (id, listener) in listeners.into_iter().enumerate() {
            let m = Arc::new(WorkerMetrics::default());
            metrics.push(m.clone());
            let cfg = cfg.clone();
            let factory = factory.clone();
            let core_id = if cores.is_empty() { None } else { Some(cores[id % cores.len()]) };
            let tx = ready_tx.clone();
            let t = std::thread::Builder::new()
                .name(format!("chopin-w{id}"))
                .spawn(move || {
                    if let Some(c) = core_id {
                        core_affinity::set_for_current(c);
                    }
                    worker::run(WorkerInfo { id, workers }, cfg, listener, m, &*factory, tx);
                })?;
            threads.push(t);
        }
        drop(ready_tx);
        for _ in 0..workers {
            match ready_rx.recv() {
                Ok(Ok(s)) => shared.push(s),
                Ok(Err(e)) => {
                    for s in &shared {
                        s.request_shutdown();
                    }
                    return Err(e);
                }
                Err(_) => {
                    for s in &shared {
                        s.request_shutdown();
                    }
                    return Err(io::Error::other("a worker failed to start (its service factory panicked)"));
                }
            }
        }
        Ok(ServerHandle { addr, shared, threads, metrics })
    }

    /// Starts and blocks until SIGINT or SIGTERM, then shuts down gracefully (in-flight
    /// requests finish within [`Config::shutdown_grace`]) and returns `Ok(())`.
    pub fn serve<F, S>(self, factory: F) -> io::Result<()>
    where
        F: Fn(WorkerInfo) -> S + Send + Sync + 'static,
        S: Service,
    {
        crate::sys::block_shutdown_signals()?;
        let handle = self.start(factory)?;
        eprintln!("chopin: listening on http://{} ({} workers)", handle.addr, handle.threads.len());
        loop {
            if let Some(sig) = crate::sys::wait_shutdown_signal(Duration::from_millis(250)) {
                eprintln!("chopin: signal {sig} received, shutting down");
                handle.shutdown();
                break;
            }
            if handle.threads.iter().all(|t| t.is_finished()) {
                break;
            }
        }
        handle.join()
    }
}

impl ServerHandle {
    /// The bound address (with the real port when 0 was asked for).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Sums every worker's counters.
    pub fn metrics(&self) -> MetricsSnapshot {
        MetricsSnapshot::sum(&self.metrics)
    }

    /// Stops accepting and lets in-flight requests finish (bounded by the grace period).
    pub fn shutdown(&self) {
        for s in &self.shared {
            s.request_shutdown();
        }
    }

    /// Waits for every worker to exit.
    pub fn join(self) -> io::Result<()> {
        let mut failed = 0;
        for t in self.threads {
            if t.join().is_err() {
                failed += 1;
            }
        }
        if failed > 0 {
            return Err(io::Error::other(format!("{failed} worker(s) panicked")));
        }
        Ok(())
    }
}
