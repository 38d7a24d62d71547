//! How generated routes call handlers and middleware that `app!` cannot see (written outside
//! the macro): [`Handler`] and [`Middleware`] are implemented for functions of up to 12
//! extractor arguments, sync or async, so each call site resolves to direct calls with no
//! boxing. [`Outcome`], [`Step`] and the after-hooks ([`After`], [`Hooks`]) are what the
//! generated chain code composes at compile time.

use std::future::Future;
use std::marker::PhantomData;

use super::context::Context;
use super::extract::FromRequest;
use crate::response::{IntoResponse, Response};
use crate::service::Reply;

/// The pending type of sync handlers and middleware: a value that cannot exist. It is not a
/// `Future`, which is what lets [`DeferHandler`] and [`Resolve`] treat it apart without
/// putting `'static` bounds on sync routes.
pub struct Never<T>(std::convert::Infallible, PhantomData<T>);

/// Turns the pending value of a handler into a future (generated async chains await it).
pub trait Resolve {
    /// What the future yields.
    type Output;
    /// The future.
    fn resolve(self) -> impl Future<Output = Self::Output>;
}

impl<T> Resolve for Never<T> {
    type Output = T;
    fn resolve(self) -> impl Future<Output = T> {
        match self.0 {}
        #[allow(unreachable_code)]
        std::future::pending()
    }
}

impl<F: Future> Resolve for F {
    type Output = F::Output;
    #[inline(always)]
    fn resolve(self) -> impl Future<Output = F::Output> {
        self
    }
}

/// Turns the pending value of a middleware into a future of its [`Flow`].
pub trait ResolveFlow<A> {
    /// The future.
    fn resolve_flow(self) -> impl Future<Output = Flow<A>>;
}

impl<A, T> ResolveFlow<A> for Never<T> {
    fn resolve_flow(self) -> impl Future<Output = Flow<A>> {
        match self.0 {}
        #[allow(unreachable_code)]
        std::future::pending()
    }
}

impl<A, F> ResolveFlow<A> for F
where
    F: Future<Output: IntoFlow<After = A>>,
{
    #[inline(always)]
    fn resolve_flow(self) -> impl Future<Output = Flow<A>> {
        async move { self.await.into_flow() }
    }
}

/// What calling a handler produced: a value now, a refusal by an extractor, or a future.
pub enum Outcome<R, F> {
    /// The handler returned.
    Ready(R),
    /// An extractor refused; this is the response.
    Reject(Response),
    /// An async handler's future, to run on the worker's executor.
    Pending(F),
}

/// Marks the sync implementations of [`Handler`] and [`Middleware`].
pub struct IsSync;
/// Marks the async implementations of [`Handler`] and [`Middleware`].
pub struct IsAsync;

/// A function usable as a route's handler: every argument an extractor, the return value (or
/// the output of the returned future) an [`IntoResponse`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a handler",
    label = "not a handler",
    note = "a handler is a `fn` or `async fn` whose arguments are extractors (at most 12) and whose return type implements `IntoResponse`",
    note = "an async handler's arguments must be owned (`String`, `Vec<u8>`, `OwnedRequest`, `Rc<T>`…): its future outlives the request buffer"
)]
pub trait Handler<'r, S, Args, M> {
    /// The sync return type.
    type Output: IntoResponse;
    /// The async handler's future (`Never` for sync ones).
    type Future;
    /// Extracts the arguments and calls the function.
    fn call(&self, cx: &'r Context<'r>, state: &'r S) -> Outcome<Self::Output, Self::Future>;
}

/// A sync handler's return value as an [`Outcome`] (generated code for handlers in `app!`).
#[inline(always)]
pub fn ready_outcome<R: IntoResponse>(value: R) -> Outcome<R, Never<Response>> {
    Outcome::Ready(value)
}

/// An async handler's future as an [`Outcome`] (generated code for handlers in `app!`).
#[inline(always)]
pub fn pending_outcome<F: Future<Output: IntoResponse>>(fut: F) -> Outcome<Response, F> {
    Outcome::Pending(fut)
}

/// Calls handler `h` (generated code's entry point; inference picks the sync or async impl).
#[inline(always)]
pub fn call_handler<'r, S, A, M, H: Handler<'r, S, A, M>>(
    h: &H,
    cx: &'r Context<'r>,
    state: &'r S,
) -> Outcome<H::Output, H::Future> {
    h.call(cx, state)
}

macro_rules! extract_or {
    ($t:ident, $cx:ident, $st:ident, $reject:path) => {
        match <$t as FromRequest<'r, S>>::from_request($cx, $st) {
            Ok(v) => v,
            Err(r) => return $reject(r),
        }
    };
}

macro_rules! handler_impls {
    ($($t:ident),*) => {
        impl<'r, S, Func, R, $($t),*> Handler<'r, S, ($($t,)*), IsSync> for Func
        where
            Func: Fn($($t),*) -> R,
            R: IntoResponse,
            $($t: FromRequest<'r, S>,)*
        {
            type Output = R;
            type Future = Never<Response>;
            #[inline(always)]
            #[allow(unused_variables, non_snake_case)]
            fn call(&self, cx: &'r Context<'r>, st: &'r S) -> Outcome<R, Never<Response>> {
                $(let $t = extract_or!($t, cx, st, Outcome::Reject);)*
                Outcome::Ready(self($($t),*))
            }
        }

        impl<'r, S, Func, Fut, $($t),*> Handler<'r, S, ($($t,)*), IsAsync> for Func
        where
            Func: Fn($($t),*) -> Fut,
            Fut: Future<Output: IntoResponse>,
            $($t: FromRequest<'r, S>,)*
        {
            type Output = Response;
            type Future = Fut;
            #[inline(always)]
            #[allow(unused_variables, non_snake_case)]
            fn call(&self, cx: &'r Context<'r>, st: &'r S) -> Outcome<Response, Fut> {
                $(let $t = extract_or!($t, cx, st, Outcome::Reject);)*
                Outcome::Pending(self($($t),*))
            }
        }

        impl<'r, S, Func, F, $($t),*> Middleware<'r, S, ($($t,)*), IsSync> for Func
        where
            Func: Fn($($t),*) -> F,
            F: IntoFlow,
            $($t: FromRequest<'r, S>,)*
        {
            type After = F::After;
            type Future = Never<F::After>;
            #[inline(always)]
            #[allow(unused_variables, non_snake_case)]
            fn call(&self, cx: &'r Context<'r>, st: &'r S) -> Step<F::After, Self::Future> {
                $(let $t = extract_or!($t, cx, st, Step::Stop);)*
                match self($($t),*).into_flow() {
                    Flow::Next(a) => Step::Next(a),
                    Flow::Stop(r) => Step::Stop(r),
                }
            }
        }

        impl<'r, S, Func, Fut, $($t),*> Middleware<'r, S, ($($t,)*), IsAsync> for Func
        where
            Func: Fn($($t),*) -> Fut,
            Fut: Future<Output: IntoFlow>,
            $($t: FromRequest<'r, S>,)*
        {
            type After = <Fut::Output as IntoFlow>::After;
            type Future = Fut;
            #[inline(always)]
            #[allow(unused_variables, non_snake_case)]
            fn call(&self, cx: &'r Context<'r>, st: &'r S) -> Step<Self::After, Self::Future> {
                $(let $t = extract_or!($t, cx, st, Step::Stop);)*
                Step::Pending(self($($t),*))
            }
        }
    };
}

handler_impls!();
handler_impls!(T1);
handler_impls!(T1, T2);
handler_impls!(T1, T2, T3);
handler_impls!(T1, T2, T3, T4);
handler_impls!(T1, T2, T3, T4, T5);
handler_impls!(T1, T2, T3, T4, T5, T6);
handler_impls!(T1, T2, T3, T4, T5, T6, T7);
handler_impls!(T1, T2, T3, T4, T5, T6, T7, T8);
handler_impls!(T1, T2, T3, T4, T5, T6, T7, T8, T9);
handler_impls!(T1, T2, T3, T4, T5, T6, T7, T8, T9, T10);
handler_impls!(T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11);
handler_impls!(T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12);

/// Whether a middleware lets the request through (with an after-hook) or answers it.
pub enum Flow<A> {
    /// Go on; run `A` on the response afterwards.
    Next(A),
    /// Answer with this response; the handler and inner middleware are not called.
    Stop(Response),
}

/// What calling a middleware produced: [`Flow`] now, or a future of one (async middleware).
pub enum Step<A, F> {
    /// Go on.
    Next(A),
    /// Answer now.
    Stop(Response),
    /// An async middleware's future.
    Pending(F),
}

/// A middleware's return value: `()` (go on), an after-hook `FnOnce(&mut Response)` (go on,
/// then edit the response), or `Result<_, E>` of those where `Err(e)` answers with `e`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be returned from a middleware",
    note = "a middleware returns `()`, a closure `FnOnce(&mut Response)` run after the handler, or `Result<T, E>` of those with `E: IntoResponse` (an `Err` answers the request)"
)]
pub trait IntoFlow {
    /// The after-hook.
    type After: After;
    /// Converts.
    fn into_flow(self) -> Flow<Self::After>;
}

/// Work a middleware leaves for after the handler.
pub trait After {
    /// True for hooks that do nothing (so a chain of them keeps the zero-copy send path).
    const NOOP: bool = false;
    /// Edits the response.
    fn after(self, resp: &mut Response);
}

/// The hook of a middleware that acts only before the handler.
pub struct NoAfter;

impl After for NoAfter {
    const NOOP: bool = true;
    #[inline(always)]
    fn after(self, _: &mut Response) {}
}

impl<F: FnOnce(&mut Response)> After for F {
    #[inline(always)]
    fn after(self, resp: &mut Response) {
        self(resp)
    }
}

impl IntoFlow for () {
    type After = NoAfter;
    #[inline(always)]
    fn into_flow(self) -> Flow<NoAfter> {
        Flow::Next(NoAfter)
    }
}

impl<F: FnOnce(&mut Response)> IntoFlow for F {
    type After = F;
    #[inline(always)]
    fn into_flow(self) -> Flow<F> {
        Flow::Next(self)
    }
}

impl<T: IntoFlow, E: IntoResponse> IntoFlow for Result<T, E> {
    type After = T::After;
    #[inline(always)]
    fn into_flow(self) -> Flow<T::After> {
        match self {
            Ok(t) => t.into_flow(),
            Err(e) => Flow::Stop(e.into_response()),
        }
    }
}

/// A middleware function (sync or async) whose arguments are extractors.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a middleware",
    label = "not a middleware",
    note = "a middleware is a `fn` or `async fn` whose arguments are extractors and whose return type is `()`, a closure `FnOnce(&mut Response)`, or `Result` of those with an `IntoResponse` error"
)]
pub trait Middleware<'r, S, Args, M> {
    /// The after-hook.
    type After: After;
    /// The async middleware's future (`Never` for sync ones).
    type Future;
    /// Extracts the arguments and calls the function.
    fn call(&self, cx: &'r Context<'r>, state: &'r S) -> Step<Self::After, Self::Future>;
}

/// Calls middleware `m` (generated code's entry point).
#[inline(always)]
pub fn call_middleware<'r, S, A, M, W: Middleware<'r, S, A, M>>(
    m: &W,
    cx: &'r Context<'r>,
    state: &'r S,
) -> Step<W::After, W::Future> {
    m.call(cx, state)
}

/// The after-hooks collected along a chain, innermost first; run in that order.
pub trait Hooks {
    /// True when every hook is a no-op.
    const NOOP: bool;
    /// Runs them all.
    fn apply(self, resp: &mut Response);
}

impl Hooks for () {
    const NOOP: bool = true;
    #[inline(always)]
    fn apply(self, _: &mut Response) {}
}

macro_rules! hooks_tuple {
    ($($t:ident $i:tt),*) => {
        impl<$($t: After),*> Hooks for ($($t,)*) {
            const NOOP: bool = $($t::NOOP &&)* true;
            #[inline(always)]
            fn apply(self, resp: &mut Response) {
                $(self.$i.after(resp);)*
            }
        }
    };
}

hooks_tuple!(A 0);
hooks_tuple!(A 0, B 1);
hooks_tuple!(A 0, B 1, C 2);
hooks_tuple!(A 0, B 1, C 2, D 3);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14);
hooks_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11, M 12, N 13, O 14, P 15);

/// Sends `value` after running `hooks` on it. With no hooks (or only no-op ones) the value is
/// sent as it is, so typed bodies keep their direct write path.
#[inline(always)]
pub fn send<R: IntoResponse, H: Hooks>(reply: &mut Reply<'_>, value: R, hooks: H) {
    if H::NOOP {
        reply.send(value);
    } else {
        let mut resp = value.into_response();
        hooks.apply(&mut resp);
        reply.send(resp);
    }
}

/// Converts `value` and runs `hooks` on it (the async path).
#[inline(always)]
pub fn finish<R: IntoResponse, H: Hooks>(value: R, hooks: H) -> Response {
    let mut resp = value.into_response();
    hooks.apply(&mut resp);
    resp
}

/// [`finish`] for an answer that owns its data: a typed body (a `Json` value) stays typed
/// until the response is written.
#[inline(always)]
pub(crate) fn finish_owned<R: IntoResponse + 'static, H: Hooks>(value: R, hooks: H) -> Response {
    let mut resp = value.into_response_owned();
    hooks.apply(&mut resp);
    resp
}

/// Defers a pending handler: the future runs on the worker's executor and `hooks` run on its
/// response. Implemented for [`Never`] without bounds, so sync routes put no `'static`
/// requirement on their hooks.
pub trait DeferHandler<H> {
    /// Hands the future to the reply.
    fn defer_handler(self, reply: &mut Reply<'_>, hooks: H);
}

impl<H, T> DeferHandler<H> for Never<T> {
    #[inline(always)]
    fn defer_handler(self, _: &mut Reply<'_>, _: H) {
        match self.0 {}
    }
}

impl<H, F> DeferHandler<H> for F
where
    F: Future<Output: IntoResponse + 'static> + 'static,
    H: Hooks + 'static,
{
    fn defer_handler(self, reply: &mut Reply<'_>, hooks: H) {
        if H::NOOP {
            // The value itself is sent when the task is done (a `Json` value straight into
            // the connection's buffer, as a synchronous handler's).
            reply.defer(self);
        } else {
            reply.defer(crate::service::MapOutput::new(self, move |v| finish_owned(v, hooks)));
        }
    }
}

/// Continues a chain after an async middleware: awaits its [`Flow`] then runs `rest` (the
/// remaining middleware and the handler, on an owned copy of the request). Implemented for
/// [`Never`] without bounds, so sync middleware put no `'static` requirement on the chain.
pub trait DeferMiddleware<A, C, G> {
    /// Hands the continuation to the reply.
    fn defer_middleware(self, reply: &mut Reply<'_>, rest: C);
}

impl<A, C, G> DeferMiddleware<A, C, G> for Never<A>
where
    C: FnOnce(Flow<A>) -> G,
{
    #[inline(always)]
    fn defer_middleware(self, _: &mut Reply<'_>, _: C) {
        match self.0 {}
    }
}

impl<A, C, F, G> DeferMiddleware<A, C, G> for F
where
    F: Future<Output: IntoFlow<After = A>> + 'static,
    C: FnOnce(Flow<A>) -> G + 'static,
    G: Future<Output = Response> + 'static,
{
    fn defer_middleware(self, reply: &mut Reply<'_>, rest: C) {
        reply.defer(async move { rest(self.await.into_flow()).await });
    }
}

/// Ties the continuation closure's argument to the pending middleware's hook type (so the
/// closure's signature is known before it is handed over). The continuation gets the
/// middleware's [`Flow`]: on `Next` it runs the rest of the chain, on `Stop` it runs the outer
/// hooks on the refusal.
#[inline(always)]
pub fn bind_rest<A, P: PendingFlow<A>, C: FnOnce(Flow<A>) -> G, G>(_: &P, rest: C) -> C {
    rest
}

/// The pending value of a middleware whose flow carries hook type `A`.
pub trait PendingFlow<A> {}
impl<A> PendingFlow<A> for Never<A> {}
impl<A, F: Future<Output: IntoFlow<After = A>>> PendingFlow<A> for F {}

/// A hook that may not have run (middleware skipped by the async continuation).
impl<A: After> After for Option<A> {
    const NOOP: bool = A::NOOP;
    #[inline(always)]
    fn after(self, resp: &mut Response) {
        if let Some(a) = self {
            a.after(resp);
        }
    }
}

/// A declared state value taken by an argument marked `#[state]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot receive this state",
    note = "take a worker state as `&T` or `Rc<T>`, a shared state as `&T` or `Arc<T>`"
)]
pub trait FromState<'r, P>: Sized {
    /// Borrows or clones the state.
    fn from_state(p: &'r P) -> Self;
}

impl<'r, T> FromState<'r, std::rc::Rc<T>> for &'r T {
    #[inline(always)]
    fn from_state(p: &'r std::rc::Rc<T>) -> Self {
        p
    }
}
impl<'r, T> FromState<'r, std::rc::Rc<T>> for std::rc::Rc<T> {
    #[inline(always)]
    fn from_state(p: &'r std::rc::Rc<T>) -> Self {
        p.clone()
    }
}
impl<'r, T> FromState<'r, std::sync::Arc<T>> for &'r T {
    #[inline(always)]
    fn from_state(p: &'r std::sync::Arc<T>) -> Self {
        p
    }
}
impl<'r, T> FromState<'r, std::sync::Arc<T>> for std::sync::Arc<T> {
    #[inline(always)]
    fn from_state(p: &'r std::sync::Arc<T>) -> Self {
        p.clone()
    }
}

/// Parses path parameter `i` of the route as an argument (a refusal names the parameter).
#[inline(always)]
pub fn param_arg<'r, T: super::FromParam<'r>>(cx: &'r Context<'r>, i: usize) -> Result<T, Response> {
    let (name, raw) = cx.params().at(i).unwrap_or(("", ""));
    T::from_param(raw).map_err(|e| e.with_name(name).into_response())
}
