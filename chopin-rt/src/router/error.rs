//! [`Error`]: the error type handlers return with `?`, and the JSON body every extractor
//! rejection carries. Client errors say what was wrong; server errors are logged and the client
//! sees only the reason phrase.

use std::borrow::Cow;
use std::fmt;

use crate::response::{IntoResponse, Response, Status};

/// A handler error: a status and a message for the client (4xx), or an internal error that is
/// logged and answered with a bare 500.
///
/// Any `std::error::Error` converts into a 500 with `?`; the client never sees its text.
///
/// ```
/// use chopin_rt::router::Error;
/// use chopin_rt::{IntoResponse, Status};
///
/// fn find(id: u32) -> Result<String, Error> {
///     if id == 0 {
///         return Err(Error::not_found("no user 0"));
///     }
///     let n: u32 = "12".parse()?; // a ParseIntError would become a 500
///     Ok(format!("user {}", id + n))
/// }
/// assert_eq!(find(1).unwrap(), "user 13");
/// assert_eq!(find(0).into_response().status(), Status::NOT_FOUND);
/// ```
pub struct Error {
    status: Status,
    message: Cow<'static, str>,
    source: Option<Box<dyn std::error::Error + 'static>>,
}

impl Error {
    /// An error with `status` and a message shown to the client when the status is 4xx.
    pub fn new(status: Status, message: impl Into<Cow<'static, str>>) -> Error {
        Error { status, message: message.into(), source: None }
    }
    /// `400 Bad Request`.
    pub fn bad_request(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(Status::BAD_REQUEST, message)
    }
    /// `401 Unauthorized`.
    pub fn unauthorized(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(Status::UNAUTHORIZED, message)
    }
    /// `403 Forbidden`.
    pub fn forbidden(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(Status::FORBIDDEN, message)
    }
    /// `404 Not Found`.
    pub fn not_found(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(Status::NOT_FOUND, message)
    }
    /// `409 Conflict`.
    pub fn conflict(message: impl Into<Cow<'static, str>>) -> Error {
        Error::new(Status::CONFLICT, message)
    }
    /// `500 Internal Server Error` caused by `source`, which is logged, never sent — or
    /// `503 Service Unavailable` when `source` is a PostgreSQL error worth retrying (class
    /// [`Pool`](crate::pg::ErrorClass::Pool) or [`Transient`](crate::pg::ErrorClass::Transient):
    /// no connection free in time, a lost connection, a serialization failure).
    ///
    /// ```
    /// use chopin_rt::router::Error;
    /// use chopin_rt::{pg, Status};
    /// assert_eq!(Error::internal(pg::Error::PoolTimeout).status(), Status::SERVICE_UNAVAILABLE);
    /// assert_eq!(Error::internal(std::fmt::Error).status(), Status::INTERNAL_SERVER_ERROR);
    /// ```
    pub fn internal(source: impl std::error::Error + 'static) -> Error {
        let source: Box<dyn std::error::Error + 'static> = Box::new(source);
        let retry = source
            .downcast_ref::<crate::pg::Error>()
            .is_some_and(|e| matches!(e.class(), crate::pg::ErrorClass::Pool | crate::pg::ErrorClass::Transient));
        let status = if retry { Status::SERVICE_UNAVAILABLE } else { Status::INTERNAL_SERVER_ERROR };
        Error { status, message: Cow::Borrowed(""), source: Some(source) }
    }
    /// The status.
    pub fn status(&self) -> Status {
        self.status
    }
    /// The message (empty for an internal error).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl<E: std::error::Error + 'static> From<E> for Error {
    fn from(e: E) -> Error {
        Error::internal(e)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("status", &self.status.as_u16())
            .field("message", &self.message)
            .field("source", &self.source.as_ref().map(|s| s.to_string()))
            .finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Some(s) => write!(f, "{}: {s}", self.status.as_u16()),
            None => write!(f, "{}: {}", self.status.as_u16(), self.message),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            if let Some(s) = &self.source {
                eprintln!("chopin: handler error: {s}");
            } else if !self.message.is_empty() {
                eprintln!("chopin: handler error: {}", self.message);
            }
            return Response::error(self.status, "");
        }
        client_error(self.status, self.message)
    }
}

/// A 4xx response with the body `{"error":"<message>"}`.
pub(crate) fn client_error(status: Status, message: impl AsRef<str>) -> Response {
    let mut body = Vec::with_capacity(message.as_ref().len() + 16);
    body.extend_from_slice(b"{\"error\":");
    json_str(&mut body, message.as_ref());
    body.push(b'}');
    Response::json_bytes(body).with_status(status)
}

/// Appends `s` as a JSON string literal.
pub(crate) fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    for c in s.chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\t' => out.extend_from_slice(b"\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as usize;
                out.extend_from_slice(b"\\u00");
                out.push(HEX[n >> 4]);
                out.push(HEX[n & 15]);
            }
            c => {
                let mut b = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            }
        }
    }
    out.push(b'"');
}
