//! Code generation from the model, one file per artifact: `router` (perfect hash, segment
//! matchers, endpoint tables), `route` (one function per route composing its middleware around
//! its handler), `app` (the `App` type, its settings, state and `Service` impl).
//! Generated code names runtime items only through `::chopin::__private`.

mod app;
mod route;
mod router;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Model;

/// The path every generated reference to the runtime starts with.
pub(crate) fn rt() -> TokenStream {
    quote!(::chopin::__private)
}

/// The whole expansion.
pub(crate) fn emit(model: &Model) -> TokenStream {
    let items = model.items.iter().map(strip_state_attrs);
    let app_struct = app::emit_struct(model);
    let app_impls = app::emit_impls(model);
    let router = router::emit_router(model);
    let routes = route::emit_routes(model);
    quote! {
        #(#items)*
        #app_struct
        const _: () = {
            #app_impls
            #router
            #routes
        };
    }
}

/// The stub emitted after errors: an `App` with the same API that answers 500, so code that
/// uses it does not add errors of its own.
pub(crate) fn emit_stub(items: &[syn::Item]) -> TokenStream {
    let rt = rt();
    let items = items.iter().map(strip_state_attrs);
    quote! {
        #(#items)*
        /// The service (not built: `app!` reported errors).
        #[derive(Clone)]
        pub struct App;
        #[allow(dead_code)]
        impl App {
            pub fn config() -> #rt::Config { #rt::Config::default() }
            pub fn serve() -> ::std::io::Result<()> { ::std::unreachable!() }
            pub fn bind(_addr: impl ::std::convert::Into<::std::string::String>) -> ::std::io::Result<()> { ::std::unreachable!() }
            pub fn serve_with(_cfg: #rt::Config) -> ::std::io::Result<()> { ::std::unreachable!() }
            pub fn start(_cfg: #rt::Config) -> ::std::io::Result<#rt::ServerHandle> { ::std::unreachable!() }
            pub fn test_client() -> #rt::TestClient<App> { ::std::unreachable!() }
        }
        impl #rt::Service for App {
            fn call(&self, _req: &#rt::Request<'_>, _reply: &mut #rt::Reply<'_>) { ::std::unreachable!() }
        }
    }
}

/// Handlers written inside `app!` keep their text, minus the `#[state]` markers on arguments.
fn strip_state_attrs(item: &syn::Item) -> TokenStream {
    let syn::Item::Fn(f) = item else { return quote!(#item) };
    let mut f = f.clone();
    for arg in f.sig.inputs.iter_mut() {
        if let syn::FnArg::Typed(pt) = arg {
            pt.attrs.retain(|a| !a.path().is_ident("state"));
        }
    }
    quote!(#f)
}
