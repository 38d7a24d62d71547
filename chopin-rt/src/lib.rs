//! chopin-rt: the runtime under Chopin.
//!
//! One worker thread per core, each with its own `SO_REUSEPORT` listener, epoll loop,
//! connection slab, timers, task executor and metrics; nothing is shared between workers on the
//! request path.

mod date;
pub mod files;
pub mod http;
mod request;
mod response;
#[allow(dead_code)]
mod sys;

pub use http::{Method, Version};
pub use request::{OwnedRequest, Request};
pub use response::{
    valid_header_name, valid_header_value, Body, BodyPart, BodyStream, FileRange, HeaderBytes,
    HeaderError, IntoResponse, Response, Status,
};
