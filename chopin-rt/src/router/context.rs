//! [`Context`]: one request as the generated router hands it to middleware and handlers — the
//! borrowed [`Request`], the matched route's [`Params`] and request-scoped values middleware
//! leave for the handler. [`OwnedContext`] is its owned form, for the rest of a chain that
//! continues after an async middleware.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::ops::Deref;

use super::params::Params;
use crate::request::{OwnedRequest, Request};

/// Request-scoped values, keyed by type. `None` (nothing to drop but a null check) unless a
/// middleware inserts.
#[derive(Default)]
struct Extensions(Option<Box<ExtMap>>);

/// The stored values and their types.
type ExtMap = Vec<(TypeId, Box<dyn Any>)>;

/// The request, its route parameters and request-scoped values. Dereferences to [`Request`].
///
/// ```
/// use chopin_rt::router::{Context, Params};
/// use chopin_rt::{Method, OwnedRequest};
/// let owned = OwnedRequest::new(Method::Get, "/users/7?full=1", &[], b"");
/// let mut params = Params::new();
/// params.push("id", "7");
/// let cx = Context::new(owned.as_request(), &params);
/// assert_eq!(cx.param("id"), Some("7"));
/// assert_eq!(cx.query(), Some("full=1"));
///
/// struct UserId(u32);
/// cx.insert(UserId(7));
/// assert_eq!(cx.get::<UserId, _>(|u| u.map(|u| u.0)), Some(7));
/// ```
pub struct Context<'r> {
    req: Request<'r>,
    /// `None` for a route without parameters (nothing to fill, nothing to copy).
    params: Option<&'r Params<'r>>,
    /// Dropped by `Context`'s own `Drop` (an inlined null check), not by drop glue.
    ext: ManuallyDrop<RefCell<Extensions>>,
}

impl Drop for Context<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(map) = self.ext.get_mut().0.take() {
            drop_extensions(map);
        }
    }
}

#[inline(never)]
fn drop_extensions(map: Box<ExtMap>) {
    drop(map);
}

/// The parameters of a route that has none.
static NO_PARAMS: Params<'static> = Params::new();

impl<'r> Context<'r> {
    /// Wraps a request and the parameters its route captured.
    #[inline]
    pub fn new(req: Request<'r>, params: &'r Params<'r>) -> Context<'r> {
        Context { req, params: Some(params), ext: ManuallyDrop::new(RefCell::new(Extensions::default())) }
    }

    /// Wraps a request whose route captured no parameters.
    #[inline]
    pub fn without_params(req: Request<'r>) -> Context<'r> {
        Context { req, params: None, ext: ManuallyDrop::new(RefCell::new(Extensions::default())) }
    }

    /// The request.
    #[inline]
    pub fn request(&self) -> &Request<'r> {
        &self.req
    }

    /// The route's parameters.
    #[inline]
    pub fn params(&self) -> &Params<'r> {
        self.params.unwrap_or(&NO_PARAMS)
    }

    /// The raw (percent-encoded) value of path parameter `name`.
    #[inline]
    pub fn param(&self, name: &str) -> Option<&'r str> {
        self.params().get(name)
    }

    /// Stores a request-scoped value (replacing one of the same type). Middleware use it to
    /// hand what they learnt (a user id, a start time) to later middleware and the handler.
    pub fn insert<T: 'static>(&self, value: T) {
        let mut ext = self.ext.borrow_mut();
        let id = TypeId::of::<T>();
        let map = ext.0.get_or_insert_with(Box::default);
        match map.iter_mut().find(|(t, _)| *t == id) {
            Some(slot) => slot.1 = Box::new(value),
            None => map.push((id, Box::new(value))),
        }
    }

    /// Calls `f` with the stored value of type `T`, if any.
    pub fn get<T: 'static, R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        let ext = self.ext.borrow();
        let id = TypeId::of::<T>();
        let map = ext.0.as_deref().map_or(&[][..], Vec::as_slice);
        f(map.iter().find(|(t, _)| *t == id).and_then(|(_, v)| v.downcast_ref::<T>()))
    }

    /// Removes and returns the stored value of type `T`.
    pub fn take<T: 'static>(&self) -> Option<T> {
        let mut ext = self.ext.borrow_mut();
        let id = TypeId::of::<T>();
        let map = ext.0.as_mut()?;
        let i = map.iter().position(|(t, _)| *t == id)?;
        map.swap_remove(i).1.downcast::<T>().ok().map(|b| *b)
    }

    /// Copies the request and parameters and moves the request-scoped values into an
    /// [`OwnedContext`] (what an async continuation of the chain runs on).
    pub fn to_owned(&self) -> OwnedContext {
        OwnedContext {
            req: self.req.to_owned(),
            params: self.params().iter().map(|(n, v)| (n, v.to_string())).collect(),
            ext: std::mem::take(&mut *self.ext.borrow_mut()),
        }
    }
}

impl<'r> Deref for Context<'r> {
    type Target = Request<'r>;
    #[inline]
    fn deref(&self) -> &Request<'r> {
        &self.req
    }
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context").field("request", &self.req).field("params", self.params()).finish()
    }
}

/// An owned [`Context`]: the request copied, the parameters as strings, the request-scoped
/// values moved over.
pub struct OwnedContext {
    req: OwnedRequest,
    params: Vec<(&'static str, String)>,
    ext: Extensions,
}

impl OwnedContext {
    /// Borrows it as a [`Context`], its parameters written into `slot` (the request-scoped
    /// values move into the context).
    ///
    /// ```
    /// use chopin_rt::router::{Context, Params};
    /// use chopin_rt::{Method, OwnedRequest};
    /// let r = OwnedRequest::new(Method::Get, "/u/7", &[], b"");
    /// let mut p = Params::new();
    /// p.push("id", "7");
    /// let cx = Context::new(r.as_request(), &p);
    /// cx.insert(5u8);
    /// let mut owned = cx.to_owned();
    /// let mut slot = Params::new();
    /// let again = owned.context(&mut slot);
    /// assert_eq!((again.param("id"), again.take::<u8>()), (Some("7"), Some(5)));
    /// ```
    pub fn context<'a>(&'a mut self, slot: &'a mut Params<'a>) -> Context<'a> {
        for (n, v) in &self.params {
            slot.push(n, v);
        }
        let params = if self.params.is_empty() { None } else { Some(&*slot) };
        Context { req: self.req.as_request(), params, ext: ManuallyDrop::new(RefCell::new(std::mem::take(&mut self.ext))) }
    }
}
