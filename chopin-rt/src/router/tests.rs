//! Extractors and parameters, table-driven.

use super::*;
use crate::request::OwnedRequest;
use crate::IntoResponse;

fn cx_of(r: &OwnedRequest) -> Context<'_> {
    Context::new(r.as_request(), Params::new())
}

fn body_of(resp: Response) -> (u16, String) {
    let status = resp.status().as_u16();
    let body = match resp.body_ref() {
        crate::Body::Bytes(b) => String::from_utf8(b.clone()).unwrap(),
        crate::Body::Static(b) => String::from_utf8(b.to_vec()).unwrap(),
        other => panic!("unexpected body {other:?}"),
    };
    (status, body)
}

#[test]
fn param_parsing_table() {
    let cases: &[(&str, Result<i64, &str>)] = &[
        ("42", Ok(42)),
        ("-7", Ok(-7)),
        ("", Err("an integer from -9223372036854775808 to 9223372036854775807")),
        ("1e3", Err("an integer from -9223372036854775808 to 9223372036854775807")),
        ("99999999999999999999", Err("an integer from -9223372036854775808 to 9223372036854775807")),
    ];
    for (raw, want) in cases {
        let got = i64::from_param(raw);
        match want {
            Ok(v) => assert_eq!(got, Ok(*v), "{raw}"),
            Err(e) => assert_eq!(got.unwrap_err().with_name("n").to_string(), format!("invalid path parameter `n`: expected {e}")),
        }
    }
    assert_eq!(bool::from_param("true"), Ok(true));
    assert!(bool::from_param("yes").is_err());
    assert_eq!(char::from_param("%C3%A9"), Ok('é'));
    assert!(char::from_param("ab").is_err());
    assert_eq!(<&str>::from_param("a%20b"), Ok("a%20b"));
    assert_eq!(String::from_param("a%20b").unwrap(), "a b");
    assert!(String::from_param("a%2").is_err());
}

#[test]
fn path_extractor_names_the_parameter() {
    let r = OwnedRequest::new(Method::Get, "/u/x/3", &[], b"");
    let mut p = Params::new();
    p.push("name", "x");
    p.push("id", "three");
    let cx = Context::new(r.as_request(), p);
    let err = <Path<(String, u32)> as FromRequest<()>>::from_request(&cx, &()).err().unwrap();
    let (status, body) = body_of(err);
    assert_eq!(status, 400);
    assert_eq!(body, r#"{"error":"invalid path parameter `id`: expected an integer from 0 to 4294967295"}"#);
    let mut p = Params::new();
    p.push("name", "x");
    p.push("id", "3");
    let cx = Context::new(r.as_request(), p);
    let Path((n, i)) = <Path<(String, u32)> as FromRequest<()>>::from_request(&cx, &()).unwrap();
    assert_eq!((n.as_str(), i), ("x", 3));
    // A count mismatch is a server bug: 500 without details.
    let err = <Path<u32> as FromRequest<()>>::from_request(&cx, &()).err().unwrap();
    assert_eq!(err.status().as_u16(), 500);
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Search {
    q: String,
    page: Option<u32>,
}

#[test]
fn query_and_form_errors_name_the_field() {
    let r = OwnedRequest::new(Method::Get, "/s?q=rust&page=x", &[], b"");
    let err = <Query<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).err().unwrap();
    assert_eq!(
        body_of(err),
        (400, r#"{"error":"invalid query string: field `page`: invalid digit found in string"}"#.into())
    );
    let r = OwnedRequest::new(Method::Get, "/s?page=1", &[], b"");
    let err = <Query<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).err().unwrap();
    assert_eq!(body_of(err), (400, r#"{"error":"invalid query string: missing field `q`"}"#.into()));
    let r = OwnedRequest::new(Method::Get, "/s?q=a+b%21", &[], b"");
    let Query(s) = <Query<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).unwrap();
    assert_eq!(s, Search { q: "a b!".into(), page: None });

    let form = [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")];
    let r = OwnedRequest::new(Method::Post, "/f", &form, b"q=x&page=3");
    let Form(s) = <Form<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).unwrap();
    assert_eq!(s, Search { q: "x".into(), page: Some(3) });
    let r = OwnedRequest::new(Method::Post, "/f", &[("Content-Type", "application/json")], b"{}");
    let err = <Form<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).err().unwrap();
    assert_eq!(body_of(err).0, 415);
    let r = OwnedRequest::new(Method::Post, "/f", &form, b"q=x&page=-1");
    let err = <Form<Search> as FromRequest<()>>::from_request(&cx_of(&r), &()).err().unwrap();
    assert_eq!(
        body_of(err),
        (400, r#"{"error":"invalid form body: field `page`: invalid digit found in string"}"#.into())
    );
}

struct Token;
impl HeaderName for Token {
    const NAME: &'static str = "x-token";
}

#[test]
fn body_header_and_option_extractors() {
    let r = OwnedRequest::new(Method::Post, "/", &[("X-Token", "abc")], b"\xff\xfe");
    let cx = cx_of(&r);
    assert_eq!(<&[u8] as FromRequest<()>>::from_request(&cx, &()).unwrap(), b"\xff\xfe");
    let err = <&str as FromRequest<()>>::from_request(&cx, &()).err().unwrap();
    assert_eq!(body_of(err), (400, r#"{"error":"the request body is not UTF-8 (byte 0)"}"#.into()));
    let h = <Header<'_, Token> as FromRequest<()>>::from_request(&cx, &()).unwrap();
    assert_eq!(h.to_str(), Some("abc"));
    let r2 = OwnedRequest::new(Method::Get, "/", &[], b"");
    let cx2 = cx_of(&r2);
    let err = <Header<'_, Token> as FromRequest<()>>::from_request(&cx2, &()).err().unwrap();
    assert_eq!(body_of(err), (400, r#"{"error":"missing header `x-token`"}"#.into()));
    let none = <Option<Header<'_, Token>> as FromRequest<()>>::from_request(&cx2, &()).unwrap();
    assert!(none.is_none());
}

#[test]
fn error_type_hides_internal_text() {
    let e: Error = "x".parse::<u8>().unwrap_err().into();
    let (status, body) = body_of(e.into_response());
    assert_eq!(status, 500);
    assert!(!body.contains("invalid digit"), "{body}");
    let (status, body) = body_of(Error::conflict("taken \"name\"\n").into_response());
    assert_eq!((status, body.as_str()), (409, r#"{"error":"taken \"name\"\n"}"#));
}

#[test]
fn method_not_allowed_carries_allow() {
    let r = method_not_allowed("GET, HEAD");
    assert_eq!(r.status().as_u16(), 405);
    assert_eq!(r.header_value("allow"), Some(&b"GET, HEAD"[..]));
    assert_eq!(not_found().status().as_u16(), 404);
}
