//! `examples/techempower.rs` started as a real process against a throwaway PostgreSQL cluster
//! holding TechEmpower's schema, and driven with curl over loopback: every test's response
//! shape, headers, query-count clamping, fortunes escaping and order, and updates that persist.

#[path = "../../chopin-rt/tests/pg_harness/mod.rs"]
mod pg_harness;
mod common;

use common::{curl_response, Testbed};
use pg_harness::{cluster, SCRAM};

/// Parses `[{"id":…,"randomNumber":…},…]` (or one object) into pairs, strictly.
fn worlds(body: &str) -> Vec<(i32, i32)> {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    let list = match v {
        serde_json::Value::Array(a) => a,
        one => vec![one],
    };
    list.iter()
        .map(|w| {
            let o = w.as_object().expect("an object");
            assert_eq!(o.len(), 2, "{w}");
            (o["id"].as_i64().expect("id") as i32, o["randomNumber"].as_i64().expect("randomNumber") as i32)
        })
        .collect()
}

#[test]
fn techempower_tests_over_curl() {
    let c = cluster();
    // The benchmark's own schema and rows (bench/schema.sql grants to benchmarkdbuser), then
    // numbers the test can predict, and access for the test's user.
    c.psql("CREATE ROLE benchmarkdbuser");
    c.psql(include_str!("../../bench/schema.sql"));
    c.psql(
        "UPDATE world SET randomnumber = (id * 7919) % 10000 + 1;
         GRANT ALL ON world, fortune TO scram_user;",
    );
    let url = c.url(SCRAM.0, SCRAM.1, "sslmode=disable");
    let tb = Testbed::start_example("techempower", &[("DATABASE_URL", &url)]);
    let get = |p: &str| curl_response(&[&format!("http://{}{p}", tb.addr)], false);

    let r = get("/plaintext");
    assert_eq!((r.status, r.text().as_str()), (200, "Hello, World!"));
    assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
    assert_eq!(r.header("server"), Some("chopin"));
    assert!(r.header("date").is_some());

    let r = get("/json");
    assert_eq!((r.status, r.text().as_str()), (200, r#"{"message":"Hello, World!"}"#));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("content-length"), Some("27"));

    // Rows are the database's: randomnumber = id * 7919 mod 10000 + 1 until updated.
    let expect = |id: i32| (id * 7919) % 10000 + 1;
    let r = get("/db");
    assert_eq!(r.header("content-type"), Some("application/json"));
    let w = worlds(&r.text());
    assert_eq!(w.len(), 1);
    assert!(r.text().starts_with('{'), "/db is one object: {}", r.text());
    assert!((1..=10000).contains(&w[0].0));
    assert_eq!(w[0].1, expect(w[0].0));

    for (q, n) in [("20", 20), ("1", 1), ("0", 1), ("-3", 1), ("foo", 1), ("", 1), ("501", 500), ("500", 500)] {
        let r = get(&format!("/queries?q={q}"));
        assert_eq!(r.status, 200, "q={q}");
        assert!(r.text().starts_with('['), "q={q}: an array");
        let w = worlds(&r.text());
        assert_eq!(w.len(), n, "q={q}");
        assert!(w.iter().all(|&(id, rn)| (1..=10000).contains(&id) && rn == expect(id)), "q={q}");
    }
    assert_eq!(worlds(&get("/queries").text()).len(), 1);

    let r = get("/fortunes");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    let html = r.text();
    assert!(html.starts_with("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"), "{html}");
    assert!(html.ends_with("</table></body></html>"), "{html}");
    assert!(html.contains("<tr><td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;</td></tr>"), "{html}");
    assert!(html.contains("<tr><td>0</td><td>Additional fortune added at request time.</td></tr>"));
    assert!(html.contains("フレームワークのベンチマーク"));
    let ids: Vec<&str> = html.split("<tr><td>").skip(1).map(|r| r.split('<').next().unwrap()).collect();
    assert_eq!(ids, ["11", "4", "5", "2", "8", "0", "3", "7", "10", "6", "9", "1", "12"], "sorted by message");

    // Updates return the new numbers, and the database holds them afterwards.
    let r = get("/updates?q=20");
    assert_eq!(r.status, 200);
    let w = worlds(&r.text());
    assert_eq!(w.len(), 20);
    for (id, rn) in &w {
        let stored: i32 = c.psql(&format!("SELECT randomnumber FROM world WHERE id = {id}")).trim().parse().unwrap();
        // An id drawn twice in one request keeps the later number.
        let last = w.iter().rev().find(|(i, _)| i == id).unwrap().1;
        assert_eq!(stored, last, "world {id} (returned {rn})");
    }
    assert_eq!(worlds(&get("/updates?q=0").text()).len(), 1);
    assert_eq!(worlds(&get("/updates?q=9999").text()).len(), 500);

    // Cached queries come from the worker's copy of the table.
    for (q, n) in [("1", 1), ("100", 100), ("0", 1), ("bad", 1), ("600", 500)] {
        let r = get(&format!("/cached-queries?q={q}"));
        assert_eq!(r.status, 200);
        let w = worlds(&r.text());
        assert_eq!(w.len(), n, "q={q}");
        assert!(w.iter().all(|&(id, _)| (1..=10000).contains(&id)));
    }
}
