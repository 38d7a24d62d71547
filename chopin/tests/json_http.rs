//! `Json` over real sockets: a response written straight into the connection's buffer (GET,
//! HEAD, pipelined, a writer that panics half-way), and request bodies through
//! `Json::from_parts` (200, 400, 413, 415), against an in-process server.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use chopin::json::{Json, JsonRejection};
use chopin::{Config, Reply, Request, Server, Status};

#[derive(chopin::Serialize)]
struct Message {
    message: &'static str,
}

#[derive(serde::Deserialize, chopin::Serialize)]
struct NewUser {
    name: String,
    age: u8,
}

fn failing<S: serde::Serializer>(_: &u8, _: S) -> Result<S::Ok, S::Error> {
    Err(serde::ser::Error::custom("refused"))
}

#[derive(chopin::Serialize)]
struct Broken {
    before: String,
    #[serde(serialize_with = "failing")]
    value: u8,
}

fn exchange(addr: SocketAddr, raw: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(raw).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

/// The response without its `Date` line (the only varying bytes).
fn without_date(resp: &str) -> String {
    resp.split("\r\n").filter(|l| !l.starts_with("Date: ")).collect::<Vec<_>>().join("\r\n")
}

#[test]
fn json_over_http() {
    let mut cfg = Config::default();
    cfg.bind = "127.0.0.1:0".into();
    cfg.workers = 1;
    cfg.pin_workers = false;
    let server = Server::new(cfg)
        .start(|_| {
            |req: &Request<'_>, reply: &mut Reply<'_>| match req.path() {
                "/json" => reply.send(Json(Message { message: "Hello, World!" })),
                "/created" => reply.send((Status::CREATED, Json(vec!["a\"b"; 3]))),
                "/broken" => reply.send(Json(Broken { before: "x".repeat(100), value: 1 })),
                "/users" => {
                    let parsed: Result<Json<NewUser>, JsonRejection> =
                        Json::from_parts(req.header("content-type"), req.body(), 64);
                    reply.send(parsed.map(|Json(u)| (Status::CREATED, Json(u))))
                }
                _ => reply.send(Status::NOT_FOUND),
            }
        })
        .unwrap();
    let addr = server.local_addr();

    let r = exchange(addr, b"GET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(
        without_date(&r),
        "HTTP/1.1 200 OK\r\nServer: chopin\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\
         Connection: close\r\n\r\n{\"message\":\"Hello, World!\"}"
    );

    let r = exchange(addr, b"HEAD /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(
        without_date(&r),
        "HTTP/1.1 200 OK\r\nServer: chopin\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\
         Connection: close\r\n\r\n"
    );

    // Pipelined: both answers, in order, the second closing.
    let r = exchange(
        addr,
        b"GET /created HTTP/1.1\r\nHost: x\r\n\r\nGET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(
        without_date(&r),
        "HTTP/1.1 201 Created\r\nServer: chopin\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n\
         [\"a\\\"b\",\"a\\\"b\",\"a\\\"b\"]\
         HTTP/1.1 200 OK\r\nServer: chopin\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\
         Connection: close\r\n\r\n{\"message\":\"Hello, World!\"}"
    );

    // A writer that fails half-way: the partial response is dropped, the client gets a 500
    // and the next pipelined request is still answered.
    let r = exchange(
        addr,
        b"GET /broken HTTP/1.1\r\nHost: x\r\n\r\nGET /json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(r.starts_with("HTTP/1.1 500 Internal Server Error\r\n"), "{r}");
    assert!(!r.contains("xxxx"), "no partial body leaks: {r}");
    assert!(r.ends_with("{\"message\":\"Hello, World!\"}"), "{r}");

    let post = |ct: &str, body: &str| {
        let raw = format!(
            "POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let r = exchange(addr, raw.as_bytes());
        let (head, body) = r.split_once("\r\n\r\n").unwrap();
        (head.lines().next().unwrap().to_owned(), body.to_owned())
    };
    assert_eq!(
        post("application/json", r#"{"name":"Ann","age":7}"#),
        ("HTTP/1.1 201 Created".to_owned(), r#"{"name":"Ann","age":7}"#.to_owned())
    );
    assert_eq!(
        post("application/json", "{\"name\":\"Ann\",\n\"age\":\"7\"}"),
        (
            "HTTP/1.1 400 Bad Request".to_owned(),
            r#"{"error":"invalid type: string \"7\", expected u8","line":2,"column":9}"#.to_owned()
        )
    );
    assert_eq!(
        post("text/plain", r#"{"name":"Ann","age":7}"#),
        (
            "HTTP/1.1 415 Unsupported Media Type".to_owned(),
            r#"{"error":"expected a request body with content type `application/json`"}"#.to_owned()
        )
    );
    assert_eq!(
        post("application/json", &format!(r#"{{"name":"{}","age":7}}"#, "n".repeat(64))),
        (
            "HTTP/1.1 413 Content Too Large".to_owned(),
            r#"{"error":"request body is larger than the limit of 64 bytes"}"#.to_owned()
        )
    );
    server.shutdown();
}
