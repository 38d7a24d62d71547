//! Chopin's derived JSON writer against serde_json and sonic-rs (both through serde's derive),
//! on (a) the TechEmpower message, (b) 100 user records, (c) a string-heavy document that needs
//! escaping. Each library writes the same value, in two ways: into a reused buffer (what a
//! response written into the connection's buffer does) and into a fresh `Vec` (`to_vec`).
//!
//! `cargo bench -p chopin --bench json`
//!
//! On a shared machine wall-clock figures move with the load; `bash chopin/benches/json_counts.sh`
//! reports instructions per write instead (callgrind, the marginal cost between two loop
//! counts), which do not. It runs this binary with `CHOPIN_JSON_LOOP=<case>:<lib>:<n>`, which
//! skips criterion and writes case `a`, `b` or `c` with one library `n` times.

#![allow(missing_docs)]

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

#[derive(chopin::Serialize, serde::Serialize)]
struct Message {
    message: &'static str,
}

#[derive(chopin::Serialize, serde::Serialize)]
struct User {
    id: u64,
    name: String,
    email: String,
    active: bool,
    admin: bool,
    created_at: i64,
    updated_at: String,
}

#[derive(chopin::Serialize, serde::Serialize)]
struct Document {
    title: String,
    author: String,
    paragraphs: Vec<String>,
    code: Vec<String>,
}

fn users() -> Vec<User> {
    (0..100u64)
        .map(|i| User {
            id: 1_000_000 + i * 7919,
            name: format!("User Number {i}"),
            email: format!("user.{i}@example.com"),
            active: i % 3 != 0,
            admin: i % 17 == 0,
            created_at: 1_700_000_000 + i as i64 * 86_400,
            updated_at: format!("2024-{:02}-{:02}T12:{:02}:00Z", i % 12 + 1, i % 28 + 1, i % 60),
        })
        .collect()
}

fn document() -> Document {
    let para = "She said \"hello\"\tand left.\nThe path was C:\\Users\\chopin\\notes.txt; \
                the log read \u{1}\u{7}\u{1b}[0m — café, naïve, 日本語, and a line separator \u{2028}.";
    let code = "fn main() {\n\tprintln!(\"{}\", \"a\\\\b\");\n}\n";
    Document {
        title: "Quoting \"everything\": a \\ guide".to_owned(),
        author: "O'Neil \"The Escaper\"".to_owned(),
        paragraphs: (0..40).map(|i| format!("{i}: {para}")).collect(),
        code: (0..20).map(|i| format!("// {i}\n{code}")).collect(),
    }
}

fn compare<T: chopin::Serialize + serde::Serialize>(c: &mut Criterion, name: &str, value: &T) {
    let len = chopin::json::to_vec(value).len();
    assert_eq!(chopin::json::to_vec(value), serde_json::to_vec(value).unwrap());
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(len as u64));
    let mut buf = Vec::with_capacity(64 * 1024);
    g.bench_function(BenchmarkId::new("buffer", "chopin"), |b| {
        b.iter(|| {
            buf.clear();
            chopin::json::to_writer(&mut buf, black_box(value));
            black_box(buf.len())
        })
    });
    g.bench_function(BenchmarkId::new("buffer", "serde_json"), |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, black_box(value)).unwrap();
            black_box(buf.len())
        })
    });
    g.bench_function(BenchmarkId::new("buffer", "sonic_rs"), |b| {
        b.iter(|| {
            buf.clear();
            sonic_rs::to_writer(&mut buf, black_box(value)).unwrap();
            black_box(buf.len())
        })
    });
    g.bench_function(BenchmarkId::new("to_vec", "chopin"), |b| {
        b.iter(|| chopin::json::to_vec(black_box(value)))
    });
    g.bench_function(BenchmarkId::new("to_vec", "serde_json"), |b| {
        b.iter(|| serde_json::to_vec(black_box(value)).unwrap())
    });
    g.bench_function(BenchmarkId::new("to_vec", "sonic_rs"), |b| {
        b.iter(|| sonic_rs::to_vec(black_box(value)).unwrap())
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    compare(c, "a_message", &Message { message: "Hello, World!" });
    compare(c, "b_users_100", &users());
    compare(c, "c_escaped_strings", &document());
}

criterion_group! {
    name = json;
    config = Criterion::default().warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}

/// Writes `value` with `lib` into a reused buffer `n` times.
fn repeat<T: chopin::Serialize + serde::Serialize>(value: &T, lib: &str, n: usize) {
    let mut buf = Vec::with_capacity(64 * 1024);
    for _ in 0..n {
        buf.clear();
        match lib {
            "chopin" => chopin::json::to_writer(&mut buf, black_box(value)),
            "serde_json" => serde_json::to_writer(&mut buf, black_box(value)).unwrap(),
            "sonic_rs" => sonic_rs::to_writer(&mut buf, black_box(value)).unwrap(),
            other => panic!("unknown library `{other}` (chopin, serde_json, sonic_rs)"),
        }
        black_box(buf.len());
    }
}

fn main() {
    if let Ok(spec) = std::env::var("CHOPIN_JSON_LOOP") {
        let parts: Vec<&str> = spec.split(':').collect();
        let [case, lib, n] = parts[..] else { panic!("CHOPIN_JSON_LOOP is <case>:<lib>:<n>") };
        let n: usize = n.parse().expect("a loop count");
        match case {
            "a" => repeat(&Message { message: "Hello, World!" }, lib, n),
            "b" => repeat(&users(), lib, n),
            "c" => repeat(&document(), lib, n),
            other => panic!("unknown case `{other}` (a, b, c)"),
        }
        return;
    }
    json();
    Criterion::default().configure_from_args().final_summary();
}
