//! Route lookup time: Chopin's generated router, matchit and a std HashMap over the same
//! route sets (10, 100, 2,000 routes) and the same replayed lookups. Each benchmark replays a
//! whole list; `summary.py` divides by its length to give ns per lookup.
//!
//! Groups are `r<size>_<kind>`: `mix` (every lookup, in the generated shuffled order), then the
//! same list split by kind (`static`, `param`, `miss`).

use std::hint::black_box;
use std::time::Duration;

use chopin::Method;
use chopin_router_bench::{routes_10, routes_100, routes_2000, Hash, Kind, Lookup, Matchit, Pattern};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The mix and the per-kind lists of a set's lookups.
fn lists(lookups: &'static [Lookup]) -> Vec<(&'static str, Vec<(Method, &'static str)>)> {
    let of = |k: Option<Kind>| lookups.iter().filter(|l| k.is_none_or(|k| l.kind == k)).map(|l| (l.method, l.path)).collect();
    vec![("mix", of(None)), ("static", of(Some(Kind::Static))), ("param", of(Some(Kind::Param))), ("miss", of(Some(Kind::Miss)))]
}

/// Benchmarks one route set; `chopin` is the set's generated `App::find` (a fn item, so the
/// call is direct and can inline like the other two).
fn bench_set(c: &mut Criterion, size: usize, chopin: impl Fn(Method, &str) -> chopin::router::Found, patterns: &[Pattern], lookups: &'static [Lookup]) {
    let (m, h) = (Matchit::new(patterns), Hash::new(patterns));
    for (kind, list) in lists(lookups) {
        let mut g = c.benchmark_group(format!("r{size}_{kind}"));
        g.throughput(Throughput::Elements(list.len() as u64));
        g.bench_function("chopin", |b| {
            b.iter(|| {
                for &(method, path) in &list {
                    black_box(chopin(black_box(method), black_box(path)));
                }
            })
        });
        g.bench_function("matchit", |b| {
            b.iter(|| {
                for &(method, path) in &list {
                    black_box(m.find(black_box(method), black_box(path)));
                }
            })
        });
        g.bench_function("hashmap", |b| {
            b.iter(|| {
                for &(method, path) in &list {
                    black_box(h.find(black_box(method), black_box(path)));
                }
            })
        });
        g.finish();
    }
}

fn lookup(c: &mut Criterion) {
    bench_set(c, 10, routes_10::chopin, &routes_10::PATTERNS, &routes_10::LOOKUPS);
    bench_set(c, 100, routes_100::chopin, &routes_100::PATTERNS, &routes_100::LOOKUPS);
    bench_set(c, 2000, routes_2000::chopin, &routes_2000::PATTERNS, &routes_2000::LOOKUPS);
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3)).sample_size(60);
    targets = lookup
}
criterion_main!(benches);
