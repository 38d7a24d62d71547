//! The parsed request head: methods, versions, byte spans into the read buffer, limits and the
//! parse error enum (each error knows its status code).

use std::fmt;

/// The largest number of header fields any request may carry; [`Limits::max_headers`] may be
/// set lower. The header array is this size, allocated once per worker.
pub const MAX_HEADERS: usize = 128;

/// A byte range `start..end` into the buffer the head was parsed from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// Builds a span from `usize` offsets (heads are bounded far below `u32::MAX`).
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    /// The bytes of this span in `buf`.
    #[inline]
    pub fn get<'a>(&self, buf: &'a [u8]) -> &'a [u8] {
        &buf[self.start as usize..self.end as usize]
    }
    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    /// True when the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// One header field: name and value (value without surrounding whitespace).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeaderSpan {
    /// The field name as sent (case preserved).
    pub name: Span,
    /// The field value, optional whitespace trimmed.
    pub value: Span,
}

/// The request method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Method {
    /// `GET`
    Get,
    /// `HEAD`
    Head,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
    /// `OPTIONS`
    Options,
    /// `CONNECT`
    Connect,
    /// `TRACE`
    Trace,
    /// Any other token; its text is [`Head::method_span`].
    Other,
}

impl Method {
    /// The canonical upper-case name (`"OTHER"` for extension methods).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
            Method::Options => "OPTIONS",
            Method::Connect => "CONNECT",
            Method::Trace => "TRACE",
            Method::Other => "OTHER",
        }
    }
}

/// The protocol version of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// `HTTP/1.0`
    Http10,
    /// `HTTP/1.1` (and later 1.x minors, which are compatible)
    Http11,
}

/// What the `Expect` header asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Expect {
    /// No `Expect` header.
    #[default]
    None,
    /// `Expect: 100-continue`.
    Continue,
    /// Any other expectation: answered with 417.
    Unknown,
}

/// Tokens seen in `Connection` headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ConnectionFlags {
    /// `close` was listed.
    pub close: bool,
    /// `keep-alive` was listed.
    pub keep_alive: bool,
    /// `upgrade` was listed.
    pub upgrade: bool,
}

/// A complete, validated request head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    /// The method.
    pub method: Method,
    /// The method token as sent.
    pub method_span: Span,
    /// The request-target exactly as sent.
    pub target: Span,
    /// The path: for origin-form the part before `?`; for absolute-form the path after the
    /// authority (`/` when absent is represented by an empty span, see [`Head::path_is_root`]);
    /// for asterisk-form the `*`.
    pub path: Span,
    /// The query after `?`, without the `?`.
    pub query: Option<Span>,
    /// True for an absolute-form target without a path (`http://host`), which means `/`.
    pub path_is_root: bool,
    /// The protocol version.
    pub version: Version,
    /// Number of entries written to the header array.
    pub header_count: usize,
    /// Bytes of the head including the final empty line (and a tolerated leading CRLF).
    pub head_len: usize,
    /// `Content-Length`, when present.
    pub content_length: Option<u64>,
    /// True when `Transfer-Encoding: chunked` frames the body.
    pub chunked: bool,
    /// `Connection` tokens.
    pub connection: ConnectionFlags,
    /// The `Expect` header.
    pub expect: Expect,
    /// The authority: from an absolute-form target, else the `Host` header.
    pub host: Option<Span>,
}

impl Head {
    /// Whether the connection stays open after this request, by the version's default and the
    /// `Connection` tokens (RFC 9112 §9.3).
    #[inline]
    pub fn keep_alive(&self) -> bool {
        match self.version {
            Version::Http11 => !self.connection.close,
            Version::Http10 => self.connection.keep_alive && !self.connection.close,
        }
    }
    /// Whether a body follows the head.
    #[inline]
    pub fn has_body(&self) -> bool {
        self.chunked || self.content_length.is_some_and(|n| n > 0)
    }
}

/// Size limits applied while parsing a head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Longest request-target accepted; longer gets 414.
    pub max_target: usize,
    /// Largest head (request line plus header section) accepted; larger gets 431.
    pub max_head: usize,
    /// Most header fields accepted (at most [`MAX_HEADERS`]); more gets 431.
    pub max_headers: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_target: 8 * 1024, max_head: 16 * 1024, max_headers: 64 }
    }
}

/// Why a request head was refused. Each variant maps to one status code ([`ParseError::status`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The request line is not `method SP target SP version`.
    BadRequestLine,
    /// The method is not a token.
    BadMethod,
    /// The request-target has a forbidden byte or an invalid form.
    BadTarget,
    /// The version is not `HTTP/<digit>.<digit>` (e.g. `http/1.1`, `HTTP/1.10`).
    BadVersion,
    /// A well-formed version other than HTTP/1.x (505).
    UnsupportedVersion,
    /// A line ended in LF without CR.
    BareLf,
    /// A CR not followed by LF.
    BareCr,
    /// More than one empty line before the request line.
    LeadingEmptyLines,
    /// A header name that is empty or not a token.
    BadHeaderName,
    /// Whitespace between a header name and the colon.
    SpaceBeforeColon,
    /// A header line without a colon.
    MissingColon,
    /// A header value with NUL or another control character.
    BadHeaderValue,
    /// A header line starting with whitespace (obs-fold).
    ObsFold,
    /// An HTTP/1.1 request without `Host`.
    MissingHost,
    /// More than one `Host` header.
    DuplicateHost,
    /// A `Content-Length` that is not a plain decimal number that fits in 64 bits.
    BadContentLength,
    /// More than one `Content-Length` header.
    DuplicateContentLength,
    /// Both `Content-Length` and `Transfer-Encoding`.
    ContentLengthWithTransferEncoding,
    /// `Transfer-Encoding` in an HTTP/1.0 request.
    TransferEncodingInHttp10,
    /// A `Transfer-Encoding` whose final coding is not `chunked`, or `chunked` twice.
    BadTransferEncoding,
    /// A transfer coding this server does not implement (501).
    UnknownTransferEncoding,
    /// The request-target is longer than the limit (414).
    TargetTooLong,
    /// The head is larger than the limit (431).
    HeadTooLarge,
    /// More header fields than the limit (431).
    TooManyHeaders,
}

impl ParseError {
    /// The status code this error is answered with.
    pub fn status(self) -> u16 {
        match self {
            ParseError::UnsupportedVersion => 505,
            ParseError::UnknownTransferEncoding => 501,
            ParseError::TargetTooLong => 414,
            ParseError::HeadTooLarge | ParseError::TooManyHeaders => 431,
            _ => 400,
        }
    }
    /// One lowercase sentence describing the error (sent as the 4xx body).
    pub fn reason(self) -> &'static str {
        match self {
            ParseError::BadRequestLine => "malformed request line",
            ParseError::BadMethod => "invalid method token",
            ParseError::BadTarget => "invalid request target",
            ParseError::BadVersion => "malformed http version",
            ParseError::UnsupportedVersion => "http version not supported",
            ParseError::BareLf => "line ends in a bare lf",
            ParseError::BareCr => "bare cr in request head",
            ParseError::LeadingEmptyLines => "more than one empty line before the request line",
            ParseError::BadHeaderName => "invalid header name",
            ParseError::SpaceBeforeColon => "whitespace between header name and colon",
            ParseError::MissingColon => "header line without a colon",
            ParseError::BadHeaderValue => "invalid character in header value",
            ParseError::ObsFold => "obsolete line folding is not accepted",
            ParseError::MissingHost => "http/1.1 request without host",
            ParseError::DuplicateHost => "more than one host header",
            ParseError::BadContentLength => "invalid content-length",
            ParseError::DuplicateContentLength => "more than one content-length header",
            ParseError::ContentLengthWithTransferEncoding => {
                "content-length together with transfer-encoding"
            }
            ParseError::TransferEncodingInHttp10 => "transfer-encoding in an http/1.0 request",
            ParseError::BadTransferEncoding => "final transfer coding is not chunked",
            ParseError::UnknownTransferEncoding => "transfer coding not implemented",
            ParseError::TargetTooLong => "request target too long",
            ParseError::HeadTooLarge => "request header section too large",
            ParseError::TooManyHeaders => "too many header fields",
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason())
    }
}

impl std::error::Error for ParseError {}
