//! The lowered form of an `app!`: routes flattened out of scopes with their full paths and
//! middleware chains, the route tables (perfect hash for static paths, a segment trie for the
//! rest) and the settings. Built only from input `validate` accepted, so it never reports.

mod phf;
mod trie;

pub(crate) use phf::{ends_seed2, HashKind, Phf, FMIX1, FMIX2, K as HASH_K};
pub(crate) use trie::Node;

use std::collections::BTreeMap;

use proc_macro2::Span;
use syn::{Expr, Ident, Type};

use crate::parse::{AppDecl, ItemDecl, MwRefDecl, ValueDecl};

/// One segment of a route path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Seg {
    Static(String),
    Param(String),
    Rest(String),
}

/// Why a path literal is malformed (validate turns it into an error).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PathError {
    NoLeadingSlash,
    EmptySegment,
    RestNotLast(String),
    BadParamName(String),
    PartialParam(String),
    BadChar(char),
    TooManyParams(usize),
}

/// Most parameters a route may declare (the runtime's `MAX_PARAMS`).
pub(crate) const MAX_PARAMS: usize = 16;

/// Splits a declared path into segments. `/` is no segments; a trailing `/` is a final empty
/// static segment, so `/users` and `/users/` are different routes.
pub(crate) fn parse_path(path: &str) -> Result<Vec<Seg>, PathError> {
    let Some(rest) = path.strip_prefix('/') else { return Err(PathError::NoLeadingSlash) };
    if rest.is_empty() {
        return Ok(Vec::new());
    }
    if let Some(c) = path.chars().find(|c| !allowed_path_char(*c)) {
        return Err(PathError::BadChar(c));
    }
    let parts: Vec<&str> = rest.split('/').collect();
    let mut segs = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if part.is_empty() {
            if last {
                segs.push(Seg::Static(String::new()));
                continue;
            }
            return Err(PathError::EmptySegment);
        }
        if let Some(name) = part.strip_prefix(':') {
            check_param_name(name)?;
            segs.push(Seg::Param(name.to_string()));
        } else if let Some(name) = part.strip_prefix('*') {
            check_param_name(name)?;
            if !last {
                return Err(PathError::RestNotLast(name.to_string()));
            }
            segs.push(Seg::Rest(name.to_string()));
        } else if let Some(p) = part.find([':', '*']) {
            return Err(PathError::PartialParam(part[p..].to_string()));
        } else {
            segs.push(Seg::Static(part.to_string()));
        }
    }
    let n = segs.iter().filter(|s| !matches!(s, Seg::Static(_))).count();
    if n > MAX_PARAMS {
        return Err(PathError::TooManyParams(n));
    }
    Ok(segs)
}

fn check_param_name(name: &str) -> Result<(), PathError> {
    let mut chars = name.chars();
    let ok = matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_lowercase())
        && chars.all(|c| c == '_' || c.is_ascii_lowercase() || c.is_ascii_digit());
    if ok { Ok(()) } else { Err(PathError::BadParamName(name.to_string())) }
}

/// RFC 3986 `pchar` and `/`, without `%` (declared paths are written decoded-free).
fn allowed_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/".contains(c)
}

/// The runtime's method slots, in order (`ANY` fills every one).
pub(crate) const SLOT_NAMES: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/// Slots a declared method occupies.
pub(crate) fn method_slots(method: &str) -> Vec<usize> {
    match method {
        "ANY" => (0..8).collect(),
        m => vec![SLOT_NAMES.iter().position(|s| *s == m).expect("validated method")],
    }
}

/// A route after flattening.
pub(crate) struct Route {
    pub(crate) method: Ident,
    /// The full path as declared (scope prefixes joined).
    pub(crate) path: String,
    pub(crate) path_span: Span,
    pub(crate) segs: Vec<Seg>,
    pub(crate) handler: HandlerRef,
    /// Global, then scope (outer to inner), then route middleware.
    pub(crate) chain: Vec<MwRefDecl>,
}

impl Route {
    pub(crate) fn param_names(&self) -> Vec<&str> {
        self.segs
            .iter()
            .filter_map(|s| match s {
                Seg::Param(n) | Seg::Rest(n) => Some(n.as_str()),
                Seg::Static(_) => None,
            })
            .collect()
    }
    pub(crate) fn is_static(&self) -> bool {
        self.segs.iter().all(|s| matches!(s, Seg::Static(_)))
    }
    /// The path's shape with parameter names erased (two routes with the same shape and
    /// method can match the same requests).
    pub(crate) fn shape(&self) -> String {
        let mut s = String::new();
        for seg in &self.segs {
            s.push('/');
            match seg {
                Seg::Static(t) => s.push_str(t),
                Seg::Param(_) => s.push(':'),
                Seg::Rest(_) => s.push('*'),
            }
        }
        if s.is_empty() {
            s.push('/');
        }
        s
    }
}

/// What a route calls.
#[derive(Clone)]
pub(crate) enum HandlerRef {
    /// A function path the macro cannot see into (called through the `Handler` trait).
    Path(syn::Path),
    /// A function written inside `app!` (index into the items), called argument by argument.
    Local(syn::Path, usize),
    /// Static files under a directory (index into `Model::files`).
    Files(usize),
    /// The built-in health check.
    Health,
}

/// A declared state value.
pub(crate) struct State {
    pub(crate) shared: bool,
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) init: Expr,
}

/// Where a pool's URL comes from.
pub(crate) enum PgUrl {
    Literal(syn::LitStr),
    /// An environment variable read at start-up, with an optional default.
    Env(syn::LitStr, Option<syn::LitStr>),
}

/// One `postgres NAME { .. }` declaration: a pool built on every worker.
pub(crate) struct Pool {
    pub(crate) name: Ident,
    pub(crate) url: PgUrl,
    /// Connections per worker.
    pub(crate) size: u64,
    /// Milliseconds, when set.
    pub(crate) checkout_timeout: Option<u64>,
    pub(crate) connect_timeout: Option<u64>,
    pub(crate) query_timeout: Option<u64>,
    pub(crate) health_check: Option<u64>,
}

/// Connections per worker when `pool` is not given.
pub(crate) const DEFAULT_POOL: u64 = 4;

impl Pool {
    fn lower(p: crate::parse::PostgresDecl) -> Pool {
        use crate::parse::PgValueDecl;
        let mut pool = Pool {
            name: p.name,
            url: PgUrl::Literal(syn::LitStr::new("", Span::call_site())),
            size: DEFAULT_POOL,
            checkout_timeout: None,
            connect_timeout: None,
            query_timeout: None,
            health_check: None,
        };
        for f in p.fields {
            let ms = |v: &ValueDecl| match v {
                ValueDecl::WithUnit(n, u) => {
                    let (_, mult) = crate::validate::DURATION_UNITS.iter().find(|(s, _)| u == s).expect("validated unit");
                    Some(n.base10_parse::<u64>().expect("validated number").saturating_mul(*mult))
                }
                _ => None,
            };
            match (f.key.to_string().as_str(), f.value) {
                ("url", PgValueDecl::Env { var, default, .. }) => pool.url = PgUrl::Env(var, default),
                ("url", PgValueDecl::Plain(ValueDecl::Str(s))) => pool.url = PgUrl::Literal(s),
                ("pool", PgValueDecl::Plain(ValueDecl::Int(n))) => pool.size = n.base10_parse().expect("validated number"),
                ("checkout_timeout", PgValueDecl::Plain(v)) => pool.checkout_timeout = ms(&v),
                ("connect_timeout", PgValueDecl::Plain(v)) => pool.connect_timeout = ms(&v),
                ("query_timeout", PgValueDecl::Plain(v)) => pool.query_timeout = ms(&v),
                ("health_check", PgValueDecl::Plain(v)) => pool.health_check = ms(&v),
                _ => {}
            }
        }
        pool
    }
}

/// One `files` declaration.
pub(crate) struct Files {
    pub(crate) dir: Expr,
}

/// An endpoint: one path pattern's routes per method slot, and its `Allow` value.
pub(crate) struct Endpoint {
    pub(crate) ids: [Option<usize>; 8],
    pub(crate) allow: String,
}

/// The lowered app.
pub(crate) struct Model {
    pub(crate) settings: Vec<(Ident, ValueDecl)>,
    pub(crate) states: Vec<State>,
    pub(crate) pools: Vec<Pool>,
    pub(crate) files: Vec<Files>,
    pub(crate) routes: Vec<Route>,
    pub(crate) endpoints: Vec<Endpoint>,
    /// Static paths and their endpoints.
    pub(crate) statics: Vec<(String, usize)>,
    /// The matcher for routes with parameters.
    pub(crate) trie: Node,
    pub(crate) items: Vec<syn::Item>,
}

/// Lowers a validated declaration.
pub(crate) fn lower(app: AppDecl) -> Model {
    let mut settings = Vec::new();
    let mut states = Vec::new();
    let mut pools = Vec::new();
    let mut files = Vec::new();
    let mut items = Vec::new();
    let routes = routes(&app, &mut files);
    for item in app.items {
        match item {
            ItemDecl::Server(s) => settings.extend(s.fields.into_iter().map(|f| (f.key, f.value))),
            ItemDecl::State(s) => states.extend(s.fields.into_iter().map(|f| State {
                shared: f.kind == "shared",
                name: f.name,
                ty: f.ty,
                init: f.init,
            })),
            ItemDecl::Postgres(p) => pools.push(Pool::lower(p)),
            ItemDecl::Rust(it) => items.push(*it),
            _ => {}
        }
    }
    let (endpoints, statics, trie) = tables(&routes);
    Model { settings, states, pools, files, routes, endpoints, statics, trie, items }
}

/// Functions written inside `app!`, by name, with their index among the Rust items.
pub(crate) fn local_fns(app: &AppDecl) -> BTreeMap<String, (usize, &syn::ItemFn)> {
    app.items
        .iter()
        .filter_map(|i| match i {
            ItemDecl::Rust(it) => Some(it),
            _ => None,
        })
        .enumerate()
        .filter_map(|(i, it)| match &**it {
            syn::Item::Fn(f) => Some((f.sig.ident.to_string(), (i, f))),
            _ => None,
        })
        .collect()
}

/// Routes in declaration order, scopes expanded, each with its whole middleware chain
/// (global first). Shared with `validate`; `files` receives the `files` declarations.
pub(crate) fn routes(app: &AppDecl, files: &mut Vec<Files>) -> Vec<Route> {
    let global: Vec<MwRefDecl> = app
        .items
        .iter()
        .filter_map(|i| match i {
            ItemDecl::Middleware(m) => Some(m.list.iter().cloned()),
            _ => None,
        })
        .flatten()
        .collect();
    let local: BTreeMap<String, usize> = local_fns(app).into_iter().map(|(k, (i, _))| (k, i)).collect();
    let mut out = Vec::new();
    walk(&app.items, "", &global, &local, files, &mut out);
    out
}

fn walk(
    items: &[ItemDecl],
    prefix: &str,
    chain: &[MwRefDecl],
    local_fns: &BTreeMap<String, usize>,
    files: &mut Vec<Files>,
    out: &mut Vec<Route>,
) {
    let join = |p: &str| if p == "/" && !prefix.is_empty() { prefix.to_string() } else { format!("{prefix}{p}") };
    for item in items {
        match item {
            ItemDecl::Route(r) => {
                let path = join(&r.path.value());
                let mut full = chain.to_vec();
                full.extend(r.mws.iter().cloned());
                let handler = match r.handler.get_ident().and_then(|i| local_fns.get(&i.to_string())) {
                    Some(&i) => HandlerRef::Local(r.handler.clone(), i),
                    None => HandlerRef::Path(r.handler.clone()),
                };
                out.push(Route {
                    method: r.method.clone(),
                    segs: parse_path(&path).unwrap_or_default(),
                    path,
                    path_span: r.path.span(),
                    handler,
                    chain: full,
                });
            }
            ItemDecl::Scope(s) => {
                let p = join(&s.prefix.value());
                let mut full = chain.to_vec();
                full.extend(s.mws.iter().cloned());
                walk(&s.items, p.trim_end_matches('/'), &full, local_fns, files, out);
            }
            ItemDecl::Files(f) => {
                let idx = files.len();
                files.push(Files { dir: f.dir.clone() });
                let base = join(&f.prefix.value());
                let path = format!("{}/*path", base.trim_end_matches('/'));
                for m in ["GET", "HEAD"] {
                    out.push(Route {
                        method: Ident::new(m, f.kw.span()),
                        segs: parse_path(&path).unwrap_or_default(),
                        path: path.clone(),
                        path_span: f.prefix.span(),
                        handler: HandlerRef::Files(idx),
                        chain: chain.to_vec(),
                    });
                }
            }
            ItemDecl::Health(h) => {
                let path = join(&h.path.value());
                out.push(Route {
                    method: Ident::new("GET", h.kw.span()),
                    segs: parse_path(&path).unwrap_or_default(),
                    path,
                    path_span: h.path.span(),
                    handler: HandlerRef::Health,
                    chain: chain.to_vec(),
                });
            }
            _ => {}
        }
    }
}

/// Endpoints (one per distinct path pattern), the static path list and the trie.
fn tables(routes: &[Route]) -> (Vec<Endpoint>, Vec<(String, usize)>, Node) {
    let mut by_shape: BTreeMap<String, usize> = BTreeMap::new();
    let mut endpoints: Vec<Endpoint> = Vec::new();
    let mut statics = Vec::new();
    let mut trie = Node::default();
    for (id, r) in routes.iter().enumerate() {
        let shape = r.shape();
        let e = match by_shape.get(&shape) {
            Some(&e) => e,
            None => {
                let e = endpoints.len();
                endpoints.push(Endpoint { ids: [None; 8], allow: String::new() });
                by_shape.insert(shape, e);
                if r.is_static() {
                    statics.push((r.path.clone(), e));
                } else {
                    trie.insert(&r.segs, e);
                }
                e
            }
        };
        for slot in method_slots(&r.method.to_string()) {
            endpoints[e].ids[slot].get_or_insert(id);
        }
    }
    for e in &mut endpoints {
        // HEAD is answered by GET's handler unless declared (the runtime drops the body).
        if e.ids[1].is_none() {
            e.ids[1] = e.ids[0];
        }
        e.allow = SLOT_NAMES
            .iter()
            .enumerate()
            .filter(|(i, _)| e.ids[*i].is_some())
            .map(|(_, n)| *n)
            .collect::<Vec<_>>()
            .join(", ");
    }
    (endpoints, statics, trie)
}

#[cfg(test)]
mod tests;
