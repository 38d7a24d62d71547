//! chopin-rt: the runtime under Chopin.
//!
//! One worker thread per core, each with its own `SO_REUSEPORT` listener, epoll loop,
//! connection slab, timer wheel, task executor and metrics; nothing is shared between workers
//! on the request path. A request's path through the code:
//!
//! `server::worker` (`epoll_wait`) → `conn::Conn::on_readable` (read into the connection's
//! buffer) → [`http::parse_head`] (head borrowed from the buffer) → [`Service::call`] (the
//! application) → [`Reply`] (response written into the connection's output) →
//! `conn::output` (`writev` once per read batch).

mod conn;
mod date;
pub mod files;
pub mod html;
pub mod http;
pub mod json;
mod metrics;
pub mod pg;
mod reactor;
mod request;
mod response;
pub mod router;
mod server;
mod service;
mod sys;
pub mod testing;

pub use http::{Method, Version};
pub use metrics::MetricsSnapshot;
pub use reactor::{
    block_on, sleep, sleep_until, spawn, spawn_blocking, timeout, Async, BlockingHandle, Elapsed,
    JoinError, JoinHandle, Sleep,
};
pub use request::{OwnedRequest, Request};
pub use response::{
    valid_header_name, valid_header_value, Body, BodyPart, BodyStream, FileRange, HeaderBytes,
    HeaderError, IntoResponse, Response, Status,
};
pub use server::{parse_duration, parse_size, Config, ConfigError, Server, ServerHandle, WorkerInfo};
pub use service::{Reply, Service};
