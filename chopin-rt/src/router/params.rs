//! Path parameters: the values a route's `:name` and `*name` segments captured, borrowed from
//! the request target, and [`FromParam`], which parses one into a typed handler argument.

use std::borrow::Cow;
use std::fmt;

use crate::response::{IntoResponse, Response, Status};

/// Most parameters one route may declare (the `app!` macro refuses more at compile time).
pub const MAX_PARAMS: usize = 16;

/// The parameters captured by the matched route, in declaration order, still percent-encoded.
///
/// ```
/// use chopin_rt::router::Params;
/// let mut p = Params::new();
/// p.push("id", "42");
/// assert_eq!(p.get("id"), Some("42"));
/// assert_eq!(p.len(), 1);
/// ```
#[derive(Clone, Copy)]
pub struct Params<'p> {
    names: [&'static str; MAX_PARAMS],
    values: [&'p str; MAX_PARAMS],
    len: u8,
}

impl Default for Params<'_> {
    fn default() -> Self {
        Params::new()
    }
}

impl<'p> Params<'p> {
    /// No parameters.
    #[inline]
    pub const fn new() -> Params<'p> {
        Params { names: [""; MAX_PARAMS], values: [""; MAX_PARAMS], len: 0 }
    }

    /// Appends one (ignored past [`MAX_PARAMS`], which generated routers never reach).
    #[inline]
    pub fn push(&mut self, name: &'static str, value: &'p str) {
        let i = self.len as usize;
        if i < MAX_PARAMS {
            self.names[i] = name;
            self.values[i] = value;
            self.len += 1;
        }
    }

    /// Drops parameters past `len` (a matcher backtracking out of a branch).
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        if len < self.len as usize {
            self.len = len as u8;
        }
    }

    /// Number of parameters.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when the route captured nothing.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The raw (percent-encoded) value of parameter `name`.
    pub fn get(&self, name: &str) -> Option<&'p str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The `i`-th parameter as (name, raw value).
    #[inline]
    pub fn at(&self, i: usize) -> Option<(&'static str, &'p str)> {
        (i < self.len as usize).then(|| (self.names[i], self.values[i]))
    }

    /// Every parameter as (name, raw value), in declaration order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'p str)> + '_ {
        (0..self.len as usize).map(|i| (self.names[i], self.values[i]))
    }
}

impl fmt::Debug for Params<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Why a path parameter was refused; answered as `400 Bad Request` naming the parameter.
///
/// ```
/// use chopin_rt::router::{FromParam, ParamError};
/// let e = u8::from_param("300").unwrap_err();
/// assert_eq!(e.with_name("id").to_string(), "invalid path parameter `id`: expected an integer from 0 to 255");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamError {
    name: &'static str,
    expected: Cow<'static, str>,
}

impl ParamError {
    /// A refusal saying what was expected (`"an integer"`, `"a UUID"`, …).
    pub fn expected(what: impl Into<Cow<'static, str>>) -> ParamError {
        ParamError { name: "", expected: what.into() }
    }
    /// Names the parameter (generated code does this).
    pub fn with_name(mut self, name: &'static str) -> ParamError {
        self.name = name;
        self
    }
    /// The parameter's name.
    pub fn name(&self) -> &'static str {
        self.name
    }
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid path parameter `{}`: expected {}", self.name, self.expected)
    }
}

impl std::error::Error for ParamError {}

impl IntoResponse for ParamError {
    fn into_response(self) -> Response {
        super::error::client_error(Status::BAD_REQUEST, self.to_string())
    }
}

/// A type a path parameter parses into. Integers, floats, `bool`, `char`, `String` and
/// `Cow<str>` (percent-decoded, UTF-8 checked) and `&str` (raw, still percent-encoded) are
/// built in; implement it for your own identifiers.
///
/// ```
/// use chopin_rt::router::{FromParam, ParamError};
/// struct Slug(String);
/// impl<'r> FromParam<'r> for Slug {
///     fn from_param(raw: &'r str) -> Result<Self, ParamError> {
///         if raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
///             Ok(Slug(raw.to_string()))
///         } else {
///             Err(ParamError::expected("lowercase letters and dashes"))
///         }
///     }
/// }
/// assert!(Slug::from_param("hello-world").is_ok());
/// assert_eq!(u32::from_param("12"), Ok(12));
/// assert_eq!(String::from_param("caf%C3%A9").unwrap(), "café");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be parsed from a path parameter",
    label = "not a path parameter type",
    note = "path parameters parse into integers, floats, `bool`, `char`, `String`, `Cow<str>`, `&str` (raw) or a type implementing `chopin::router::FromParam`"
)]
pub trait FromParam<'r>: Sized {
    /// Parses the raw (percent-encoded) segment.
    fn from_param(raw: &'r str) -> Result<Self, ParamError>;
}

macro_rules! int_param {
    ($($t:ty),*) => {$(
        impl<'r> FromParam<'r> for $t {
            #[inline]
            fn from_param(raw: &'r str) -> Result<Self, ParamError> {
                raw.parse().map_err(|_| {
                    ParamError::expected(format!("an integer from {} to {}", <$t>::MIN, <$t>::MAX))
                })
            }
        }
    )*};
}

int_param!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);

macro_rules! parse_param {
    ($($t:ty => $what:expr),*) => {$(
        impl<'r> FromParam<'r> for $t {
            fn from_param(raw: &'r str) -> Result<Self, ParamError> {
                raw.parse().map_err(|_| ParamError::expected($what))
            }
        }
    )*};
}

parse_param!(f32 => "a number", f64 => "a number", bool => "`true` or `false`");

impl<'r> FromParam<'r> for char {
    fn from_param(raw: &'r str) -> Result<Self, ParamError> {
        let s = percent_decode(raw)?;
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(ParamError::expected("one character")),
        }
    }
}

impl<'r> FromParam<'r> for &'r str {
    #[inline]
    fn from_param(raw: &'r str) -> Result<Self, ParamError> {
        Ok(raw)
    }
}

impl<'r> FromParam<'r> for Cow<'r, str> {
    fn from_param(raw: &'r str) -> Result<Self, ParamError> {
        percent_decode(raw)
    }
}

impl<'r> FromParam<'r> for String {
    fn from_param(raw: &'r str) -> Result<Self, ParamError> {
        percent_decode(raw).map(Cow::into_owned)
    }
}

/// Decodes `%XX` escapes; the result must be UTF-8. Borrowed when there is nothing to decode.
///
/// ```
/// use chopin_rt::router::percent_decode;
/// assert_eq!(percent_decode("a%20b").unwrap(), "a b");
/// assert!(percent_decode("%zz").is_err());
/// assert!(percent_decode("%ff").is_err()); // not UTF-8
/// ```
pub fn percent_decode(raw: &str) -> Result<Cow<'_, str>, ParamError> {
    if !raw.contains('%') {
        return Ok(Cow::Borrowed(raw));
    }
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = |c: u8| (c as char).to_digit(16);
            match (b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                _ => return Err(ParamError::expected("valid percent-encoding (`%` and two hex digits)")),
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map(Cow::Owned).map_err(|_| ParamError::expected("UTF-8 text"))
}
