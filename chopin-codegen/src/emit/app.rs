//! The `App` type: one value per worker holding its state, the settings from `server { .. }`,
//! the entry points (`serve`, `bind`, `start`, `test_client`) and the `Service` impl that
//! routes each request to its route function.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::Model;
use crate::parse::ValueDecl;
use crate::validate::{DURATION_UNITS, SIZE_UNITS};

pub(crate) fn emit_struct(m: &Model) -> TokenStream {
    let rt = super::rt();
    let fields = m.states.iter().map(|s| {
        let (name, ty, handle) = (&s.name, &s.ty, handle(s));
        quote!(#name: #rt::#handle<#ty>)
    });
    let files = (0..m.files.len()).map(|i| {
        let f = format_ident!("__chopin_files_{}", i);
        quote!(#f: #rt::Arc<#rt::StaticDir>)
    });
    let pools = m.pools.iter().map(|p| {
        let name = &p.name;
        quote!(#name: #rt::PgPool)
    });
    quote! {
        /// The service `app!` declared: one value per worker (its per-worker state, handles to
        /// the shared state). Serve it with `App::serve()`, test it with `App::test_client()`.
        pub struct App {
            #(#fields,)*
            #(#pools,)*
            #(#files,)*
        }
    }
}

/// What a state value is held in: `Rc` on one worker, `Arc` when shared.
fn handle(s: &crate::model::State) -> syn::Ident {
    format_ident!("{}", if s.shared { "Arc" } else { "Rc" })
}

fn setting(key: &syn::Ident, v: &ValueDecl) -> TokenStream {
    let rt = super::rt();
    let field = match key.to_string().as_str() {
        "pin" => format_ident!("pin_workers"),
        _ => key.clone(),
    };
    let num = |n: &syn::LitInt| n.base10_parse::<u64>().expect("validated number");
    match (key.to_string().as_str(), v) {
        (_, ValueDecl::Str(s)) => quote!(c.#field = ::std::string::String::from(#s);),
        (_, ValueDecl::Bool(b)) => quote!(c.#field = #b;),
        (_, ValueDecl::Word(_)) => quote!(),
        ("backlog", ValueDecl::Int(n)) => {
            let n = Literal::i32_unsuffixed(num(n).min(i32::MAX as u64) as i32);
            quote!(c.#field = #n;)
        }
        ("max_body", ValueDecl::Int(n)) => {
            let n = Literal::u64_unsuffixed(num(n));
            quote!(c.#field = #n;)
        }
        (_, ValueDecl::Int(n)) => {
            let n = Literal::usize_unsuffixed(num(n) as usize);
            quote!(c.#field = #n;)
        }
        (k, ValueDecl::WithUnit(n, u)) => {
            if let Some((_, ms)) = DURATION_UNITS.iter().find(|(s, _)| u == s) {
                let ms = Literal::u64_unsuffixed(num(n) * ms);
                quote!(c.#field = #rt::Duration::from_millis(#ms);)
            } else {
                let (_, mult) = SIZE_UNITS.iter().find(|(s, _)| u == s).expect("validated unit");
                let bytes = num(n).saturating_mul(*mult);
                if k == "max_body" {
                    let b = Literal::u64_unsuffixed(bytes);
                    quote!(c.#field = #b;)
                } else {
                    let b = Literal::usize_unsuffixed(bytes as usize);
                    quote!(c.#field = #b;)
                }
            }
        }
    }
}

/// The field of `__chopin_Shared` holding a pool's URL (checked once at start-up).
fn url_field(p: &crate::model::Pool) -> syn::Ident {
    format_ident!("__chopin_pg_{}", p.name)
}

/// Reads and checks a pool's URL in `__chopin_Shared::new` (an `io::Error` names the pool and
/// the variable, never the URL, which may hold a password).
fn pool_url(p: &crate::model::Pool) -> TokenStream {
    let rt = super::rt();
    let name = p.name.to_string();
    let (read, source) = match &p.url {
        crate::model::PgUrl::Literal(s) => (quote!(::std::string::String::from(#s)), "its `url`".to_string()),
        crate::model::PgUrl::Env(var, default) => {
            let missing = match default {
                Some(d) => quote!(::std::string::String::from(#d)),
                None => {
                    let msg = format!("postgres pool `{name}`: the environment variable {} is not set", var.value());
                    quote!(return ::std::result::Result::Err(::std::io::Error::new(::std::io::ErrorKind::InvalidInput, #msg)))
                }
            };
            let not_unicode = format!("postgres pool `{name}`: the environment variable {} is not valid UTF-8", var.value());
            (
                quote! {
                    match ::std::env::var(#var) {
                        ::std::result::Result::Ok(v) => v,
                        ::std::result::Result::Err(::std::env::VarError::NotPresent) => #missing,
                        ::std::result::Result::Err(::std::env::VarError::NotUnicode(_)) => {
                            return ::std::result::Result::Err(::std::io::Error::new(::std::io::ErrorKind::InvalidInput, #not_unicode))
                        }
                    }
                },
                format!("the URL in {}", var.value()),
            )
        }
    };
    let field = url_field(p);
    quote! {
        #field: {
            let url: ::std::string::String = #read;
            if let ::std::result::Result::Err(e) = url.parse::<#rt::PgConfig>() {
                return ::std::result::Result::Err(::std::io::Error::new(
                    ::std::io::ErrorKind::InvalidInput,
                    ::std::format!("postgres pool `{}`: {}: {}", #name, #source, e),
                ));
            }
            url
        }
    }
}

/// Builds one worker's pool from the checked URL and the declared settings.
fn pool_build(p: &crate::model::Pool) -> TokenStream {
    let rt = super::rt();
    let (name, field) = (&p.name, url_field(p));
    let size = Literal::usize_unsuffixed(p.size as usize);
    let dur = |ms: Option<u64>, method: &str| {
        ms.map(|ms| {
            let (ms, method) = (Literal::u64_unsuffixed(ms), format_ident!("{}", method));
            quote!(.#method(#rt::Duration::from_millis(#ms)))
        })
    };
    let (connect, query) = (dur(p.connect_timeout, "connect_timeout"), dur(p.query_timeout, "query_timeout"));
    let (checkout, health) = (dur(p.checkout_timeout, "checkout_timeout"), dur(p.health_check, "health_interval"));
    quote! {
        #name: {
            let cfg: #rt::PgConfig = shared.#field.parse().expect("checked when the app started");
            #rt::PgPool::builder(cfg #connect #query).size(#size) #checkout #health .build()
        }
    }
}

pub(crate) fn emit_impls(m: &Model) -> TokenStream {
    let rt = super::rt();
    let settings = m.settings.iter().map(|(k, v)| setting(k, v));
    let shared: Vec<_> = m.states.iter().filter(|s| s.shared).collect();
    let shared_fields = shared.iter().map(|s| {
        let (n, t) = (&s.name, &s.ty);
        quote!(#n: #rt::Arc<#t>)
    });
    let shared_inits = shared.iter().map(|s| {
        let (n, t, e) = (&s.name, &s.ty, &s.init);
        quote!(#n: #rt::Arc::new({ let v: #t = #e; v }))
    });
    let url_fields = m.pools.iter().map(|p| {
        let f = url_field(p);
        quote!(#f: ::std::string::String)
    });
    let url_inits = m.pools.iter().map(pool_url);
    let pool_builds = m.pools.iter().map(pool_build);
    let pool_names: Vec<_> = m.pools.iter().map(|p| &p.name).collect();
    let files_fields = (0..m.files.len()).map(|i| {
        let f = format_ident!("__chopin_files_{}", i);
        quote!(#f: #rt::Arc<#rt::StaticDir>)
    });
    let files_inits = m.files.iter().enumerate().map(|(i, f)| {
        let field = format_ident!("__chopin_files_{}", i);
        let dir = &f.dir;
        quote! {
            #field: {
                let dir = #dir;
                match #rt::StaticDir::open(&dir) {
                    ::std::result::Result::Ok(d) => #rt::Arc::new(d),
                    ::std::result::Result::Err(e) => {
                        return ::std::result::Result::Err(::std::io::Error::new(
                            e.kind(),
                            ::std::format!("static files directory {:?}: {}", #rt::AsRef::<::std::path::Path>::as_ref(&dir), e),
                        ))
                    }
                }
            }
        }
    });
    let app_from_shared = m.states.iter().map(|s| {
        let (n, t, e) = (&s.name, &s.ty, &s.init);
        if s.shared {
            quote!(#n: #rt::Arc::clone(&shared.#n))
        } else {
            quote!(#n: #rt::Rc::new({ let v: #t = #e; v }))
        }
    });
    let app_files = (0..m.files.len()).map(|i| {
        let f = format_ident!("__chopin_files_{}", i);
        quote!(#f: #rt::Arc::clone(&shared.#f))
    });
    let clone_fields = m
        .states
        .iter()
        .map(|s| &s.name)
        .chain(pool_names.iter().copied())
        .cloned()
        .chain((0..m.files.len()).map(|i| format_ident!("__chopin_files_{}", i)));
    let clone_fields: Vec<_> = clone_fields.collect();
    // State is extracted by type: `&T`, or the handle it is held in (`Rc<T>` on a worker,
    // `Arc<T>` when shared) for code that outlives the request.
    let extractors = m.states.iter().map(|s| {
        let (n, t, handle) = (&s.name, &s.ty, handle(s));
        quote! {
            impl<'r> #rt::FromRequest<'r, App> for &'r #t {
                #[inline(always)]
                fn from_request(_: &'r #rt::Context<'r>, app: &'r App) -> ::std::result::Result<Self, #rt::Response> {
                    ::std::result::Result::Ok(&*app.#n)
                }
            }
            impl<'r> #rt::FromRequest<'r, App> for #rt::#handle<#t> {
                #[inline(always)]
                fn from_request(_: &'r #rt::Context<'r>, app: &'r App) -> ::std::result::Result<Self, #rt::Response> {
                    ::std::result::Result::Ok(::std::clone::Clone::clone(&app.#n))
                }
            }
        }
    });
    // With one pool, handlers take it by type; with several, by name (`#[state] db: Pool`).
    let pool_extractors = match m.pools.as_slice() {
        [p] => {
            let n = &p.name;
            quote! {
                impl<'r> #rt::FromRequest<'r, App> for &'r #rt::PgPool {
                    #[inline(always)]
                    fn from_request(_: &'r #rt::Context<'r>, app: &'r App) -> ::std::result::Result<Self, #rt::Response> {
                        ::std::result::Result::Ok(&app.#n)
                    }
                }
                impl<'r> #rt::FromRequest<'r, App> for #rt::PgPool {
                    #[inline(always)]
                    fn from_request(_: &'r #rt::Context<'r>, app: &'r App) -> ::std::result::Result<Self, #rt::Response> {
                        ::std::result::Result::Ok(::std::clone::Clone::clone(&app.#n))
                    }
                }
            }
        }
        _ => quote!(),
    };
    quote! {
        /// What every worker shares: built once before the workers start.
        #[allow(non_camel_case_types)]
        struct __chopin_Shared {
            #(#shared_fields,)*
            #(#url_fields,)*
            #(#files_fields,)*
        }

        impl __chopin_Shared {
            fn new() -> ::std::io::Result<__chopin_Shared> {
                ::std::result::Result::Ok(__chopin_Shared { #(#shared_inits,)* #(#url_inits,)* #(#files_inits,)* })
            }
        }

        impl ::std::clone::Clone for App {
            fn clone(&self) -> App {
                App { #(#clone_fields: ::std::clone::Clone::clone(&self.#clone_fields),)* }
            }
        }

        #[allow(dead_code)]
        impl App {
            /// Builds one worker's value.
            fn __chopin_new(shared: &__chopin_Shared) -> App {
                App { #(#app_from_shared,)* #(#pool_builds,)* #(#app_files,)* }
            }

            /// Builds one worker's value on the worker, and starts opening its pools.
            fn __chopin_worker(shared: &__chopin_Shared) -> App {
                let app = App::__chopin_new(shared);
                #(app.#pool_names.warm_up();)*
                app
            }

            /// The settings declared in `server { .. }` (before environment overrides).
            pub fn config() -> #rt::Config {
                let mut c = #rt::Config::default();
                #(#settings)*
                c
            }

            /// Serves until SIGINT/SIGTERM with the declared settings, overridden by the
            /// `CHOPIN_*` (and `PORT`) environment variables.
            pub fn serve() -> ::std::io::Result<()> {
                let cfg = App::config()
                    .from_env()
                    .map_err(|e| ::std::io::Error::new(::std::io::ErrorKind::InvalidInput, e))?;
                App::serve_with(cfg)
            }

            /// Like [`App::serve`], on `addr`.
            pub fn bind(addr: impl ::std::convert::Into<::std::string::String>) -> ::std::io::Result<()> {
                let mut cfg = App::config()
                    .from_env()
                    .map_err(|e| ::std::io::Error::new(::std::io::ErrorKind::InvalidInput, e))?;
                cfg.bind = addr.into();
                App::serve_with(cfg)
            }

            /// Serves with `cfg` until SIGINT/SIGTERM.
            pub fn serve_with(cfg: #rt::Config) -> ::std::io::Result<()> {
                let shared = __chopin_Shared::new()?;
                #rt::Server::new(cfg).serve(move |_| App::__chopin_worker(&shared))
            }

            /// Starts serving with `cfg` and returns at once (for tests and embedding).
            pub fn start(cfg: #rt::Config) -> ::std::io::Result<#rt::ServerHandle> {
                let shared = __chopin_Shared::new()?;
                #rt::Server::new(cfg).start(move |_| App::__chopin_worker(&shared))
            }

            /// Resolves `method` and `path` through the generated route tables: the index of the
            /// route (in declaration order, scopes expanded), `NotAllowed` with the `Allow`
            /// value, or `NotFound`. For tests and benchmarks; serving does the same lookup.
            #[inline]
            pub fn find(method: #rt::Method, path: &str) -> #rt::Found {
                let mut params = #rt::Params::new();
                __chopin_find(method, path, &mut params)
            }

            /// An in-process client that sends requests through the router, middleware and
            /// handlers without sockets (one worker's state).
            pub fn test_client() -> #rt::TestClient<App> {
                let shared = __chopin_Shared::new().expect("building the app's shared state");
                #rt::TestClient::new(App::__chopin_new(&shared))
            }
        }

        impl #rt::Service for App {
            #[inline]
            fn call(&self, req: &#rt::Request<'_>, reply: &mut #rt::Reply<'_>) {
                __chopin_call(self, req, reply)
            }

            fn check_head(&self, req: &#rt::Request<'_>) -> ::std::option::Option<#rt::Response> {
                let mut params = #rt::Params::new();
                match __chopin_find(req.method(), req.path(), &mut params) {
                    #rt::Found::Route(_) => ::std::option::Option::None,
                    #rt::Found::NotAllowed(allow) => ::std::option::Option::Some(#rt::method_not_allowed(allow)),
                    #rt::Found::NotFound => ::std::option::Option::Some(#rt::not_found()),
                }
            }
        }

        #(#extractors)*
        #pool_extractors
    }
}
