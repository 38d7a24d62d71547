//! The three routers the lookup benchmark compares, over the same generated route sets
//! (`routes_*.rs`, written by `gen_routes.py`): Chopin's `app!` router, `matchit`, and a std
//! `HashMap` of the static paths. Each answers a lookup with a [`Found`].

use std::collections::HashMap;

pub use chopin::router::Found;
use chopin::router::method_slot;
use chopin::Method;

pub mod routes_10;
pub mod routes_100;
pub mod routes_2000;

/// One distinct path pattern of a route set.
pub struct Pattern {
    /// The pattern in matchit's syntax (`{p1}`, `{*rest}`).
    pub matchit: &'static str,
    /// No parameter: the HashMap can hold it.
    pub is_static: bool,
    /// The route per method slot (`u16::MAX`: none), numbered as `app!` numbers them.
    pub ids: [u16; 8],
    /// The `Allow` value of a 405 on this pattern.
    pub allow: &'static str,
}

/// What a replayed lookup should hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A route without parameters.
    Static,
    /// A route with `:param` or `*rest`.
    Param,
    /// No route.
    Miss,
}

/// One request the benchmark replays.
pub struct Lookup {
    /// Its method.
    pub method: Method,
    /// Its path.
    pub path: &'static str,
    /// What it hits.
    pub kind: Kind,
    /// The route it must reach (`None`: 404).
    pub want: Option<u16>,
}

/// A route set as the benchmark sees it.
pub struct Set {
    /// Number of routes.
    pub size: usize,
    /// The generated router's lookup.
    pub chopin: fn(Method, &str) -> Found,
    /// The patterns, for the other two routers.
    pub patterns: &'static [Pattern],
    /// The lookups to replay.
    pub lookups: &'static [Lookup],
}

/// The three route sets, smallest first.
pub fn sets() -> [Set; 3] {
    [
        Set { size: 10, chopin: routes_10::chopin, patterns: &routes_10::PATTERNS, lookups: &routes_10::LOOKUPS },
        Set { size: 100, chopin: routes_100::chopin, patterns: &routes_100::PATTERNS, lookups: &routes_100::LOOKUPS },
        Set { size: 2000, chopin: routes_2000::chopin, patterns: &routes_2000::PATTERNS, lookups: &routes_2000::LOOKUPS },
    ]
}

/// The route for `method` on a matched pattern, or 405 with its `Allow` value (what `app!`'s
/// tables answer).
#[inline(always)]
fn pick(value: &([u16; 8], &'static str), method: Method) -> Found {
    let id = value.0[method_slot(method)];
    if id != u16::MAX { Found::Route(id) } else { Found::NotAllowed(value.1) }
}

/// `matchit::Router` holding every pattern; the value is the per-method table, as axum keeps
/// one method router per path.
pub struct Matchit(matchit::Router<([u16; 8], &'static str)>);

impl Matchit {
    /// Inserts every pattern (panics on a conflict matchit refuses).
    pub fn new(patterns: &[Pattern]) -> Matchit {
        let mut r = matchit::Router::new();
        for p in patterns {
            r.insert(p.matchit, (p.ids, p.allow)).unwrap_or_else(|e| panic!("{}: {e}", p.matchit));
        }
        Matchit(r)
    }

    /// Resolves a request (the captured parameters are built, then dropped).
    #[inline]
    pub fn find(&self, method: Method, path: &str) -> Found {
        match self.0.at(path) {
            Ok(m) => pick(m.value, method),
            Err(_) => Found::NotFound,
        }
    }
}

/// A std `HashMap` (default SipHash hasher) from each static path to its per-method table.
/// It can only match exactly, so it holds no parameter route: a request for one is a miss.
pub struct Hash(HashMap<&'static str, ([u16; 8], &'static str)>);

impl Hash {
    /// Inserts the static patterns.
    pub fn new(patterns: &[Pattern]) -> Hash {
        Hash(patterns.iter().filter(|p| p.is_static).map(|p| (p.matchit, (p.ids, p.allow))).collect())
    }

    /// Resolves a request by its exact path.
    #[inline]
    pub fn find(&self, method: Method, path: &str) -> Found {
        match self.0.get(path) {
            Some(v) => pick(v, method),
            None => Found::NotFound,
        }
    }
}
