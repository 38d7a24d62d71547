//! `Json` inside `app!`: handlers returning `Json(..)` (directly, with a status, in a
//! `Result`, from an async handler) and a body parsed with `Json::from_parts`, through the
//! in-process test client.

use chopin::json::{Json, JsonRejection};
use chopin::router::Context;
use chopin::Status;

#[derive(chopin::Serialize)]
struct Message {
    message: &'static str,
}

#[derive(serde::Deserialize, chopin::Serialize)]
#[serde(rename_all = "camelCase")]
struct NewUser {
    user_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    age: Option<u8>,
}

chopin::app! {
    server { bind: "127.0.0.1:0", workers: 1 }

    GET "/json" => json;
    GET "/created" => created;
    GET "/maybe/:n" => maybe;
    GET "/later" => later;
    POST "/users" => create;

    fn json() -> Json<Message> {
        Json(Message { message: "Hello, World!" })
    }

    fn created() -> (Status, Json<Vec<u8>>) {
        (Status::CREATED, Json(vec![1, 2, 3]))
    }

    fn maybe(n: u32) -> Result<Json<u32>, Status> {
        if n > 10 { Err(Status::BAD_REQUEST) } else { Ok(Json(n * 2)) }
    }

    async fn later() -> Json<&'static str> {
        Json("deferred")
    }

    fn create(cx: &Context<'_>) -> Result<(Status, Json<NewUser>), JsonRejection> {
        let req = cx.request();
        let Json(user) = Json::from_parts(req.header("content-type"), req.body(), 1024)?;
        Ok((Status::CREATED, Json(user)))
    }
}

#[test]
fn handlers_return_json() {
    let c = App::test_client();
    let r = c.get("/json").send();
    assert_eq!(r.status(), 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("content-length"), Some("27"));
    assert_eq!(r.body(), br#"{"message":"Hello, World!"}"#);

    let r = c.head("/json").send();
    assert_eq!((r.status(), r.header("content-length"), r.body()), (200, Some("27"), &b""[..]));

    let r = c.get("/created").send();
    assert_eq!((r.status(), r.body()), (201, &b"[1,2,3]"[..]));

    assert_eq!(c.get("/maybe/4").send().body(), b"8");
    assert_eq!(c.get("/maybe/11").send().status(), 400);

    let r = c.get("/later").send();
    assert_eq!((r.status(), r.header("content-type"), r.body()), (200, Some("application/json"), &br#""deferred""#[..]));
}

#[test]
fn request_bodies_parse_or_are_rejected() {
    let c = App::test_client();
    let r = c.post("/users").header("content-type", "application/json").body(r#"{"userName":"ann"}"#).send();
    assert_eq!((r.status(), r.body()), (201, &br#"{"userName":"ann"}"#[..]));

    let r = c.post("/users").header("content-type", "application/json").body(r#"{"age":3}"#).send();
    assert_eq!(r.status(), 400);
    assert_eq!(r.body(), br#"{"error":"missing field `userName`","line":1,"column":9,"field":"userName"}"#);

    let r = c.post("/users").header("content-type", "text/plain").body("{}").send();
    assert_eq!(r.status(), 415);

    let big = format!(r#"{{"userName":"{}"}}"#, "a".repeat(2000));
    let r = c.post("/users").header("content-type", "application/json").body(big).send();
    assert_eq!(r.status(), 413);
    assert_eq!(r.body(), br#"{"error":"request body is larger than the limit of 1024 bytes"}"#);
}
