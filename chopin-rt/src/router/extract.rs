//! Extractors: [`FromRequest`] turns the request into one typed handler or middleware
//! argument. Borrowing extractors (`&Context`, `&str`, `Header`) cost nothing; owned ones are
//! what async handlers take, since their future outlives the connection's buffer.

use std::borrow::Cow;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;

use super::context::Context;
use super::error::client_error;
use super::params::{FromParam, Params};
use crate::http::Method;
use crate::request::{OwnedRequest, Request};
use crate::response::{Response, Status};

/// A type a handler or middleware argument can be: built from the request (and the app's
/// per-worker value `S`) before the call. A refusal is the response sent instead.
///
/// `S` is the `App` type that `app!` generates; extractors that do not need it are generic over
/// it. The declared state of an `app!` (`&T`, `Rc<T>`, `Arc<T>`) is extracted through impls the
/// macro writes for its `App`.
///
/// ```
/// use chopin_rt::router::{Context, FromRequest};
/// use chopin_rt::Response;
///
/// /// The caller's API key, required.
/// struct ApiKey(String);
///
/// impl<'r, S> FromRequest<'r, S> for ApiKey {
///     fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
///         match cx.header_str("x-api-key") {
///             Some(k) => Ok(ApiKey(k.to_string())),
///             None => Err(chopin_rt::router::Error::unauthorized("missing x-api-key").into_response()),
///         }
///     }
/// }
/// # use chopin_rt::IntoResponse;
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an extractor",
    label = "this argument cannot be taken from a request",
    note = "arguments of handlers and middleware are extractors: `&Context`, `Request`, `Method`, `Path<T>`, `Query<T>`, `Form<T>`, `Json<T>`, `Header<N>`, `&[u8]`, `&str`, `Vec<u8>`, `String` (the body), `OwnedRequest`, `Option<E>` of an extractor, declared state (`&T`, `Rc<T>`, `Arc<T>`), the app's one `postgres` pool (`Pool`, `&Pool`; with several, `#[state] name: Pool`), or a type implementing `chopin::router::FromRequest`",
    note = "a path parameter is taken by naming the argument like the parameter (in a handler written inside `app!`) or with `Path<T>`"
)]
pub trait FromRequest<'r, S>: Sized {
    /// Builds the value, or the response to send instead.
    fn from_request(cx: &'r Context<'r>, state: &'r S) -> Result<Self, Response>;
}

impl<'r, S> FromRequest<'r, S> for &'r Context<'r> {
    #[inline]
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(cx)
    }
}

impl<'r, S> FromRequest<'r, S> for Request<'r> {
    #[inline]
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(*cx.request())
    }
}

impl<'r, S> FromRequest<'r, S> for Method {
    #[inline]
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(cx.method())
    }
}

impl<'r, S> FromRequest<'r, S> for OwnedRequest {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(cx.request().to_owned())
    }
}

/// The body, borrowed.
impl<'r, S> FromRequest<'r, S> for &'r [u8] {
    #[inline]
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(cx.body())
    }
}

/// The body, copied.
impl<'r, S> FromRequest<'r, S> for Vec<u8> {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        Ok(cx.body().to_vec())
    }
}

/// The body as UTF-8 text (400 when it is not).
impl<'r, S> FromRequest<'r, S> for &'r str {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        std::str::from_utf8(cx.body()).map_err(|e| {
            client_error(Status::BAD_REQUEST, format!("the request body is not UTF-8 (byte {})", e.valid_up_to()))
        })
    }
}

/// The body as UTF-8 text, copied.
impl<'r, S> FromRequest<'r, S> for String {
    fn from_request(cx: &'r Context<'r>, s: &'r S) -> Result<Self, Response> {
        <&str as FromRequest<'r, S>>::from_request(cx, s).map(str::to_string)
    }
}

/// `None` when the inner extractor refuses (a missing header, a bad query…).
impl<'r, S, T: FromRequest<'r, S>> FromRequest<'r, S> for Option<T> {
    #[inline]
    fn from_request(cx: &'r Context<'r>, s: &'r S) -> Result<Self, Response> {
        Ok(T::from_request(cx, s).ok())
    }
}

/// The inner extractor's outcome, refusal included, for handlers that answer it themselves.
impl<'r, S, T: FromRequest<'r, S>> FromRequest<'r, S> for Result<T, Response> {
    #[inline]
    fn from_request(cx: &'r Context<'r>, s: &'r S) -> Result<Self, Response> {
        Ok(T::from_request(cx, s))
    }
}

/// Path parameters by position: `Path<u32>` for a route with one parameter, `Path<(A, B)>`
/// for two… A parse failure is a 400 naming the parameter.
///
/// (In a handler written inside `app!`, naming an argument like the parameter is simpler:
/// `fn show(id: u32)` for `"/users/:id"`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Path<T>(pub T);

/// What [`Path`] can hold: one [`FromParam`] value or a tuple of them.
#[diagnostic::on_unimplemented(
    message = "`Path<{Self}>` cannot hold these path parameters",
    note = "use `Path<T>` for one parameter or a tuple `Path<(A, B, ..)>`, each a `FromParam` type"
)]
pub trait FromParams<'r>: Sized {
    /// Parses the route's parameters.
    fn from_params(p: &Params<'r>) -> Result<Self, Response>;
}

fn param_at<'r, T: FromParam<'r>>(p: &Params<'r>, i: usize, want: usize) -> Result<T, Response> {
    if p.len() != want {
        eprintln!("chopin: `Path` expects {want} parameter(s) but the route captured {}", p.len());
        return Err(Response::error(Status::INTERNAL_SERVER_ERROR, ""));
    }
    let (name, raw) = p.at(i).expect("index checked against the length");
    T::from_param(raw).map_err(|e| crate::IntoResponse::into_response(e.with_name(name)))
}

macro_rules! single_param {
    ($($t:ty),*) => {$(
        impl<'r> FromParams<'r> for $t {
            fn from_params(p: &Params<'r>) -> Result<Self, Response> {
                param_at(p, 0, 1)
            }
        }
    )*};
}

single_param!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize, f32, f64, bool, char, String);

impl<'r> FromParams<'r> for &'r str {
    fn from_params(p: &Params<'r>) -> Result<Self, Response> {
        param_at(p, 0, 1)
    }
}

impl<'r> FromParams<'r> for Cow<'r, str> {
    fn from_params(p: &Params<'r>) -> Result<Self, Response> {
        param_at(p, 0, 1)
    }
}

macro_rules! tuple_params {
    ($n:expr; $($t:ident $i:tt),*) => {
        impl<'r, $($t: FromParam<'r>),*> FromParams<'r> for ($($t,)*) {
            fn from_params(p: &Params<'r>) -> Result<Self, Response> {
                Ok(($(param_at::<$t>(p, $i, $n)?,)*))
            }
        }
    };
}

tuple_params!(1; A 0);
tuple_params!(2; A 0, B 1);
tuple_params!(3; A 0, B 1, C 2);
tuple_params!(4; A 0, B 1, C 2, D 3);
tuple_params!(5; A 0, B 1, C 2, D 3, E 4);
tuple_params!(6; A 0, B 1, C 2, D 3, E 4, F 5);

impl<'r, S, T: FromParams<'r>> FromRequest<'r, S> for Path<T> {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        T::from_params(cx.params()).map(Path)
    }
}

/// The query string deserialised into `T` (serde). A missing query is an empty one, so a
/// struct of `Option`s and defaults always extracts. A failure is a 400 whose JSON body names
/// the field.
///
/// ```
/// use chopin_rt::router::{Context, FromRequest, Params, Query};
/// use chopin_rt::{Method, OwnedRequest, Status};
/// #[derive(serde::Deserialize)]
/// struct Page { page: u32, q: Option<String> }
///
/// let r = OwnedRequest::new(Method::Get, "/s?page=2&q=a%20b", &[], b"");
/// let cx = Context::without_params(r.as_request());
/// let Query(p) = Query::<Page>::from_request(&cx, &()).unwrap();
/// assert_eq!((p.page, p.q.as_deref()), (2, Some("a b")));
///
/// let r = OwnedRequest::new(Method::Get, "/s?page=two", &[], b"");
/// let cx = Context::without_params(r.as_request());
/// let err = Query::<Page>::from_request(&cx, &()).err().unwrap();
/// assert_eq!(err.status(), Status::BAD_REQUEST);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query<T>(pub T);

impl<'r, S, T: DeserializeOwned> FromRequest<'r, S> for Query<T> {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        urlencoded(cx.query().unwrap_or("").as_bytes(), "query string").map(Query)
    }
}

/// An `application/x-www-form-urlencoded` body deserialised into `T` (serde): 415 for another
/// content type, 400 naming the field on a bad value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form<T>(pub T);

impl<'r, S, T: DeserializeOwned> FromRequest<'r, S> for Form<T> {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        let ct = cx.header("content-type").unwrap_or(b"");
        let essence = ct.split(|&b| b == b';').next().unwrap_or(b"");
        if !essence.trim_ascii().eq_ignore_ascii_case(b"application/x-www-form-urlencoded") {
            return Err(client_error(
                Status::UNSUPPORTED_MEDIA_TYPE,
                "expected a body of type `application/x-www-form-urlencoded`",
            ));
        }
        urlencoded(cx.body(), "form body").map(Form)
    }
}

fn urlencoded<T: DeserializeOwned>(input: &[u8], what: &str) -> Result<T, Response> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded_parse(input));
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let msg = if path.is_empty() || path == "." {
            format!("invalid {what}: {inner}")
        } else {
            format!("invalid {what}: field `{path}`: {inner}")
        };
        client_error(Status::BAD_REQUEST, msg)
    })
}

fn form_urlencoded_parse(input: &[u8]) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(input)
}

/// The name of a header, for [`Header`].
///
/// ```
/// use chopin_rt::router::HeaderName;
/// struct ApiKey;
/// impl HeaderName for ApiKey {
///     const NAME: &'static str = "x-api-key";
/// }
/// ```
pub trait HeaderName {
    /// The header's name (matched case-insensitively).
    const NAME: &'static str;
}

/// The value of header `N` (its first occurrence); a 400 naming the header when it is missing
/// (take `Option<Header<N>>` when it is optional).
pub struct Header<'r, N> {
    value: &'r [u8],
    _name: PhantomData<N>,
}

impl<'r, N> Header<'r, N> {
    /// The raw value.
    pub fn as_bytes(&self) -> &'r [u8] {
        self.value
    }
    /// The value as text, when it is UTF-8.
    pub fn to_str(&self) -> Option<&'r str> {
        std::str::from_utf8(self.value).ok()
    }
}

impl<N: HeaderName> std::fmt::Debug for Header<'_, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", N::NAME, String::from_utf8_lossy(self.value))
    }
}

impl<'r, S, N: HeaderName> FromRequest<'r, S> for Header<'r, N> {
    fn from_request(cx: &'r Context<'r>, _: &'r S) -> Result<Self, Response> {
        match cx.header(N::NAME) {
            Some(value) => Ok(Header { value, _name: PhantomData }),
            None => Err(client_error(Status::BAD_REQUEST, format!("missing header `{}`", N::NAME))),
        }
    }
}
