//! [`Json`] on the request side: the body parsed with `serde_json` after the checks a JSON
//! endpoint owes its clients (415 for a body that is not declared JSON, 413 over the limit,
//! 400 naming the line, column and field of a parse error). Every rejection answers with a
//! JSON body `{"error":…}`.

use std::fmt;

use serde::de::DeserializeOwned;

use super::write::{write_int, write_str};
use super::Json;
use crate::response::{IntoResponse, Response, Status};

/// Why a request body was not accepted as [`Json`]. As a response it is the status with a
/// JSON body: `{"error":"…"}`, plus `"line"`, `"column"` and (when `serde` names one)
/// `"field"` for a body that did not parse.
///
/// ```
/// use chopin_rt::json::{Json, JsonRejection};
/// let err = Json::<u8>::from_parts(None, b"1", 8).unwrap_err();
/// assert_eq!(err, JsonRejection::UnsupportedMediaType);
/// assert_eq!(err.to_string(), "expected a request body with content type `application/json`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonRejection {
    /// 415: the `Content-Type` is missing or is not `application/json` or `*/*+json`.
    UnsupportedMediaType,
    /// 413: the body is longer than the limit (in bytes).
    TooLarge {
        /// The limit that was exceeded.
        limit: usize,
    },
    /// 400: the body is not valid JSON or does not fit the target type.
    Invalid {
        /// `serde_json`'s message, without its position suffix.
        message: String,
        /// 1-based line of the error (0 when `serde_json` reports none).
        line: usize,
        /// 1-based column of the error (0 when `serde_json` reports none).
        column: usize,
        /// The field the error is about, when the message names one (a missing, unknown or
        /// duplicate field).
        field: Option<String>,
    },
}

impl fmt::Display for JsonRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonRejection::UnsupportedMediaType => {
                f.write_str("expected a request body with content type `application/json`")
            }
            JsonRejection::TooLarge { limit } => {
                write!(f, "request body is larger than the limit of {limit} bytes")
            }
            JsonRejection::Invalid { message, line, column, .. } => {
                write!(f, "invalid JSON body at line {line} column {column}: {message}")
            }
        }
    }
}

impl std::error::Error for JsonRejection {}

impl JsonRejection {
    /// The status this rejection answers with.
    ///
    /// ```
    /// use chopin_rt::{json::JsonRejection, Status};
    /// assert_eq!(JsonRejection::TooLarge { limit: 1 }.status(), Status::PAYLOAD_TOO_LARGE);
    /// ```
    pub fn status(&self) -> Status {
        match self {
            JsonRejection::UnsupportedMediaType => Status::UNSUPPORTED_MEDIA_TYPE,
            JsonRejection::TooLarge { .. } => Status::PAYLOAD_TOO_LARGE,
            JsonRejection::Invalid { .. } => Status::BAD_REQUEST,
        }
    }

    /// The JSON body this rejection answers with.
    ///
    /// ```
    /// use chopin_rt::json::JsonRejection;
    /// assert_eq!(
    ///     JsonRejection::TooLarge { limit: 10 }.body(),
    ///     br#"{"error":"request body is larger than the limit of 10 bytes"}"#,
    /// );
    /// ```
    pub fn body(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(96);
        out.extend_from_slice(b"{\"error\":");
        match self {
            JsonRejection::Invalid { message, line, column, field } => {
                write_str(&mut out, message);
                out.extend_from_slice(b",\"line\":");
                write_int(&mut out, *line);
                out.extend_from_slice(b",\"column\":");
                write_int(&mut out, *column);
                if let Some(field) = field {
                    out.extend_from_slice(b",\"field\":");
                    write_str(&mut out, field);
                }
            }
            other => write_str(&mut out, &other.to_string()),
        }
        out.push(b'}');
        out
    }

    fn invalid(e: serde_json::Error) -> JsonRejection {
        let (line, column) = (e.line(), e.column());
        let full = e.to_string();
        let suffix = format!(" at line {line} column {column}");
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        let field = field_named(&message);
        JsonRejection::Invalid { message, line, column, field }
    }
}

impl IntoResponse for JsonRejection {
    fn into_response(self) -> Response {
        Response::json_bytes(self.body()).with_status(self.status())
    }
}

/// The field named by a `serde` message about a missing, unknown or duplicate field
/// (`` missing field `name` ``).
fn field_named(message: &str) -> Option<String> {
    ["missing field `", "unknown field `", "duplicate field `"].iter().find_map(|prefix| {
        let rest = message.strip_prefix(prefix)?;
        rest.find('`').map(|end| rest[..end].to_owned())
    })
}

/// True for `application/json` and any `type/subtype+json`, parameters (`; charset=utf-8`)
/// and case ignored.
pub(crate) fn is_json_content_type(value: &[u8]) -> bool {
    let essence = value.split(|&b| b == b';').next().unwrap_or_default();
    let essence = essence.trim_ascii();
    let Some(slash) = essence.iter().position(|&b| b == b'/') else { return false };
    let (ty, subtype) = (&essence[..slash], &essence[slash + 1..]);
    if ty.is_empty() || subtype.is_empty() {
        return false;
    }
    (ty.eq_ignore_ascii_case(b"application") && subtype.eq_ignore_ascii_case(b"json"))
        || (subtype.len() > 5 && subtype[subtype.len() - 5..].eq_ignore_ascii_case(b"+json"))
}

impl<T: DeserializeOwned> Json<T> {
    /// Parses a request body as JSON into `T`, after checking its `Content-Type` (415 unless
    /// JSON) and its size (413 over `limit` bytes); a body that does not parse is a 400 naming
    /// the line, column and, where `serde` reports one, the field.
    ///
    /// ```
    /// use chopin_rt::json::{Json, JsonRejection};
    ///
    /// #[derive(Debug, serde::Deserialize)]
    /// struct New { name: String }
    ///
    /// let Json(n) = Json::<New>::from_parts(Some(b"application/json"), br#"{"name":"x"}"#, 1024)?;
    /// assert_eq!(n.name, "x");
    ///
    /// let err = Json::<New>::from_parts(Some(b"application/json"), b"{}", 1024).unwrap_err();
    /// assert_eq!(err.body(), br#"{"error":"missing field `name`","line":1,"column":2,"field":"name"}"#);
    /// # Ok::<(), JsonRejection>(())
    /// ```
    pub fn from_parts(
        content_type: Option<&[u8]>,
        body: &[u8],
        limit: usize,
    ) -> Result<Json<T>, JsonRejection> {
        if !content_type.is_some_and(is_json_content_type) {
            return Err(JsonRejection::UnsupportedMediaType);
        }
        if body.len() > limit {
            return Err(JsonRejection::TooLarge { limit });
        }
        serde_json::from_slice(body).map(Json).map_err(JsonRejection::invalid)
    }
}

/// `Json<T>` as a handler argument: the body parsed as JSON (415 when the `Content-Type` is not
/// JSON, 400 naming the line, column and field; the server's `max_body` bounds the size).
///
/// ```
/// use chopin_rt::json::Json;
/// use chopin_rt::router::{Context, FromRequest};
/// use chopin_rt::{Method, OwnedRequest};
///
/// #[derive(serde::Deserialize)]
/// struct New { name: String }
///
/// let r = OwnedRequest::new(Method::Post, "/", &[("Content-Type", "application/json")], br#"{"name":"x"}"#);
/// let cx = Context::without_params(r.as_request());
/// let Json(n) = Json::<New>::from_request(&cx, &()).unwrap();
/// assert_eq!(n.name, "x");
///
/// let r = OwnedRequest::new(Method::Post, "/", &[("Content-Type", "text/plain")], b"{}");
/// let cx = Context::without_params(r.as_request());
/// assert_eq!(Json::<New>::from_request(&cx, &()).err().unwrap().status().as_u16(), 415);
/// ```
impl<'r, S, T: DeserializeOwned> crate::router::FromRequest<'r, S> for Json<T> {
    fn from_request(cx: &'r crate::router::Context<'r>, _: &'r S) -> Result<Self, Response> {
        Json::from_parts(cx.header("content-type"), cx.body(), usize::MAX).map_err(IntoResponse::into_response)
    }
}
