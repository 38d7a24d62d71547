//! One function per route: its middleware chain composed around its handler at compile time.
//! `__chopin_route_<n>` is the sync fast path (direct calls, no allocation); when an async
//! middleware or handler is pending, the rest runs as a task — `__chopin_route_<n>_from`, the
//! same chain as an `async fn` over an owned copy of the request.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{HandlerRef, Model, Route};
use crate::parse::MwRefDecl;
use crate::validate::arg_name;

pub(crate) fn emit_routes(m: &Model) -> TokenStream {
    let rt = super::rt();
    let mut out = Vec::new();
    let mut arms = Vec::new();
    for (id, r) in m.routes.iter().enumerate() {
        out.push(emit_route(m, id, r));
        let f = format_ident!("__chopin_route_{}", id);
        let id = Literal::u16_unsuffixed(id as u16);
        arms.push(quote!(#id => #f(app, cx, reply),));
    }
    quote! {
        /// Calls route `id`.
        #[inline]
        fn __chopin_dispatch<'r>(app: &'r App, id: u16, cx: &'r #rt::Context<'r>, reply: &mut #rt::Reply<'_>) {
            match id {
                #(#arms)*
                _ => reply.send(#rt::not_found()),
            }
        }
        #(#out)*
    }
}

/// The expression that calls middleware `mw`.
fn mw_call(mw: &MwRefDecl) -> TokenStream {
    let rt = super::rt();
    let path = &mw.path;
    let span = path.span();
    let target = if path.is_ident("body_limit") {
        let bytes = Literal::u64_unsuffixed(mw.limit.as_ref().map_or(0, crate::validate::size_bytes));
        quote_spanned!(span=> #rt::body_limit(#bytes))
    } else if let Some(args) = &mw.args {
        let args = args.iter();
        quote!(#path(#(#args),*))
    } else {
        quote!(#path)
    };
    quote_spanned!(span=> #rt::call_middleware(&#target, cx, app))
}

/// `(a_{k-1}, …, a_0,)`: the hooks collected so far, innermost first.
fn hooks(k: usize) -> TokenStream {
    let names = (0..k).rev().map(|i| format_ident!("__chopin_a{}", i));
    quote!((#(#names,)*))
}

fn emit_route(m: &Model, id: usize, r: &Route) -> TokenStream {
    let rt = super::rt();
    let name = format_ident!("__chopin_route_{}", id);
    let from = format_ident!("__chopin_route_{}_from", id);
    let k = r.chain.len();
    let mut sync_steps = Vec::new();
    for (i, mw) in r.chain.iter().enumerate() {
        let call = mw_call(mw);
        let a = format_ident!("__chopin_a{}", i);
        let before = hooks(i);
        let next = Literal::usize_unsuffixed(i + 1);
        sync_steps.push(quote! {
            let #a = match #call {
                #rt::Step::Next(a) => a,
                #rt::Step::Stop(r) => return #rt::send(reply, r, #before),
                #rt::Step::Pending(f) => {
                    let mut __chopin_owned = cx.to_owned();
                    let __chopin_app = ::std::clone::Clone::clone(app);
                    let __chopin_hooks = #before;
                    let rest = #rt::bind_rest(&f, move |flow| async move {
                        let mut r = match flow {
                            #rt::Flow::Next(a) => {
                                let mut __chopin_owned = __chopin_owned;
                                let cx = __chopin_owned.context();
                                let mut r = #from(&__chopin_app, &cx, #next).await;
                                #rt::After::after(a, &mut r);
                                r
                            }
                            #rt::Flow::Stop(r) => r,
                        };
                        #rt::Hooks::apply(__chopin_hooks, &mut r);
                        r
                    });
                    return #rt::DeferMiddleware::defer_middleware(f, reply, rest);
                }
            };
        });
    }
    let outcome = handler_outcome(m, r);
    let all = hooks(k);
    let sync_fn = quote! {
        #[inline]
        #[allow(unused_variables, unreachable_code, clippy::all)]
        fn #name<'r>(app: &'r App, cx: &'r #rt::Context<'r>, reply: &mut #rt::Reply<'_>) {
            #(#sync_steps)*
            let __chopin_out = #outcome;
            match __chopin_out {
                #rt::Outcome::Ready(v) => #rt::send(reply, v, #all),
                #rt::Outcome::Reject(r) => #rt::send(reply, r, #all),
                #rt::Outcome::Pending(f) => #rt::DeferHandler::defer_handler(f, reply, #all),
            }
        }
    };
    if k == 0 {
        return sync_fn;
    }
    // The async continuation: middleware 1.. (0 ran in the sync path), then the handler.
    let mut async_steps = Vec::new();
    for (i, mw) in r.chain.iter().enumerate().skip(1) {
        let call = mw_call(mw);
        let a = format_ident!("__chopin_a{}", i);
        let before = hooks_opt(i);
        let idx = Literal::usize_unsuffixed(i);
        async_steps.push(quote! {
            let #a = if start <= #idx {
                match #call {
                    #rt::Step::Next(a) => ::std::option::Option::Some(a),
                    #rt::Step::Stop(r) => return #rt::finish(r, #before),
                    #rt::Step::Pending(f) => match #rt::ResolveFlow::resolve_flow(f).await {
                        #rt::Flow::Next(a) => ::std::option::Option::Some(a),
                        #rt::Flow::Stop(r) => return #rt::finish(r, #before),
                    },
                }
            } else {
                ::std::option::Option::None
            };
        });
    }
    let all_opt = hooks_opt(k);
    quote! {
        #sync_fn

        #[allow(unused_variables, unreachable_code, clippy::all)]
        async fn #from<'r>(app: &'r App, cx: &'r #rt::Context<'r>, start: usize) -> #rt::Response {
            let __chopin_a0 = #rt::NoAfter;
            #(#async_steps)*
            let __chopin_out = #outcome;
            match __chopin_out {
                #rt::Outcome::Ready(v) => #rt::finish(v, #all_opt),
                #rt::Outcome::Reject(r) => #rt::finish(r, #all_opt),
                #rt::Outcome::Pending(f) => #rt::finish(#rt::Resolve::resolve(f).await, #all_opt),
            }
        }
    }
}

/// Hooks in the async continuation: middleware 1.. are `Option`s, slot 0 is a no-op (the
/// sync path applies the first middleware's hook itself).
fn hooks_opt(k: usize) -> TokenStream {
    let names = (0..k).rev().map(|i| format_ident!("__chopin_a{}", i));
    quote!((#(#names,)*))
}

/// The expression calling the route's handler, of type `Outcome<_, _>`.
fn handler_outcome(m: &Model, r: &Route) -> TokenStream {
    let rt = super::rt();
    match &r.handler {
        HandlerRef::Path(p) => quote_spanned!(p.span()=> #rt::call_handler(&#p, cx, app)),
        HandlerRef::Files(i) => {
            let field = format_ident!("__chopin_files_{}", i);
            quote! {
                #rt::Outcome::<#rt::Response, #rt::Never<#rt::Response>>::Ready(
                    app.#field.serve(cx.request(), cx.params().at(0).map_or("", |p| p.1))
                )
            }
        }
        HandlerRef::Health => quote! {
            #rt::Outcome::<&'static str, #rt::Never<#rt::Response>>::Ready("ok")
        },
        HandlerRef::Local(p, idx) => {
            let syn::Item::Fn(f) = &m.items[*idx] else { unreachable!("validated: a local handler is a fn") };
            let params = r.param_names();
            let mut lets = Vec::new();
            let mut args = Vec::new();
            for (i, arg) in f.sig.inputs.iter().enumerate() {
                let syn::FnArg::Typed(pt) = arg else { continue };
                let ty = &pt.ty;
                let v = format_ident!("__chopin_arg{}", i);
                let is_state = pt.attrs.iter().any(|a| a.path().is_ident("state"));
                let name = arg_name(pt).map(|n| n.to_string());
                let value = if is_state {
                    let field = arg_name(pt).expect("validated: a state argument is a name");
                    quote_spanned!(ty.span()=> ::std::result::Result::<#ty, #rt::Response>::Ok(#rt::FromState::from_state(&app.#field)))
                } else if let Some(k) = name.as_deref().and_then(|n| params.iter().position(|p| *p == n)) {
                    let k = Literal::usize_unsuffixed(k);
                    quote_spanned!(ty.span()=> #rt::param_arg::<#ty>(cx, #k))
                } else {
                    quote_spanned!(ty.span()=> <#ty as #rt::FromRequest<'r, App>>::from_request(cx, app))
                };
                lets.push(quote! {
                    let #v = match #value {
                        ::std::result::Result::Ok(v) => v,
                        ::std::result::Result::Err(r) => break '__chopin_h #rt::Outcome::Reject(r),
                    };
                });
                args.push(v);
            }
            // Spanned on the return type, so a type that cannot be a response is reported there.
            let ret = match &f.sig.output {
                syn::ReturnType::Default => f.sig.ident.span(),
                syn::ReturnType::Type(_, ty) => ty.span(),
            };
            let wrap = if f.sig.asyncness.is_some() {
                quote_spanned!(ret=> #rt::pending_outcome(__chopin_ret))
            } else {
                quote_spanned!(ret=> #rt::ready_outcome(__chopin_ret))
            };
            let call = quote!({
                let __chopin_ret = #p(#(#args),*);
                #wrap
            });
            quote! {
                '__chopin_h: {
                    #(#lets)*
                    #call
                }
            }
        }
    }
}
