//! `app!` end to end through the in-process test client: routing (static, parameters, rest,
//! precedence, 404, 405 with `Allow`, HEAD), extractors, state, middleware (before, after,
//! short-circuit, async) and handlers (sync, async, outside the macro, `?`).

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

use chopin::router::{Context, Error, Query};
use chopin::{Response, Status};

mod users {
    use chopin::router::Path;

    /// A handler outside `app!`: parameters by position.
    pub(crate) fn show(Path((org, id)): Path<(String, u32)>) -> String {
        format!("org {org} user {id}")
    }

    pub(crate) async fn slow(body: Vec<u8>) -> String {
        chopin::sleep(std::time::Duration::from_millis(5)).await;
        format!("async got {} bytes", body.len())
    }
}

#[derive(serde::Deserialize)]
struct Page {
    page: u32,
}

chopin::app! {
    server { bind: "127.0.0.1:0", workers: 1, max_body: 1 MiB, idle_timeout: 30 s }
    state {
        worker hits: Cell<u64> = Cell::new(0);
        shared total: AtomicU64 = AtomicU64::new(0);
    }
    middleware [count, stamp];

    GET "/" => index;
    GET "/users/:id" => user;
    GET "/users/new" => new_user;
    GET "/orgs/:org/users/:id" => users::show;
    GET "/files/*path" => file;
    POST "/echo" => echo [body_limit(8 B)];
    PUT "/echo" => echo;
    GET "/hits" => hits;
    GET "/page" => page;
    GET "/maybe/:n" => maybe;
    GET "/fail/:n" => fail;
    GET "/panic" => boom;
    POST "/slow" => users::slow;
    GET "/async/:id" => async_user;
    scope "/admin" [guard] {
        GET "/" => admin_index;
        GET "/stats" => stats;
        scope "/deep" [async_guard] {
            GET "/x" => deep;
        }
    }
    ANY "/any" => any;
    GET "/needs-header" => index [require_header("x-key")];
    health "/health";

    fn index() -> &'static str {
        "home"
    }

    fn user(id: u32) -> String {
        format!("user {id}")
    }

    fn new_user() -> &'static str {
        "new user form"
    }

    fn file(path: String) -> String {
        format!("file {path}")
    }

    fn echo(body: &str) -> String {
        body.to_uppercase()
    }

    fn hits(#[state] hits: &Cell<u64>, total: &AtomicU64) -> String {
        format!("{} {}", hits.get(), total.load(Ordering::Relaxed))
    }

    fn page(Query(p): Query<Page>) -> String {
        format!("page {}", p.page)
    }

    fn maybe(n: u32) -> Option<String> {
        (n % 2 == 0).then(|| format!("even {n}"))
    }

    fn fail(n: String) -> Result<String, Error> {
        let v: u32 = n.parse()?;
        if v == 0 {
            return Err(Error::bad_request("zero is not allowed"));
        }
        Ok(format!("ok {v}"))
    }

    fn boom() -> &'static str {
        panic!("handler bug")
    }

    async fn async_user(id: u64) -> String {
        chopin::sleep(std::time::Duration::from_millis(2)).await;
        format!("async user {id}")
    }

    fn admin_index() -> &'static str {
        "admin"
    }

    fn stats(cx: &Context<'_>) -> String {
        cx.get::<Who, _>(|w| format!("stats for {}", w.map_or("?", |w| w.0)))
    }

    fn deep(cx: &Context<'_>) -> String {
        format!("deep {}", cx.get::<Who, _>(|w| w.map_or("?", |w| w.0)))
    }

    /// A middleware factory: `name(args)` in a chain builds the middleware per request.
    fn require_header(name: &'static str) -> impl Fn(&Context<'_>) -> Result<(), Error> {
        move |cx: &Context<'_>| match cx.header(name) {
            Some(_) => Ok(()),
            None => Err(Error::bad_request(format!("`{name}` is required"))),
        }
    }

    fn any(method: chopin::Method) -> String {
        format!("any {}", method.as_str())
    }

    /// Counts requests per worker and in total.
    fn count(hits: &Cell<u64>, total: &AtomicU64) {
        hits.set(hits.get() + 1);
        total.fetch_add(1, Ordering::Relaxed);
    }

    /// Adds a header after the handler.
    fn stamp(cx: &Context<'_>) -> impl FnOnce(&mut Response) + use<> {
        let path_len = cx.path().len();
        move |r: &mut Response| {
            r.add_header("x-path-len", path_len as u64);
        }
    }

    /// Short-circuits without the right token; tells the handler who asked.
    fn guard(cx: &Context<'_>) -> Result<(), Response> {
        match cx.header_str("x-token") {
            Some("sesame") => {
                cx.insert(Who("admin"));
                Ok(())
            }
            _ => Err(Response::error(Status::UNAUTHORIZED, "no token")),
        }
    }

    /// An async check.
    async fn async_guard(q: Option<Query<Page>>) -> Result<(), Error> {
        chopin::sleep(std::time::Duration::from_millis(1)).await;
        match q {
            Some(Query(p)) if p.page == 1 => Ok(()),
            _ => Err(Error::forbidden("page must be 1")),
        }
    }
}

struct Who(&'static str);

#[test]
fn static_param_rest_and_precedence() {
    let c = App::test_client();
    let r = c.get("/").send();
    assert_eq!((r.status(), r.text().as_str()), (200, "home"));
    assert_eq!(c.get("/users/42").send().text(), "user 42");
    assert_eq!(c.get("/users/new").send().text(), "new user form");
    assert_eq!(c.get("/orgs/acme/users/7").send().text(), "org acme user 7");
    assert_eq!(c.get("/files/a/b/c.txt").send().text(), "file a/b/c.txt");
    assert_eq!(c.get("/files/caf%C3%A9").send().text(), "file café");
    assert_eq!(c.get("/health").send().text(), "ok");
}

#[test]
fn not_found_and_method_not_allowed() {
    let c = App::test_client();
    let r = c.get("/nope").send();
    assert_eq!(r.status(), 404);
    assert_eq!(r.text(), "not found");
    assert_eq!(c.get("/files/").send().status(), 404);
    assert_eq!(c.get("/users/").send().status(), 404);
    let r = c.delete("/echo").send();
    assert_eq!(r.status(), 405);
    assert_eq!(r.header("allow"), Some("POST, PUT"));
    let r = c.post("/users/3").send();
    assert_eq!((r.status(), r.header("allow")), (405, Some("GET, HEAD")));
    // HEAD is answered by GET's handler, without a body.
    let r = c.head("/users/3").send();
    assert_eq!((r.status(), r.header("content-length"), r.body()), (200, Some("6"), &b""[..]));
    assert_eq!(c.request(chopin::Method::Patch, "/any").send().text(), "any PATCH");
}

#[test]
fn parameter_errors_name_the_parameter() {
    let r = App::test_client().get("/users/abc").send();
    assert_eq!(r.status(), 400);
    assert_eq!(r.text(), r#"{"error":"invalid path parameter `id`: expected an integer from 0 to 4294967295"}"#);
    let r = App::test_client().get("/orgs/a/users/-1").send();
    assert_eq!(r.status(), 400);
    assert!(r.text().contains("`id`"), "{}", r.text());
}

#[test]
fn bodies_query_and_results() {
    let c = App::test_client();
    assert_eq!(c.post("/echo").body("shout").send().text(), "SHOUT");
    let r = c.post("/echo").body("too long a body").send();
    assert_eq!(r.status(), 413);
    assert_eq!(r.text(), r#"{"error":"the request body exceeds 8 bytes"}"#);
    assert_eq!(c.put("/echo").body("too long is fine").send().text(), "TOO LONG IS FINE");
    assert_eq!(c.post("/echo").body(&b"\xff"[..]).send().status(), 400);
    assert_eq!(c.get("/page?page=3").send().text(), "page 3");
    let r = c.get("/page?page=x").send();
    assert_eq!(r.status(), 400);
    assert!(r.text().contains("field `page`"), "{}", r.text());
    assert_eq!(c.get("/maybe/4").send().text(), "even 4");
    assert_eq!(c.get("/maybe/5").send().status(), 404);
    assert_eq!(c.get("/fail/3").send().text(), "ok 3");
    let r = c.get("/fail/0").send();
    assert_eq!((r.status(), r.text().as_str()), (400, r#"{"error":"zero is not allowed"}"#));
    let r = c.get("/fail/x").send();
    assert_eq!(r.status(), 500);
    assert!(!r.text().contains("invalid digit"), "internal text leaked: {}", r.text());
    assert_eq!(c.get("/panic").send().status(), 500);
}

#[test]
fn state_and_middleware() {
    let c = App::test_client();
    c.get("/").send();
    c.get("/").send();
    let r = c.get("/hits").send();
    assert_eq!(r.text(), "3 3");
    assert_eq!(r.header("x-path-len"), Some("5"));
    // The after-hook runs on refusals too.
    let r = c.get("/nope/x").send();
    assert_eq!(r.header("x-path-len"), None, "404s are answered by the router, before middleware");
    let r = c.get("/users/zz").send();
    assert_eq!((r.status(), r.header("x-path-len")), (400, Some("9")));
}

#[test]
fn scopes_short_circuit_and_pass_values() {
    let c = App::test_client();
    let r = c.get("/admin/stats").send();
    assert_eq!((r.status(), r.header("x-path-len")), (401, Some("12")));
    let r = c.get("/admin/stats").header("x-token", "sesame").send();
    assert_eq!((r.status(), r.text().as_str()), (200, "stats for admin"));
    assert_eq!(c.get("/admin").header("x-token", "sesame").send().text(), "admin");
}

#[test]
fn middleware_built_from_arguments() {
    let c = App::test_client();
    let r = c.get("/needs-header").send();
    assert_eq!((r.status(), r.text().as_str()), (400, r#"{"error":"`x-key` is required"}"#));
    assert_eq!(c.get("/needs-header").header("x-key", "1").send().text(), "home");
}

#[test]
fn async_handlers_and_middleware() {
    let c = App::test_client();
    assert_eq!(c.get("/async/9").send().text(), "async user 9");
    assert_eq!(c.post("/slow").body("abc").send().text(), "async got 3 bytes");
    let r = c.get("/admin/deep/x?page=1").header("x-token", "sesame").send();
    assert_eq!((r.status(), r.text().as_str()), (200, "deep admin"), "{:?}", String::from_utf8_lossy(r.raw()));
    assert_eq!(r.header("x-path-len"), Some("13"), "{:?}", String::from_utf8_lossy(r.raw()));
    let r = c.get("/admin/deep/x?page=2").header("x-token", "sesame").send();
    assert_eq!((r.status(), r.text().as_str()), (403, r#"{"error":"page must be 1"}"#));
    assert_eq!(r.header("x-path-len"), Some("13"));
    assert_eq!(c.get("/admin/deep/x?page=1").send().status(), 401);
}

mod json_extractor {
    use chopin::json::Json;

    #[derive(serde::Deserialize)]
    struct NewUser {
        name: String,
        age: u8,
    }

    chopin::app! {
        POST "/users" => create;

        fn create(Json(u): Json<NewUser>) -> String {
            format!("{} is {}", u.name, u.age)
        }
    }

    #[test]
    fn json_bodies_in_handlers() {
        let c = App::test_client();
        let ok = c.post("/users").header("content-type", "application/json").body(r#"{"name":"ada","age":36}"#).send();
        assert_eq!((ok.status(), ok.text().as_str()), (200, "ada is 36"));
        let r = c.post("/users").header("content-type", "text/plain").body("{}").send();
        assert_eq!(r.status(), 415);
        let r = c.post("/users").header("content-type", "application/json").body(r#"{"name":"ada","age":300}"#).send();
        assert_eq!(r.status(), 400);
        assert!(r.text().contains(r#""line":1"#), "{}", r.text());
    }
}
