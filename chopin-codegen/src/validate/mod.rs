//! Every semantic rule of `app!`, one `check_*` function each, all errors collected (the
//! comment above each function shows an input that breaks it).

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;
use syn::spanned::Spanned;

use crate::diag::{did_you_mean, Errors};
use crate::model::{self, parse_path, PathError, Route, Seg};
use crate::parse::{AppDecl, ItemDecl, MwRefDecl, ValueDecl};

/// The value a server setting takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Count,
    CountOrAuto,
    Flag,
    Size,
    Duration,
}

/// Every `server { .. }` key, with its kind and the `Config` field it sets.
pub(crate) const SERVER_KEYS: [(&str, Kind); 17] = [
    ("bind", Kind::Text),
    ("workers", Kind::CountOrAuto),
    ("pin", Kind::Flag),
    ("max_connections", Kind::Count),
    ("backlog", Kind::Count),
    ("header_timeout", Kind::Duration),
    ("idle_timeout", Kind::Duration),
    ("write_timeout", Kind::Duration),
    ("shutdown_grace", Kind::Duration),
    ("linger", Kind::Duration),
    ("max_target", Kind::Size),
    ("max_head", Kind::Size),
    ("max_headers", Kind::Count),
    ("max_body", Kind::Size),
    ("max_chunk_line", Kind::Size),
    ("max_trailers", Kind::Size),
    ("read_buffer", Kind::Size),
];

/// Size units and their multipliers.
pub(crate) const SIZE_UNITS: [(&str, u64); 7] =
    [("B", 1), ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1000), ("MB", 1_000_000), ("GB", 1_000_000_000)];
/// Duration units in milliseconds.
pub(crate) const DURATION_UNITS: [(&str, u64); 4] = [("ms", 1), ("s", 1000), ("min", 60_000), ("h", 3_600_000)];

/// Runs every rule.
pub(crate) fn check(app: &AppDecl, errs: &mut Errors) {
    check_top_level(&app.items, errs);
    for item in &app.items {
        match item {
            ItemDecl::Server(s) => check_server(s, errs),
            ItemDecl::State(s) => check_states(s, errs),
            ItemDecl::Postgres(p) => check_postgres(p, errs),
            _ => {}
        }
    }
    check_pool_names(&app.items, errs);
    check_paths(&app.items, errs);
    let local_fns = model::local_fns(app);
    let routes = model::routes(app, &mut Vec::new());
    if errs.is_empty() {
        check_conflicts(&routes, errs);
    }
    check_middleware_names(app, errs);
    check_handlers(app, &routes, &local_fns, errs);
}

// server { .. }  server { .. }            (repeated)
// scope "/a" { server { .. } }            (misplaced)
// auth { .. }                            (reserved)
fn check_top_level(items: &[ItemDecl], errs: &mut Errors) {
    let mut seen: BTreeMap<&str, proc_macro2::Span> = BTreeMap::new();
    for item in items {
        let (name, span) = match item {
            ItemDecl::Server(s) => ("server", s.kw.span()),
            ItemDecl::State(s) => ("state", s.kw.span()),
            ItemDecl::Middleware(m) => ("middleware", m.kw.span()),
            ItemDecl::Scope(s) => {
                check_scope_items(&s.items, errs);
                continue;
            }
            ItemDecl::Reserved(kw) => {
                reserved(kw, errs);
                continue;
            }
            _ => continue,
        };
        if seen.insert(name, span).is_some() {
            errs.push(
                span,
                format!("`{name}` is declared twice"),
                Some(format!("merge the two `{name}` declarations into one")),
            );
        }
    }
}

fn reserved(kw: &syn::Ident, errs: &mut Errors) {
    let what = match kw.to_string().as_str() {
        "auth" => "authentication",
        "models" => "models",
        "metrics" => "the metrics endpoint",
        _ => "WebSocket endpoints",
    };
    errs.push(
        kw.span(),
        format!("`{kw}` declares {what}, which this version of `app!` does not support yet"),
        Some("remove the declaration; the keyword is reserved for it".into()),
    );
}

fn check_scope_items(items: &[ItemDecl], errs: &mut Errors) {
    for item in items {
        let (what, span) = match item {
            ItemDecl::Server(s) => ("`server`", s.kw.span()),
            ItemDecl::State(s) => ("`state`", s.kw.span()),
            ItemDecl::Postgres(p) => ("`postgres`", p.kw.span()),
            ItemDecl::Middleware(m) => ("`middleware`", m.kw.span()),
            ItemDecl::Reserved(kw) => {
                reserved(kw, errs);
                continue;
            }
            ItemDecl::Rust(it) => ("a Rust item", it.span()),
            ItemDecl::Scope(s) => {
                check_scope_items(&s.items, errs);
                continue;
            }
            _ => continue,
        };
        errs.push(
            span,
            format!("{what} cannot appear inside a `scope`"),
            Some(match what {
                "`middleware`" => "give the scope its middleware after its prefix: `scope \"/api\" [auth] { .. }`".into(),
                "a Rust item" => "write it at the top level of `app!` (or outside it)".into(),
                _ => format!("move {what} to the top level of `app!`"),
            }),
        );
    }
}

// server { bind: "0.0.0.0:8080", bind: "..." }   (repeated key)
// server { port: 8080 }                           (unknown key)
// server { max_body: 10 s }                       (wrong kind of value)
fn check_server(s: &crate::parse::ServerDecl, errs: &mut Errors) {
    let mut seen = BTreeSet::new();
    for f in &s.fields {
        let key = f.key.to_string();
        let Some(&(_, kind)) = SERVER_KEYS.iter().find(|(k, _)| *k == key) else {
            let hint = match did_you_mean(&key, SERVER_KEYS.iter().map(|(k, _)| *k)) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!(
                    "available keys: {}",
                    SERVER_KEYS.iter().map(|(k, _)| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            errs.push(f.key.span(), format!("unknown server setting `{key}`"), Some(hint));
            continue;
        };
        if !seen.insert(key.clone()) {
            errs.push(f.key.span(), format!("server setting `{key}` is set twice"), Some("keep one of them".into()));
        }
        check_value(&key, kind, &f.value, errs);
    }
}

fn check_value(key: &str, kind: Kind, v: &ValueDecl, errs: &mut Errors) {
    let want = match kind {
        Kind::Text => "a string such as `\"0.0.0.0:8080\"`",
        Kind::Count => "a whole number",
        Kind::CountOrAuto => "a whole number or `auto`",
        Kind::Flag => "`true` or `false`",
        Kind::Size => "a size such as `64 KiB` (units: B, KiB, MiB, GiB, KB, MB, GB)",
        Kind::Duration => "a duration such as `10 s` (units: ms, s, min, h)",
    };
    let ok = match (kind, v) {
        (Kind::Text, ValueDecl::Str(_)) | (Kind::Flag, ValueDecl::Bool(_)) => true,
        (Kind::Count | Kind::CountOrAuto | Kind::Size, ValueDecl::Int(n)) => n.base10_parse::<u64>().is_ok(),
        (Kind::CountOrAuto, ValueDecl::Word(w)) => w == "auto",
        (Kind::Size, ValueDecl::WithUnit(n, u)) => {
            n.base10_parse::<u64>().is_ok() && SIZE_UNITS.iter().any(|(s, _)| u == s)
        }
        (Kind::Duration, ValueDecl::WithUnit(n, u)) => {
            n.base10_parse::<u64>().is_ok() && DURATION_UNITS.iter().any(|(s, _)| u == s)
        }
        _ => false,
    };
    let what = match key.strip_prefix("postgres ") {
        _ if key == "body_limit" => "`body_limit`".to_string(),
        Some(k) => format!("postgres setting `{k}`"),
        None => format!("server setting `{key}`"),
    };
    if !ok {
        errs.push_tokens(v, format!("{what} expects {want}"), None);
        return;
    }
    let zero = match v {
        ValueDecl::Int(n) | ValueDecl::WithUnit(n, _) => n.base10_parse::<u64>().ok() == Some(0),
        _ => false,
    };
    let allows_zero = matches!(key, "linger" | "shutdown_grace" | "backlog");
    if zero && !allows_zero {
        errs.push_tokens(v, format!("{what} cannot be zero"), None);
    }
    if key == "max_headers"
        && let ValueDecl::Int(n) = v
        && n.base10_parse::<u64>().is_ok_and(|n| n > 128)
    {
        errs.push_tokens(v, "server setting `max_headers` cannot exceed 128", None);
    }
}

// state { worker hits: u64 = 0; worker hits: u64 = 1; }   (duplicate name)
// state { cache hits: u64 = 0; }                          (kind is not worker/shared)
// state { worker a: Cell<u64> = ..; worker b: Cell<u64> = ..; }  (same type twice: extraction by type is ambiguous)
fn check_states(s: &crate::parse::StateDecl, errs: &mut Errors) {
    let mut names: BTreeMap<String, proc_macro2::Span> = BTreeMap::new();
    let mut types: BTreeMap<String, (String, proc_macro2::Span)> = BTreeMap::new();
    for f in &s.fields {
        if f.kind != "worker" && f.kind != "shared" {
            errs.push(
                f.kind.span(),
                format!("unknown state kind `{}`", f.kind),
                Some("write `worker` (built on each worker) or `shared` (built once, shared by all)".into()),
            );
        }
        if names.insert(f.name.to_string(), f.name.span()).is_some() {
            errs.push(f.name.span(), format!("state `{}` is declared twice", f.name), Some("rename one of them".into()));
        }
        let ty = f.ty.to_token_stream().to_string();
        if let Some((other, _)) = types.get(&ty) {
            errs.push(
                f.ty.span(),
                format!("state `{}` has the same type as state `{other}`", f.name),
                Some("handlers take state by type; wrap one of them in its own struct".into()),
            );
        } else {
            types.insert(ty, (f.name.to_string(), f.name.span()));
        }
    }
}

/// Every `postgres NAME { .. }` key and the kind of value it takes (`url` also takes `env(..)`).
pub(crate) const PG_KEYS: [(&str, Kind); 6] = [
    ("url", Kind::Text),
    ("pool", Kind::Count),
    ("checkout_timeout", Kind::Duration),
    ("connect_timeout", Kind::Duration),
    ("query_timeout", Kind::Duration),
    ("health_check", Kind::Duration),
];

/// Most connections one worker's pool may hold.
pub(crate) const MAX_POOL: u64 = 1024;

// postgres db { pool: 4 }                              (no url)
// postgres db { url: "mysql://h/db" }                  (not a PostgreSQL URL)
// postgres db { url: env("") }                         (bad variable name)
// postgres db { url: env("U"), size: 4 }               (unknown key)
// postgres db { url: env("U"), pool: 0 }               (pool out of range)
// postgres db { url: env("U"), pool: env("N") }        (env only for url)
fn check_postgres(p: &crate::parse::PostgresDecl, errs: &mut Errors) {
    use crate::parse::PgValueDecl;
    let mut seen = BTreeSet::new();
    for f in &p.fields {
        let key = f.key.to_string();
        let Some(&(_, kind)) = PG_KEYS.iter().find(|(k, _)| *k == key) else {
            let hint = match did_you_mean(&key, PG_KEYS.iter().map(|(k, _)| *k)) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!(
                    "available keys: {}",
                    PG_KEYS.iter().map(|(k, _)| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            errs.push(f.key.span(), format!("unknown postgres setting `{key}`"), Some(hint));
            continue;
        };
        if !seen.insert(key.clone()) {
            errs.push(f.key.span(), format!("postgres setting `{key}` is set twice"), Some("keep one of them".into()));
        }
        match &f.value {
            PgValueDecl::Env { kw, var, default } => {
                if key != "url" {
                    errs.push(kw.span(), format!("`env(..)` is only accepted for `url`, not `{key}`"), None);
                    continue;
                }
                let v = var.value();
                if v.is_empty() || v.contains(['=', '\0']) {
                    errs.push(var.span(), "an environment variable's name cannot be empty or contain `=` or NUL", None);
                }
                if let Some(d) = default {
                    check_pg_url(d, errs);
                }
            }
            PgValueDecl::Plain(v) => {
                if key == "url" {
                    match v {
                        crate::parse::ValueDecl::Str(s) => check_pg_url(s, errs),
                        _ => errs.push_tokens(
                            v,
                            "postgres setting `url` expects a string such as `\"postgres://app@127.0.0.1/shop\"` or `env(\"DATABASE_URL\")`",
                            None,
                        ),
                    }
                    continue;
                }
                let before = errs.len();
                check_value(&format!("postgres {key}"), kind, v, errs);
                if errs.len() == before
                    && key == "pool"
                    && let crate::parse::ValueDecl::Int(n) = v
                    && n.base10_parse::<u64>().is_ok_and(|n| n > MAX_POOL)
                {
                    errs.push_tokens(v, format!("postgres setting `pool` cannot exceed {MAX_POOL} connections per worker"), None);
                }
            }
        }
    }
    if !seen.contains("url") {
        errs.push(
            p.name.span(),
            format!("postgres pool `{}` has no `url`", p.name),
            Some("add `url: env(\"DATABASE_URL\")` or `url: \"postgres://user@host/db\"`".into()),
        );
    }
}

fn check_pg_url(url: &syn::LitStr, errs: &mut Errors) {
    let v = url.value();
    if !(v.starts_with("postgres://") || v.starts_with("postgresql://")) {
        errs.push(
            url.span(),
            "a PostgreSQL URL starts with `postgres://` or `postgresql://`",
            Some("write it as `postgres://user:password@host:5432/dbname`".into()),
        );
    }
}

// postgres db { .. }  postgres db { .. }               (duplicate pool)
// state { worker db: u64 = 0; }  postgres db { .. }    (pool named like a state)
fn check_pool_names(items: &[ItemDecl], errs: &mut Errors) {
    let states: BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            ItemDecl::State(s) => Some(s.fields.iter().map(|f| f.name.to_string())),
            _ => None,
        })
        .flatten()
        .collect();
    let mut pools = BTreeSet::new();
    for item in items {
        let ItemDecl::Postgres(p) = item else { continue };
        let name = p.name.to_string();
        if !pools.insert(name.clone()) {
            errs.push(p.name.span(), format!("postgres pool `{name}` is declared twice"), Some("rename one of them".into()));
        } else if states.contains(&name) {
            errs.push(p.name.span(), format!("postgres pool `{name}` has the same name as a state"), Some("rename one of them".into()));
        }
    }
}

// GET "users" => h;         (no leading slash)
// GET "/a//b" => h;         (empty segment)
// GET "/f/*rest/x" => h;    (rest not last)
// GET "/u/:Id" => h;        (bad parameter name)
fn check_paths(items: &[ItemDecl], errs: &mut Errors) {
    for item in items {
        match item {
            ItemDecl::Route(r) => check_path(&r.path, false, errs),
            ItemDecl::Scope(s) => {
                check_path(&s.prefix, true, errs);
                check_paths(&s.items, errs);
            }
            ItemDecl::Files(f) => check_path(&f.prefix, true, errs),
            ItemDecl::Health(h) => check_path(&h.path, false, errs),
            _ => {}
        }
    }
}

fn check_path(lit: &syn::LitStr, prefix: bool, errs: &mut Errors) {
    let path = lit.value();
    let (msg, help) = match parse_path(&path) {
        Ok(segs) if prefix && segs.iter().any(|s| matches!(s, Seg::Rest(_))) => (
            format!("the prefix `{path}` cannot end in a `*` parameter"),
            "a prefix is followed by more segments; use `:name` for one segment".to_string(),
        ),
        Ok(_) => return,
        Err(PathError::NoLeadingSlash) => (
            format!("the path `{path}` does not start with `/`"),
            format!("write `\"/{path}\"`"),
        ),
        Err(PathError::EmptySegment) => (
            format!("the path `{path}` has an empty segment (`//`)"),
            format!("write `\"{}\"`", collapse_slashes(&path)),
        ),
        Err(PathError::RestNotLast(n)) => (
            format!("the path `{path}` has `*{n}` before its last segment"),
            "a `*` parameter takes the rest of the path, so it must come last".into(),
        ),
        Err(PathError::BadParamName(n)) => (
            format!("the path `{path}` has a bad parameter name `{n}`"),
            "parameter names are lowercase Rust identifiers, such as `:user_id`".into(),
        ),
        Err(PathError::PartialParam(p)) => (
            format!("the path `{path}` has a parameter `{p}` inside a segment"),
            "a parameter takes a whole segment, such as `/files/:name`".into(),
        ),
        Err(PathError::BadChar(c)) => (
            format!("the path `{path}` contains `{}`, which a path cannot hold", c.escape_default()),
            "use letters, digits and `-._~!$&'()*+,;=:@`; the query string is not part of a route".into(),
        ),
        Err(PathError::TooManyParams(n)) => (
            format!("the path `{path}` has {n} parameters"),
            format!("a route may capture at most {} parameters", model::MAX_PARAMS),
        ),
    };
    errs.push(lit.span(), msg, Some(help));
}

fn collapse_slashes(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for c in p.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

// GET "/users/:id" => a;  GET "/users/:id" => b;        (duplicate)
// GET "/users/:id" => a;  GET "/users/:name/x" => b;    (same position, different names)
// ANY "/x" => a;  GET "/x" => b;                        (ANY already answers GET)
fn check_conflicts(routes: &[Route], errs: &mut Errors) {
    // Parameter names along shared prefixes must agree.
    let mut names_at: BTreeMap<String, (String, usize)> = BTreeMap::new();
    for (i, r) in routes.iter().enumerate() {
        let mut prefix = String::new();
        for seg in &r.segs {
            let (marker, name) = match seg {
                Seg::Static(s) => {
                    prefix.push('/');
                    prefix.push_str(s);
                    continue;
                }
                Seg::Param(n) => (":", n),
                Seg::Rest(n) => ("*", n),
            };
            prefix.push('/');
            prefix.push_str(marker);
            match names_at.get(&prefix) {
                Some((other, j)) if other != name => {
                    let first = &routes[*j];
                    errs.push(
                        r.path_span,
                        format!(
                            "route `{} {}` conflicts with `{} {}` (declared at line {})",
                            r.method,
                            r.path,
                            first.method,
                            first.path,
                            first.path_span.start().line
                        ),
                        Some(format!(
                            "use one parameter name for the same position: `{marker}{other}` or `{marker}{name}`, or add a static segment"
                        )),
                    );
                    return;
                }
                Some(_) => {}
                None => {
                    names_at.insert(prefix.clone(), (name.clone(), i));
                }
            }
        }
    }
    let mut by_slot: BTreeMap<(String, usize), usize> = BTreeMap::new();
    for (i, r) in routes.iter().enumerate() {
        let shape = r.shape();
        for slot in model::method_slots(&r.method.to_string()) {
            if let Some(&j) = by_slot.get(&(shape.clone(), slot)) {
                let first = &routes[j];
                let same = first.method == r.method && first.path == r.path;
                let help = if first.method == "ANY" || r.method == "ANY" {
                    "`ANY` already answers every method on this path; drop one of them".to_string()
                } else if same {
                    "remove one of them, or give them different methods".into()
                } else {
                    "these paths match the same requests; change one of them".into()
                };
                errs.push(
                    r.path_span,
                    format!(
                        "route `{} {}` {} `{} {}` (declared at line {})",
                        r.method,
                        r.path,
                        if same { "duplicates" } else { "conflicts with" },
                        first.method,
                        first.path,
                        first.path_span.start().line
                    ),
                    Some(help),
                );
                break;
            }
            by_slot.insert((shape.clone(), slot), i);
        }
    }
}

/// The bytes a validated size value stands for.
pub(crate) fn size_bytes(v: &ValueDecl) -> u64 {
    match v {
        ValueDecl::Int(n) => n.base10_parse().unwrap_or(0),
        ValueDecl::WithUnit(n, u) => {
            let mult = SIZE_UNITS.iter().find(|(s, _)| u == s).map_or(1, |(_, m)| *m);
            n.base10_parse::<u64>().unwrap_or(0).saturating_mul(mult)
        }
        _ => 0,
    }
}

/// Middleware every `app!` knows without a definition.
pub(crate) const BUILTIN_MIDDLEWARE: [&str; 1] = ["body_limit"];

// middleware [acces_log];   with `fn access_log` defined in `app!`   (unknown name)
fn check_middleware_names(app: &AppDecl, errs: &mut Errors) {
    let mut known: BTreeSet<String> = BUILTIN_MIDDLEWARE.iter().map(|s| s.to_string()).collect();
    for item in &app.items {
        if let ItemDecl::Rust(it) = item {
            match &**it {
                syn::Item::Fn(f) => {
                    known.insert(f.sig.ident.to_string());
                }
                syn::Item::Use(u) => collect_use_names(&u.tree, &mut known),
                syn::Item::Static(s) => {
                    known.insert(s.ident.to_string());
                }
                syn::Item::Const(c) => {
                    known.insert(c.ident.to_string());
                }
                _ => {}
            }
        }
    }
    let mut visit = |m: &MwRefDecl| {
        let Some(id) = m.path.get_ident() else { return };
        if id == "body_limit" {
            match &m.limit {
                Some(v) => check_value("body_limit", Kind::Size, v, errs),
                None => errs.push(
                    id.span(),
                    "`body_limit` needs a size",
                    Some("write `body_limit(64 KiB)`".into()),
                ),
            }
            return;
        }
        let name = id.to_string();
        if known.contains(&name) {
            return;
        }
        let hint = match did_you_mean(&name, known.iter().map(String::as_str)) {
            Some(k) => format!("did you mean `{k}`?"),
            None => "define the middleware as a `fn` inside `app!`, import it with a `use` inside `app!`, or write its path (`mw::auth`)".into(),
        };
        errs.push(id.span(), format!("unknown middleware `{name}`"), Some(hint));
    };
    walk_mws(&app.items, &mut visit);
}

fn walk_mws(items: &[ItemDecl], f: &mut impl FnMut(&MwRefDecl)) {
    for item in items {
        match item {
            ItemDecl::Middleware(m) => m.list.iter().for_each(&mut *f),
            ItemDecl::Route(r) => r.mws.iter().for_each(&mut *f),
            ItemDecl::Scope(s) => {
                s.mws.iter().for_each(&mut *f);
                walk_mws(&s.items, f);
            }
            _ => {}
        }
    }
}

fn collect_use_names(tree: &syn::UseTree, out: &mut BTreeSet<String>) {
    match tree {
        syn::UseTree::Path(p) => collect_use_names(&p.tree, out),
        syn::UseTree::Name(n) => {
            out.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            out.insert(r.rename.to_string());
        }
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| collect_use_names(t, out)),
        syn::UseTree::Glob(_) => {}
    }
}

// GET "/users/:id" => show;   fn show() -> String { .. }          (parameter not taken)
// fn show(#[state] hitz: &Cell<u64>)   with no state `hitz`       (unknown state)
// postgres a {..} postgres b {..}   fn show(db: Pool)               (which pool?)
fn check_handlers(
    app: &AppDecl,
    routes: &[Route],
    local_fns: &BTreeMap<String, (usize, &syn::ItemFn)>,
    errs: &mut Errors,
) {
    let states: Vec<String> = app
        .items
        .iter()
        .filter_map(|i| match i {
            ItemDecl::State(s) => Some(s.fields.iter().map(|f| f.name.to_string()).collect::<Vec<_>>()),
            ItemDecl::Postgres(p) => Some(vec![p.name.to_string()]),
            _ => None,
        })
        .flatten()
        .collect();
    let pools: Vec<String> = app
        .items
        .iter()
        .filter_map(|i| match i {
            ItemDecl::Postgres(p) => Some(p.name.to_string()),
            _ => None,
        })
        .collect();
    let mut checked_states = BTreeSet::new();
    for r in routes {
        let model::HandlerRef::Local(path, _) = &r.handler else { continue };
        let Some((_, f)) = local_fns.get(&path.get_ident().map(|i| i.to_string()).unwrap_or_default()) else {
            continue;
        };
        if checked_states.insert(f.sig.ident.to_string()) {
            for arg in &f.sig.inputs {
                let syn::FnArg::Typed(pt) = arg else { continue };
                if !pt.attrs.iter().any(|a| a.path().is_ident("state")) {
                    if pools.len() > 1 && type_name(&pt.ty).as_deref() == Some("Pool") {
                        errs.push(
                            pt.ty.span(),
                            format!("this app declares {} postgres pools, so a `Pool` argument must say which", pools.len()),
                            Some(format!(
                                "take one by name: {}",
                                pools.iter().map(|p| format!("`#[state] {p}: Pool`")).collect::<Vec<_>>().join(" or ")
                            )),
                        );
                    }
                    continue;
                }
                let Some(name) = arg_name(pt) else {
                    errs.push(pt.pat.span(), "a `#[state]` argument must be a plain name", Some("write `#[state] hits: &Cell<u64>`".into()));
                    continue;
                };
                if !states.iter().any(|s| name == s) {
                    let hint = match did_you_mean(&name.to_string(), states.iter().map(String::as_str)) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None if states.is_empty() => "declare it: `state { worker hits: Cell<u64> = Cell::new(0); }`".into(),
                        None => format!("declared states: {}", states.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")),
                    };
                    errs.push(name.span(), format!("unknown state `{name}`"), Some(hint));
                }
            }
        }
        // `Path<T>` and `&Context` read parameters themselves.
        let takes_all = f.sig.inputs.iter().any(|a| match a {
            syn::FnArg::Typed(pt) => matches!(type_name(&pt.ty).as_deref(), Some("Path" | "Context")),
            syn::FnArg::Receiver(_) => false,
        });
        if takes_all {
            continue;
        }
        for p in r.param_names() {
            let taken = f.sig.inputs.iter().any(|a| match a {
                syn::FnArg::Typed(pt) => arg_name(pt).is_some_and(|n| n == p),
                syn::FnArg::Receiver(_) => false,
            });
            if !taken {
                errs.push(
                    f.sig.ident.span(),
                    format!("handler `{}` does not take the path parameter `{p}` of route `{} {}`", f.sig.ident, r.method, r.path),
                    Some(format!("add an argument named like the parameter, such as `{p}: String`")),
                );
            }
        }
    }
}

/// The last path segment of a type, through references: `Context` for `&Context<'_>`.
fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The name of an argument written as a plain identifier.
pub(crate) fn arg_name(pt: &syn::PatType) -> Option<&syn::Ident> {
    match &*pt.pat {
        syn::Pat::Ident(pi) if pi.subpat.is_none() => Some(&pi.ident),
        _ => None,
    }
}
