//! Snapshot tests of `app!` expansions: expand → `syn::parse2::<syn::File>` (proves the output
//! is valid Rust) → prettyplease → insta, one snapshot per codegen feature and case, stored in
//! the workspace's `snapshots/` directory.

#![allow(non_snake_case)]

use proc_macro2::TokenStream;
use quote::quote;

/// The pretty-printed expansion of an `app!` body.
pub(crate) fn expand_pretty(input: TokenStream) -> String {
    let out = crate::expand::app(input);
    let file: syn::File = syn::parse2(out.clone()).unwrap_or_else(|e| panic!("expansion is not valid Rust: {e}\n{out}"));
    prettyplease::unparse(&file)
}

macro_rules! snapshot {
    ($name:literal, $($body:tt)*) => {{
        let pretty = expand_pretty(quote!($($body)*));
        insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/../snapshots"), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, pretty);
        });
    }};
}

#[test]
fn router__static_routes() {
    snapshot!("router__static_routes",
        GET "/" => index;
        GET "/plaintext" => plaintext;
        POST "/echo" => echo;
        PUT "/echo" => echo;
        fn index() -> &'static str { "home" }
        fn plaintext() -> &'static str { "Hello, World!" }
        fn echo(body: &[u8]) -> Vec<u8> { body.to_vec() }
    );
}

#[test]
fn router__params_and_rest() {
    snapshot!("router__params_and_rest",
        GET "/users/:id" => users::show;
        GET "/users/new" => users::new;
        GET "/users/:id/posts/:post" => users::post;
        GET "/files/*path" => files::get;
        DELETE "/users/:id" => users::delete;
    );
}

#[test]
fn middleware__sync_chain() {
    snapshot!("middleware__sync_chain",
        middleware [request_id, timing];
        scope "/admin" [auth] {
            GET "/stats" => stats [audit];
        }
        fn stats() -> &'static str { "ok" }
        fn request_id() {}
        fn timing() {}
        fn auth() {}
        fn audit() {}
    );
}

#[test]
fn handler__arguments_inside_app() {
    snapshot!("handler__arguments_inside_app",
        state { worker hits: Cell<u64> = Cell::new(0); shared config: Config = Config::load(); }
        GET "/users/:id" => show;
        POST "/upload" => upload [body_limit(64 KiB)];
        fn show(id: u32, #[state] hits: &Cell<u64>, q: Query<Page>, cx: &Context<'_>) -> String { String::new() }
        async fn upload(body: Vec<u8>, config: Arc<Config>) -> Result<String, Error> { Ok(String::new()) }
    );
}

#[test]
fn app__server_state_files_health() {
    snapshot!("app__server_state_files_health",
        server { bind: "0.0.0.0:8080", workers: 4, pin: true, max_body: 1 MiB, header_timeout: 5 s, idle_timeout: 500 ms, max_headers: 64 }
        state { worker cache: Cache = Cache::new(); shared db: Db = Db::connect(); }
        files "/assets" => "public/";
        health "/health";
    );
}

#[test]
fn errors__emit_errors_and_a_stub() {
    snapshot!("errors__emit_errors_and_a_stub",
        GET "users" => index;
        fn index() -> &'static str { "hi" }
    );
}


#[test]
fn postgres__one_pool_by_type() {
    snapshot!("postgres__one_pool_by_type",
        postgres db { url: env("DATABASE_URL", "postgres://app@127.0.0.1/shop"), pool: 8, checkout_timeout: 2 s, query_timeout: 500 ms, health_check: 1 min }
        GET "/db" => single;
        async fn single(db: Pool) -> String { db.open_connections().to_string() }
    );
}

#[test]
fn postgres__two_pools_by_name() {
    snapshot!("postgres__two_pools_by_name",
        postgres main { url: env("DATABASE_URL") }
        postgres audit { url: "postgres://audit@127.0.0.1/log", connect_timeout: 3 s }
        GET "/names" => names;
        async fn names(#[state] main: Pool, #[state] audit: &Pool) -> String { String::new() }
    );
}
