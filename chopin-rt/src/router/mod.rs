//! The runtime half of the `app!` router: what generated code calls. The macro emits the
//! route tables (a perfect hash for static paths, segment matchers for the rest) and one
//! function per route that composes its middleware around its handler; this module holds
//! the types those functions speak — [`Context`], [`Params`], the extractors
//! ([`FromRequest`]), the handler and middleware traits, and the 404/405 answers.
//!
//! Nothing here allocates per request unless a handler asks for owned data.

mod context;
mod error;
mod extract;
mod handler;
mod params;

pub use context::{Context, OwnedContext};
pub use error::Error;
pub use extract::{Form, FromParams, FromRequest, Header, HeaderName, Path, Query};
pub use handler::{
    bind_rest, call_handler, call_middleware, finish, param_arg, pending_outcome, ready_outcome, send, After, DeferHandler, DeferMiddleware,
    Flow, FromState, Handler, Hooks, IntoFlow, IsAsync, IsSync, Middleware, Never, NoAfter, Outcome,
    PendingFlow, Resolve, ResolveFlow, Step,
};
pub use params::{percent_decode, FromParam, ParamError, Params, MAX_PARAMS};

use crate::http::Method;
use crate::response::{Response, Status};

pub(crate) use error::client_error;

/// Whether a static route's key is `path` (the request path's bytes, see
/// [`Request::path_bytes`](crate::Request::path_bytes)): what the generated perfect-hash lookup
/// confirms its candidate with. Keys up to 16 bytes are compared as two (overlapping) words,
/// with no library call.
///
/// ```
/// use chopin_rt::router::key_eq;
/// assert!(key_eq("/plaintext", b"/plaintext"));
/// assert!(!key_eq("/plaintext", b"/plaintexT"));
/// assert!(!key_eq("/a", b"/ab"));
/// assert!(key_eq("", b""));
/// ```
#[inline(always)]
pub fn key_eq(key: &str, path: &[u8]) -> bool {
    let (a, b) = (key.as_bytes(), path);
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let w64 = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().unwrap_or([0; 8]));
    let w32 = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().unwrap_or([0; 4]));
    match n {
        8..=16 => w64(a, 0) == w64(b, 0) && w64(a, n - 8) == w64(b, n - 8),
        4..=7 => w32(a, 0) == w32(b, 0) && w32(a, n - 4) == w32(b, n - 4),
        0..=3 => a.iter().zip(b).all(|(x, y)| x == y),
        _ => a == b,
    }
}

/// Methods a route table distinguishes; every other method shares the last slot.
pub const METHOD_SLOTS: usize = 8;

/// A route table's slot for `m`: GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS, then any other.
///
/// ```
/// use chopin_rt::{router::method_slot, Method};
/// assert_eq!(method_slot(Method::Get), 0);
/// assert_eq!(method_slot(Method::Trace), 7);
/// ```
#[inline(always)]
pub const fn method_slot(m: Method) -> usize {
    match m {
        Method::Get => 0,
        Method::Head => 1,
        Method::Post => 2,
        Method::Put => 3,
        Method::Delete => 4,
        Method::Patch => 5,
        Method::Options => 6,
        Method::Connect | Method::Trace | Method::Other => 7,
    }
}

/// Where the router sent a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// The route with this index.
    Route(u16),
    /// The path exists but not for this method; the `Allow` value, computed at compile time.
    NotAllowed(&'static str),
    /// No route has this path.
    NotFound,
}

/// The `404 Not Found` every unrouted request gets (plain text, like the runtime's own
/// protocol errors).
pub fn not_found() -> Response {
    Response::error(Status::NOT_FOUND, "not found")
}

/// The `405 Method Not Allowed` for a path that exists under other methods.
pub fn method_not_allowed(allow: &'static str) -> Response {
    Response::error(Status::METHOD_NOT_ALLOWED, "method not allowed").header("allow", allow)
}

/// Splits the next segment off `rest` (a path after a `/`): `("users", Some("7/posts"))`, or
/// `("7", None)` for the last one.
///
/// ```
/// use chopin_rt::router::split_segment;
/// assert_eq!(split_segment("users/7"), ("users", Some("7")));
/// assert_eq!(split_segment("7"), ("7", None));
/// assert_eq!(split_segment("a/"), ("a", Some("")));
/// ```
#[inline(always)]
pub fn split_segment(rest: &str) -> (&str, Option<&str>) {
    match memchr::memchr(b'/', rest.as_bytes()) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    }
}

/// A middleware refusing bodies over `max` bytes with `413 Payload Too Large` (tighter than the
/// server's `max_body` for one route or scope). In `app!`: `[body_limit(64 KiB)]`.
///
/// ```
/// use chopin_rt::router::{body_limit, Context, Flow, IntoFlow, Params};
/// use chopin_rt::{Method, OwnedRequest};
/// let check = body_limit(4);
/// let r = OwnedRequest::new(Method::Post, "/", &[], b"12345");
/// let cx = Context::without_params(r.as_request());
/// match check(&cx).into_flow() {
///     Flow::Stop(resp) => assert_eq!(resp.status().as_u16(), 413),
///     Flow::Next(_) => panic!("a 5-byte body passed a 4-byte limit"),
/// }
/// ```
pub fn body_limit(max: u64) -> impl Fn(&Context<'_>) -> Result<(), Response> + Copy {
    move |cx: &Context<'_>| {
        if cx.body().len() as u64 > max {
            Err(client_error(Status::PAYLOAD_TOO_LARGE, format!("the request body exceeds {max} bytes")))
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
