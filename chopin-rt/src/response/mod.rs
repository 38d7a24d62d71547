//! What handlers return: [`Response`] (status, validated headers, a [`Body`]) and the
//! [`IntoResponse`] conversions. Serialising a response into a connection's output is in
//! `conn::output`; this module only describes one.

mod body;
mod status;

pub use body::{Body, BodyPart, BodyStream, FileRange};
pub use status::Status;

use std::borrow::Cow;
use std::fmt;

use crate::service::Reply;

/// A known content type and its pre-built header line.
macro_rules! known {
    ($v:literal) => {
        ($v, concat!("Content-Type: ", $v, "\r\n"))
    };
}

/// An invalid header set by application code. A response carrying one is answered with 500.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// The name is empty or not an RFC 9110 token.
    InvalidName(String),
    /// The value contains CR, LF, NUL or another control character.
    InvalidValue(String),
    /// The header is set by the runtime (`Content-Length`, `Transfer-Encoding`, `Date`,
    /// `Server`, `Connection`).
    Reserved(String),
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::InvalidName(n) => write!(f, "invalid header name `{n}`"),
            HeaderError::InvalidValue(n) => write!(f, "invalid value for header `{n}`"),
            HeaderError::Reserved(n) => write!(f, "header `{n}` is set by the runtime"),
        }
    }
}

impl std::error::Error for HeaderError {}

/// An HTTP response: status, headers and body.
///
/// `Content-Length` (or chunked framing), `Date`, `Server` and `Connection` are written by the
/// runtime; setting them here is an error.
///
/// ```
/// use chopin_rt::{Response, Status};
/// let r = Response::text("hi").with_status(Status::CREATED).header("x-id", "7");
/// assert_eq!(r.status(), Status::CREATED);
/// assert_eq!(r.header_value("x-id"), Some(&b"7"[..]));
/// ```
pub struct Response {
    pub(crate) status: Status,
    pub(crate) content_type: Option<Cow<'static, str>>,
    /// For content types this module spells itself: the whole `Content-Type: …\r\n` line,
    /// copied in one piece by the writer.
    pub(crate) content_type_line: Option<&'static [u8]>,
    pub(crate) headers: Vec<(Cow<'static, str>, Cow<'static, [u8]>)>,
    pub(crate) body: Body,
    /// Boxed: rare, and a response small enough to move without a `memcpy` call matters on
    /// every request.
    pub(crate) invalid: Option<Box<HeaderError>>,
    pub(crate) close: bool,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("content_type", &self.content_type)
            .field("headers", &self.headers.len())
            .field("body", &self.body)
            .finish()
    }
}

const fn tchar(b: u8) -> bool {
    matches!(b,
        b'!' | b'#' | b'$' | b'%' | b'&' | b'\'' | b'*' | b'+' | b'-' | b'.' | b'^' | b'_' | b'`'
        | b'|' | b'~' | b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z')
}

/// True when `name` is a valid field name (an RFC 9110 token).
pub fn valid_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(tchar)
}

/// True when `value` may be sent as a field value: no CR, LF, NUL or other control except HTAB.
pub fn valid_header_value(value: &[u8]) -> bool {
    value.iter().all(|&b| b == b'\t' || (b >= 0x20 && b != 0x7f))
}

fn reserved(name: &str) -> bool {
    ["content-length", "transfer-encoding", "date", "server", "connection"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(name))
}

impl Response {
    /// An empty response with `status`.
    pub fn new(status: Status) -> Response {
        Response {
            status,
            content_type: None,
            content_type_line: None,
            headers: Vec::new(),
            body: Body::Empty,
            invalid: None,
            close: false,
        }
    }

    /// 200 with a `text/plain; charset=utf-8` body. A `&'static str` is never copied.
    pub fn text(body: impl Into<Cow<'static, str>>) -> Response {
        let body = match body.into() {
            Cow::Borrowed(s) => Body::Static(s.as_bytes()),
            Cow::Owned(s) => Body::Bytes(s.into_bytes()),
        };
        Response::new(Status::OK).known_type(known!("text/plain; charset=utf-8")).body(body)
    }

    /// Sets a content type this module spells itself (known valid, so not re-checked on the
    /// request path).
    #[inline]
    fn known_type(mut self, (value, line): (&'static str, &'static str)) -> Response {
        self.content_type = Some(Cow::Borrowed(value));
        self.content_type_line = Some(line.as_bytes());
        self
    }

    /// 200 with an `application/octet-stream` body.
    pub fn bytes(body: impl Into<Body>) -> Response {
        Response::new(Status::OK).known_type(known!("application/octet-stream")).body(body)
    }

    /// 200 with `text/html; charset=utf-8`.
    pub fn html(body: impl Into<Cow<'static, str>>) -> Response {
        Response::text(body).known_type(known!("text/html; charset=utf-8"))
    }

    /// 200 with `value` as an `application/json` body. The value is kept (boxed) in the
    /// response and serialised straight into the connection's write buffer when the response
    /// is sent, with no intermediate `Vec`; `Content-Length` is measured as it is written.
    ///
    /// The value must own its data (or borrow `'static` data); to answer with a value borrowed
    /// for a shorter time, return [`Json(&value)`](crate::json::Json) from a sync handler
    /// (also written in place) or serialise it now with
    /// [`Response::json_bytes`]`(`[`json::to_vec`](crate::json::to_vec)`(&value))`.
    ///
    /// ```
    /// use chopin_rt::{Body, Response};
    /// let r = Response::json(vec![1, 2]);
    /// assert!(matches!(r.body_ref(), Body::Json(_)));
    /// assert_eq!(r.header_value("content-type"), Some(&b"application/json"[..]));
    /// ```
    pub fn json<T: crate::json::Serialize + 'static>(value: T) -> Response {
        Response::new(Status::OK).known_type(known!("application/json")).body(Body::Json(Box::new(value)))
    }

    /// The pre-built `Content-Type: text/plain; charset=utf-8` header line.
    pub(crate) const TEXT_TYPE_LINE: &'static [u8] = known!("text/plain; charset=utf-8").1.as_bytes();

    /// The pre-built `Content-Type: application/octet-stream` header line.
    pub(crate) const BYTES_TYPE_LINE: &'static [u8] = known!("application/octet-stream").1.as_bytes();

    /// The pre-built `Content-Type: application/json` header line.
    pub(crate) const JSON_TYPE_LINE: &'static [u8] = known!("application/json").1.as_bytes();

    /// 200 with an `application/json` body of already-serialised bytes.
    pub fn json_bytes(body: impl Into<Body>) -> Response {
        Response::new(Status::OK).known_type(known!("application/json")).body(body)
    }

    /// A short plain-text response for an error status. For 5xx the text is the reason phrase
    /// only: internal error details never reach the client.
    pub fn error(status: Status, message: &'static str) -> Response {
        let msg = if status.is_server_error() { status.reason() } else { message };
        Response::text(msg).with_status(status)
    }

    /// Replaces the status.
    pub fn with_status(mut self, status: Status) -> Response {
        self.status = status;
        self
    }

    /// Sets `Content-Type`.
    pub fn content_type(mut self, value: impl Into<Cow<'static, str>>) -> Response {
        let value = value.into();
        if !valid_header_value(value.as_bytes()) {
            self.invalid.get_or_insert_with(|| Box::new(HeaderError::InvalidValue("content-type".into())));
        }
        self.content_type = Some(value);
        self.content_type_line = None;
        self
    }

    /// Replaces the body.
    pub fn body(mut self, body: impl Into<Body>) -> Response {
        self.body = body.into();
        self
    }

    /// Appends a header. An invalid name or value, or a header the runtime owns, marks the
    /// response invalid: the client gets a 500 and the error is logged (use
    /// [`Response::try_header`] to handle it instead).
    pub fn header(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<HeaderBytes>,
    ) -> Response {
        if let Err(e) = self.push_header(name.into(), value.into().0) {
            self.invalid.get_or_insert(Box::new(e));
        }
        self
    }

    /// Appends a header to a response being edited in place (a middleware's after-hook gets
    /// `&mut Response`); validated like [`Response::header`].
    ///
    /// ```
    /// use chopin_rt::Response;
    /// let mut r = Response::text("x");
    /// r.add_header("x-request-id", "7");
    /// assert_eq!(r.header_value("x-request-id"), Some(&b"7"[..]));
    /// ```
    pub fn add_header(&mut self, name: impl Into<Cow<'static, str>>, value: impl Into<HeaderBytes>) -> &mut Response {
        if let Err(e) = self.push_header(name.into(), value.into().0) {
            self.invalid.get_or_insert(Box::new(e));
        }
        self
    }

    /// Appends a header, returning the error for an invalid one.
    ///
    /// ```
    /// use chopin_rt::Response;
    /// assert!(Response::text("x").try_header("x-a", "b\r\nc: d").is_err());
    /// ```
    pub fn try_header(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<HeaderBytes>,
    ) -> Result<Response, HeaderError> {
        self.push_header(name.into(), value.into().0)?;
        Ok(self)
    }

    fn push_header(
        &mut self,
        name: Cow<'static, str>,
        value: Cow<'static, [u8]>,
    ) -> Result<(), HeaderError> {
        if !valid_header_name(&name) {
            return Err(HeaderError::InvalidName(name.into_owned()));
        }
        if reserved(&name) {
            return Err(HeaderError::Reserved(name.into_owned()));
        }
        if !valid_header_value(&value) {
            return Err(HeaderError::InvalidValue(name.into_owned()));
        }
        if name.eq_ignore_ascii_case("content-type") {
            self.content_type = Some(String::from_utf8_lossy(&value).into_owned().into());
            self.content_type_line = None;
        } else {
            self.headers.push((name, value));
        }
        Ok(())
    }

    /// Asks the runtime to close the connection after this response (`Connection: close`).
    pub fn close_connection(mut self) -> Response {
        self.close = true;
        self
    }

    /// The status.
    pub fn status(&self) -> Status {
        self.status
    }

    /// The body.
    pub fn body_ref(&self) -> &Body {
        &self.body
    }

    /// The first value of header `name` (case-insensitive), including `Content-Type`.
    pub fn header_value(&self, name: &str) -> Option<&[u8]> {
        if name.eq_ignore_ascii_case("content-type") {
            return self.content_type.as_deref().map(str::as_bytes);
        }
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| &**v)
    }

    /// The error recorded by an invalid header, if any.
    pub fn invalid(&self) -> Option<&HeaderError> {
        self.invalid.as_deref()
    }
}

/// Bytes of a header value (from `&'static str`, `String`, `&'static [u8]`, `Vec<u8>`, integers).
pub struct HeaderBytes(pub Cow<'static, [u8]>);

impl From<&'static str> for HeaderBytes {
    fn from(s: &'static str) -> Self {
        HeaderBytes(Cow::Borrowed(s.as_bytes()))
    }
}
impl From<String> for HeaderBytes {
    fn from(s: String) -> Self {
        HeaderBytes(Cow::Owned(s.into_bytes()))
    }
}
impl From<&'static [u8]> for HeaderBytes {
    fn from(s: &'static [u8]) -> Self {
        HeaderBytes(Cow::Borrowed(s))
    }
}
impl From<Vec<u8>> for HeaderBytes {
    fn from(s: Vec<u8>) -> Self {
        HeaderBytes(Cow::Owned(s))
    }
}
impl From<u64> for HeaderBytes {
    fn from(n: u64) -> Self {
        HeaderBytes(Cow::Owned(itoa::Buffer::new().format(n).as_bytes().to_vec()))
    }
}

/// Conversion of a handler's return value into a [`Response`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned from a handler",
    label = "this type does not implement `IntoResponse`",
    note = "return a `Response`, `&'static str`, `String`, `(Status, T)`, `Option<T>` or `Result<T, E>` where `T` and `E` implement `IntoResponse`"
)]
pub trait IntoResponse {
    /// Builds the response.
    fn into_response(self) -> Response;

    /// Writes the response into `reply`; [`Reply::send`] calls this. The default builds
    /// [`into_response`](IntoResponse::into_response) and sends it; a type that can write
    /// itself into the connection's buffer directly overrides it (as
    /// [`Json`](crate::json::Json) does, so its body never passes through a `Vec`).
    ///
    /// ```
    /// use chopin_rt::{IntoResponse, Reply, Response};
    ///
    /// struct Hello;
    ///
    /// impl IntoResponse for Hello {
    ///     fn into_response(self) -> Response {
    ///         Response::text("hello")
    ///     }
    ///     // Wrappers forward instead of building a `Response`.
    ///     fn send_to(self, reply: &mut Reply<'_>) {
    ///         reply.send("hello");
    ///     }
    /// }
    /// # let _ = Hello.into_response();
    /// ```
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>)
    where
        Self: Sized,
    {
        reply.send_response(self.into_response());
    }

    /// [`send_to`](IntoResponse::send_to) with the status replaced by `status` (what
    /// `(Status, T)` sends).
    ///
    /// ```
    /// use chopin_rt::{Reply, Status};
    /// fn created(reply: &mut Reply<'_>) {
    ///     // Calls `"made".send_to_with_status(Status::CREATED, reply)`.
    ///     reply.send((Status::CREATED, "made"));
    /// }
    /// # let _ = created;
    /// ```
    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>)
    where
        Self: Sized,
    {
        reply.send_response(self.into_response().with_status(status));
    }

    /// [`into_response`](IntoResponse::into_response) for a value that owns its data, so a
    /// typed body can stay typed until the response is written instead of being serialised
    /// now: a [`Json`](crate::json::Json) value becomes a [`Body::Json`] that is written
    /// straight into the connection's buffer. What the answer of an async handler with
    /// middleware after-hooks goes through, so the hooks see a [`Response`] (without hooks,
    /// [`Reply::defer`]'s value is sent with [`send_to`](IntoResponse::send_to), as a sync
    /// answer); wrappers forward it.
    ///
    /// ```
    /// use chopin_rt::json::Json;
    /// use chopin_rt::{Body, IntoResponse, Status};
    /// let r = (Status::CREATED, Json(vec![1, 2])).into_response_owned();
    /// assert_eq!(r.status(), Status::CREATED);
    /// assert!(matches!(r.body_ref(), Body::Json(_)));
    /// ```
    #[inline]
    fn into_response_owned(self) -> Response
    where
        Self: Sized + 'static,
    {
        self.into_response()
    }
}

impl IntoResponse for Response {
    #[inline]
    fn into_response(self) -> Response {
        self
    }
}

impl IntoResponse for &'static str {
    #[inline]
    fn into_response(self) -> Response {
        Response::text(self)
    }
    // Always inlined: a handler's static answer is one of the hottest paths, and with async
    // answers also sending through here the compiler calls it out of line otherwise (about 20
    // more instructions per request on the testbed's `/plaintext`, callgrind).
    #[inline(always)]
    fn send_to(self, reply: &mut Reply<'_>) {
        reply.send_static(Status::OK, Response::TEXT_TYPE_LINE, self.as_bytes());
    }
    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>) {
        reply.send_static(status, Response::TEXT_TYPE_LINE, self.as_bytes());
    }
}

impl IntoResponse for String {
    fn into_response(self) -> Response {
        Response::text(self)
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        reply.send_part(Status::OK, Response::TEXT_TYPE_LINE, BodyPart::Bytes(self.into_bytes()));
    }
    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>) {
        reply.send_part(status, Response::TEXT_TYPE_LINE, BodyPart::Bytes(self.into_bytes()));
    }
}

impl IntoResponse for &'static [u8] {
    fn into_response(self) -> Response {
        Response::bytes(self)
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        reply.send_static(Status::OK, Response::BYTES_TYPE_LINE, self);
    }
    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>) {
        reply.send_static(status, Response::BYTES_TYPE_LINE, self);
    }
}

impl IntoResponse for Vec<u8> {
    fn into_response(self) -> Response {
        Response::bytes(self)
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        reply.send_part(Status::OK, Response::BYTES_TYPE_LINE, BodyPart::Bytes(self));
    }
    #[inline]
    fn send_to_with_status(self, status: Status, reply: &mut Reply<'_>) {
        reply.send_part(status, Response::BYTES_TYPE_LINE, BodyPart::Bytes(self));
    }
}

impl IntoResponse for () {
    fn into_response(self) -> Response {
        Response::new(Status::NO_CONTENT)
    }
}

impl IntoResponse for Status {
    fn into_response(self) -> Response {
        if self.is_server_error() || self.is_client_error() {
            Response::error(self, self.reason())
        } else {
            Response::new(self)
        }
    }
}

impl<T: IntoResponse> IntoResponse for (Status, T) {
    fn into_response(self) -> Response {
        self.1.into_response().with_status(self.0)
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        self.1.send_to_with_status(self.0, reply);
    }
    #[inline]
    fn into_response_owned(self) -> Response
    where
        Self: 'static,
    {
        self.1.into_response_owned().with_status(self.0)
    }
}

impl<T: IntoResponse> IntoResponse for Option<T> {
    fn into_response(self) -> Response {
        match self {
            Some(t) => t.into_response(),
            None => Response::error(Status::NOT_FOUND, "not found"),
        }
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        match self {
            Some(t) => t.send_to(reply),
            None => reply.send_response(Response::error(Status::NOT_FOUND, "not found")),
        }
    }
    #[inline]
    fn into_response_owned(self) -> Response
    where
        Self: 'static,
    {
        match self {
            Some(t) => t.into_response_owned(),
            None => Response::error(Status::NOT_FOUND, "not found"),
        }
    }
}

impl<T: IntoResponse, E: IntoResponse> IntoResponse for Result<T, E> {
    fn into_response(self) -> Response {
        match self {
            Ok(t) => t.into_response(),
            Err(e) => e.into_response(),
        }
    }
    #[inline]
    fn send_to(self, reply: &mut Reply<'_>) {
        match self {
            Ok(t) => t.send_to(reply),
            Err(e) => e.send_to(reply),
        }
    }
    #[inline]
    fn into_response_owned(self) -> Response
    where
        Self: 'static,
    {
        match self {
            Ok(t) => t.into_response_owned(),
            Err(e) => e.into_response_owned(),
        }
    }
}
