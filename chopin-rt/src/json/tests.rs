//! The writers against `serde_json` (every byte value, every standard type), the direct
//! response path against the `Response` path, and the request-side statuses and bodies.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

use proptest::prelude::*;

use super::{to_string, to_vec, to_writer, Json, JsonRejection, Serialize};
use std::io::Read;
use std::net::{TcpListener, TcpStream};
use std::task::{Context, Waker};

use crate::conn::output::{ConnHeader, Flush, Output};
use crate::response::{IntoResponse, Response, Status};
use crate::service::Reply;

fn same<T: Serialize + serde::Serialize + ?Sized>(v: &T) {
    let ours = to_vec(v);
    let theirs = serde_json::to_vec(v).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&theirs),
        "ours (left) and serde_json (right) differ"
    );
}

#[test]
fn every_char_below_0x80_escapes_as_serde_json() {
    for b in 0u8..0x80 {
        let s = format!("a{}b", b as char);
        same(&s);
        same(&(b as char));
        // At every offset of an 8-byte word, so the word scan is exercised at each lane.
        for pad in 0..9 {
            same(&format!("{}{}{}", "x".repeat(pad), b as char, "y".repeat(9)));
        }
    }
}

#[test]
fn escapes_are_the_serde_json_forms() {
    let cases: &[(&str, &str)] = &[
        ("", r#""""#),
        ("\"", r#""\"""#),
        ("\\", r#""\\""#),
        ("\n\r\t\u{8}\u{c}", r#""\n\r\t\b\f""#),
        ("\u{0}\u{1f}\u{7f}", "\"\\u0000\\u001f\u{7f}\""),
        ("\u{2028}\u{2029}é😀", "\"\u{2028}\u{2029}é😀\""),
        ("/<>&'", r#""/<>&'""#),
    ];
    for (input, want) in cases {
        assert_eq!(to_string(*input), *want, "input {input:?}");
    }
}

#[test]
fn numbers_match_serde_json_at_the_extremes() {
    same(&[i128::MIN, i128::MAX, 0, -1]);
    same(&[u128::MAX, 0]);
    same(&[i64::MIN, i64::MAX]);
    same(&(u8::MAX, i8::MIN, u16::MAX, i16::MIN, u32::MAX, i32::MIN, usize::MAX, isize::MIN));
    let floats = [
        0.0,
        -0.0,
        1.0,
        0.1,
        1e16,
        1e-7,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        5e-324,
        123456789.125,
    ];
    same(&floats);
    same(&[f32::MAX, f32::MIN_POSITIVE, 0.1f32, 16777216.0f32, 1e-45f32]);
    assert_eq!(to_vec(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY]), b"[null,null,null]");
    assert_eq!(to_vec(&[f32::NAN, f32::INFINITY]), b"[null,null]");
    same(&[f64::NAN, f64::INFINITY]);
}

#[test]
fn standard_types_match_serde_json() {
    same(&());
    same(&true);
    same(&Some(3u8));
    same(&None::<u8>);
    same(&vec![1u8, 2, 3]);
    same(&Vec::<u8>::new());
    same(&[[1u8; 3]; 2]);
    same(&VecDeque::from([1, 2]));
    same(&&[true, false][..]);
    same(&Box::new("b"));
    same(&Rc::new(1.5));
    same(&Arc::new(vec!['a']));
    same(&Cow::Borrowed("c"));
    same(&Cow::<str>::Owned("d".into()));
    same(&("x", 1, 'y', None::<u8>));
    same(&BTreeMap::from([("b", 2), ("a\"", 1)]));
    same(&BTreeMap::from([(1u32, "one"), (2, "two")]));
    same(&BTreeMap::from([('k', 1)]));
    same(&BTreeMap::<String, u8>::new());
    let h = HashMap::from([("x".to_owned(), vec![1]), ("y".to_owned(), vec![])]);
    same(&h);
    same(&HashMap::from([(Cow::Borrowed("k"), Box::new(1))]));
    same(&BTreeMap::from([(Rc::<str>::from("r"), Arc::<str>::from("v"))]));
    same(&std::marker::PhantomData::<String>);
}

#[test]
fn to_writer_appends_and_to_string_is_the_same_text() {
    let mut out = b"x".to_vec();
    to_writer(&mut out, &["a", "b"]);
    assert_eq!(out, br#"x["a","b"]"#);
    assert_eq!(to_string(&vec![1, 2]), "[1,2]");
}

proptest! {
    #[test]
    fn any_string_matches_serde_json(s in any::<String>()) {
        prop_assert_eq!(to_vec(&s), serde_json::to_vec(&s).unwrap());
    }

    #[test]
    fn control_heavy_strings_match_serde_json(
        s in proptest::collection::vec(prop_oneof![
            (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
            Just('"'), Just('\\'), Just('\u{2028}'), Just('\u{2029}'), Just('\u{7f}'), Just('é'),
            any::<char>(),
        ], 0..40).prop_map(|v| v.into_iter().collect::<String>())
    ) {
        prop_assert_eq!(to_vec(&s), serde_json::to_vec(&s).unwrap());
    }

    #[test]
    fn any_float_matches_serde_json(bits in any::<u64>(), bits32 in any::<u32>()) {
        let f = f64::from_bits(bits);
        prop_assert_eq!(to_vec(&f), serde_json::to_vec(&f).unwrap());
        let g = f32::from_bits(bits32);
        prop_assert_eq!(to_vec(&g), serde_json::to_vec(&g).unwrap());
    }
}

const DATE: &crate::conn::output::DateLine =
    &crate::conn::output::DateLine { bytes: *b"Server: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\n", secs: 0 };

/// The bytes a reply sends to the peer, its status and whether it closes.
fn sent(head_only: bool, conn: ConnHeader, f: impl FnOnce(&mut Reply<'_>)) -> (Vec<u8>, u16, bool) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let mut client = TcpStream::connect(l.local_addr().unwrap()).unwrap();
    let (mut server, _) = l.accept().unwrap();
    let mut out = Output::default();
    let (status, close) = {
        let mut reply = Reply::new(&mut out, DATE, head_only, conn, false);
        f(&mut reply);
        (reply.status, reply.close)
    };
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(out.flush(&mut server, &mut cx).unwrap(), Flush::Done);
    drop(server);
    let mut bytes = Vec::new();
    client.read_to_end(&mut bytes).unwrap();
    (bytes, status, close)
}

#[test]
fn json_replies_are_the_bytes_of_the_equivalent_response() {
    let long: Vec<String> = (0..300).map(|i| format!("item \"{i}\"\n")).collect();
    let bodies: Vec<Vec<String>> = vec![
        vec![],
        vec!["a".into()],
        // The size estimate is short (escapes): the length field widens after the body.
        vec!["\u{1}".repeat(40)],
        long,
    ];
    for head_only in [false, true] {
        for conn in [ConnHeader::None, ConnHeader::Close, ConnHeader::KeepAlive] {
            for body in &bodies {
                let (built, s2, c2) =
                    sent(head_only, conn, |r| r.send(Response::json_bytes(serde_json::to_vec(body).unwrap())));
                // A sync handler's `Json`, `Response::json` and an async handler's owned
                // `Json` (what `Reply::defer` sends) all write the same bytes in place.
                let (direct, s1, c1) = sent(head_only, conn, |r| r.send(Json(body)));
                let (held, s3, c3) = sent(head_only, conn, |r| r.send(Response::json(body.clone())));
                let (deferred, s4, c4) =
                    sent(head_only, conn, |r| r.send(Json(body.clone()).into_response_owned()));
                for got in [&direct, &held, &deferred] {
                    assert_eq!(String::from_utf8_lossy(got), String::from_utf8_lossy(&built));
                }
                assert_eq!([(s1, c1), (s3, c3), (s4, c4)], [(s2, c2); 3]);
            }
            let (built, ..) = sent(head_only, conn, |r| {
                r.send((Status::CREATED, Response::json_bytes(serde_json::to_vec(&7).unwrap())))
            });
            let (direct, ..) = sent(head_only, conn, |r| r.send((Status::CREATED, Json(7))));
            assert_eq!(direct, built);
            let (held, ..) = sent(head_only, conn, |r| r.send(Response::json(7).with_status(Status::CREATED)));
            assert_eq!(held, built);
            let (deferred, ..) =
                sent(head_only, conn, |r| r.send((Status::CREATED, Json(7)).into_response_owned()));
            assert_eq!(deferred, built);
            let (deferred, ..) =
                sent(head_only, conn, |r| r.send(Ok::<_, Status>(Some(Json(7))).into_response_owned()));
            let (plain, ..) = sent(head_only, conn, |r| r.send(Response::json_bytes(b"7".as_slice())));
            assert_eq!(deferred, plain);
            // Middleware after-hooks see a `Response` holding the value; headers they add are
            // written before the body as usual.
            let (hooked, ..) = sent(head_only, conn, |r| {
                let mut resp = Json(vec!["a"]).into_response_owned();
                resp.add_header("x-id", "7");
                r.send(resp)
            });
            let (hooked_built, ..) = sent(head_only, conn, |r| {
                r.send(Response::json_bytes(br#"["a"]"#.as_slice()).header("x-id", "7"))
            });
            assert_eq!(String::from_utf8_lossy(&hooked), String::from_utf8_lossy(&hooked_built));
            let (direct, ..) = sent(head_only, conn, |r| r.send((Status::NO_CONTENT, Json(7))));
            let (built, ..) = sent(head_only, conn, |r| r.send(Response::new(Status::NO_CONTENT)
                .content_type("application/json")));
            assert_eq!(String::from_utf8_lossy(&direct), String::from_utf8_lossy(&built));
        }
    }
}

#[test]
fn json_reply_bytes() {
    let (bytes, status, close) = sent(false, ConnHeader::None, |r| {
        r.send(Ok::<_, Status>(Json(BTreeMap::from([("message", "Hello, World!")]))))
    });
    assert_eq!(
        String::from_utf8(bytes).unwrap(),
        "HTTP/1.1 200 OK\r\nServer: chopin\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\n\
         Content-Type: application/json\r\nContent-Length: 27\r\n\r\n{\"message\":\"Hello, World!\"}"
    );
    assert_eq!((status, close), (200, false));
    let (bytes, status, _) = sent(false, ConnHeader::None, |r| r.send(None::<Json<u8>>));
    assert_eq!(status, 404);
    assert!(bytes.ends_with(b"not found"));
}

#[test]
fn a_second_answer_is_dropped() {
    let (bytes, status, _) = sent(false, ConnHeader::None, |r| {
        r.send(Json(1));
        r.send(Json(2));
    });
    assert_eq!(status, 200);
    assert!(bytes.ends_with(b"\r\n\r\n1"), "{}", String::from_utf8_lossy(&bytes));
}

#[test]
fn json_into_response_carries_the_body() {
    // A value that may borrow is serialised into the response; an owned one is kept and
    // written when the response is sent.
    let r = Json(("a", 1)).into_response();
    assert_eq!(r.header_value("content-type"), Some(&b"application/json"[..]));
    assert!(matches!(r.body_ref(), crate::Body::Bytes(b) if b == br#"["a",1]"#));
    let r = Json(("a", 1)).into_response_owned();
    assert_eq!(r.header_value("content-type"), Some(&b"application/json"[..]));
    assert!(matches!(r.body_ref(), crate::Body::Json(_)));
    assert_eq!(r.body_ref().len(), None);
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct NewUser {
    name: String,
    age: u8,
}

#[test]
fn extraction_statuses_and_bodies() {
    type R = Result<Json<NewUser>, JsonRejection>;
    let parse = |ct: Option<&str>, body: &str, limit: usize| -> R {
        Json::<NewUser>::from_parts(ct.map(str::as_bytes), body.as_bytes(), limit)
    };
    let ok = r#"{"name":"ann","age":7}"#;
    assert_eq!(parse(Some("application/json"), ok, 64).unwrap().0, NewUser { name: "ann".into(), age: 7 });
    for ct in ["application/json; charset=utf-8", "Application/JSON", "application/vnd.api+json", " application/json ;x=y", "text/x+JSON"] {
        assert!(parse(Some(ct), ok, 64).is_ok(), "{ct}");
    }
    let cases: &[(Option<&str>, &str, usize, u16, &str)] = &[
        (None, ok, 64, 415, r#"{"error":"expected a request body with content type `application/json`"}"#),
        (Some("text/plain"), ok, 64, 415, r#"{"error":"expected a request body with content type `application/json`"}"#),
        (Some("application/jsonx"), ok, 64, 415, r#"{"error":"expected a request body with content type `application/json`"}"#),
        (Some("application/+json"), ok, 64, 415, r#"{"error":"expected a request body with content type `application/json`"}"#),
        (Some("json"), ok, 64, 415, r#"{"error":"expected a request body with content type `application/json`"}"#),
        (Some("application/json"), ok, 10, 413, r#"{"error":"request body is larger than the limit of 10 bytes"}"#),
        (Some("application/json"), "{\"name\":\"ann\"}", 64, 400,
            r#"{"error":"missing field `age`","line":1,"column":14,"field":"age"}"#),
        (Some("application/json"), "{\n  \"name\": \"ann\",\n  \"age\": 300\n}", 64, 400,
            r#"{"error":"invalid value: integer `300`, expected u8","line":3,"column":12}"#),
        (Some("application/json"), "{\"name\":\"ann\",\"name\":\"b\",\"age\":1}", 64, 400,
            r#"{"error":"duplicate field `name`","line":1,"column":20,"field":"name"}"#),
        (Some("application/json"), "{\"name\": tru", 64, 400,
            r#"{"error":"EOF while parsing a value","line":1,"column":12}"#),
        (Some("application/json"), "", 64, 400,
            r#"{"error":"EOF while parsing a value","line":1,"column":0}"#),
    ];
    for (ct, body, limit, status, want) in cases {
        let err = parse(*ct, body, *limit).unwrap_err();
        assert_eq!(err.status().as_u16(), *status, "{body}");
        assert_eq!(String::from_utf8(err.body()).unwrap(), *want);
        let resp = err.into_response();
        assert_eq!(resp.status().as_u16(), *status);
        assert_eq!(resp.header_value("content-type"), Some(&b"application/json"[..]));
        assert!(matches!(resp.body_ref(), crate::Body::Bytes(b) if b == want.as_bytes()));
    }
}

#[test]
fn the_word_mask_is_exact_for_every_byte_in_every_lane() {
    for b in 0..=255u8 {
        for lane in 0..8 {
            let mut w = [b'a'; 8];
            w[lane] = b;
            let m = super::write::escape_mask_for_tests(u64::from_le_bytes(w));
            let needs = b < 0x20 || b == b'"' || b == b'\\';
            assert_eq!(super::write::any_escape_for_tests(u64::from_le_bytes(w)), needs, "byte {b:#x} lane {lane}");
            let want = if needs { 0x80u64 << (8 * lane) } else { 0 };
            assert_eq!(m, want, "byte {b:#x} lane {lane}");
        }
    }
}
