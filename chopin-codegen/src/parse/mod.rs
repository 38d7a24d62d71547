//! The syntax of `app!`: a syn AST of the declaration, parsed fail-fast. Semantic rules live in
//! `validate`; this module only knows the shapes.
//!
//! ```text
//! app      := item*
//! item     := server | state | postgres | middleware | route | scope | files | health | reserved | rust-item
//! server   := "server" "{" (key ":" value ","?)* "}"
//! postgres := "postgres" ident "{" (key ":" (value | "env" "(" "VAR" ("," "default")? ")") ","?)* "}"
//! state    := "state" "{" (("worker" | "shared") ident ":" type "=" expr ";")* "}"
//! middleware := "middleware" "[" mw,* "]" ";"?
//! route    := METHOD "path" "=>" handler-path ("[" mw,* "]")? ";"
//! scope    := "scope" "prefix" ("[" mw,* "]")? "{" item* "}"
//! files    := "files" "prefix" "=>" expr ";"
//! health   := "health" "path" ";"
//! mw       := path ("(" expr,* ")")?
//! ```

use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{braced, bracketed, parenthesized, Expr, Ident, LitStr, Token, Type};

/// Route methods `app!` accepts.
pub(crate) const METHODS: [&str; 8] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "ANY"];
/// Declarations kept for features that other parts of Chopin bring.
pub(crate) const RESERVED: [&str; 5] = ["auth", "models", "ws", "WS", "metrics"];

/// The whole declaration.
pub(crate) struct AppDecl {
    pub(crate) items: Vec<ItemDecl>,
}

/// One top-level (or scope-level) entry.
pub(crate) enum ItemDecl {
    Server(ServerDecl),
    State(StateDecl),
    Postgres(PostgresDecl),
    Middleware(MiddlewareDecl),
    Route(RouteDecl),
    Scope(ScopeDecl),
    Files(FilesDecl),
    Health(HealthDecl),
    Reserved(Ident),
    Rust(Box<syn::Item>),
}

pub(crate) struct ServerDecl {
    pub(crate) kw: Ident,
    pub(crate) fields: Vec<ServerFieldDecl>,
}

pub(crate) struct ServerFieldDecl {
    pub(crate) key: Ident,
    pub(crate) value: ValueDecl,
}

/// A setting's value: `"text"`, `8`, `64 KiB`, `10 s`, `true`, or `auto`.
#[derive(Clone)]
pub(crate) enum ValueDecl {
    Str(LitStr),
    Int(syn::LitInt),
    WithUnit(syn::LitInt, Ident),
    Bool(syn::LitBool),
    Word(Ident),
}

impl quote::ToTokens for ValueDecl {
    fn to_tokens(&self, out: &mut TokenStream) {
        match self {
            ValueDecl::Str(l) => l.to_tokens(out),
            ValueDecl::Int(l) => l.to_tokens(out),
            ValueDecl::WithUnit(l, u) => {
                l.to_tokens(out);
                u.to_tokens(out);
            }
            ValueDecl::Bool(b) => b.to_tokens(out),
            ValueDecl::Word(w) => w.to_tokens(out),
        }
    }
}

pub(crate) struct StateDecl {
    pub(crate) kw: Ident,
    pub(crate) fields: Vec<StateFieldDecl>,
}

pub(crate) struct StateFieldDecl {
    /// `worker` or `shared`.
    pub(crate) kind: Ident,
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) init: Expr,
}

/// `postgres db { url: env("DATABASE_URL"), pool: 4 }`: a connection pool per worker.
pub(crate) struct PostgresDecl {
    pub(crate) kw: Ident,
    pub(crate) name: Ident,
    pub(crate) fields: Vec<PgFieldDecl>,
}

pub(crate) struct PgFieldDecl {
    pub(crate) key: Ident,
    pub(crate) value: PgValueDecl,
}

/// A pool setting: a plain value, or `env("VAR")` / `env("VAR", "default")` read at start-up.
pub(crate) enum PgValueDecl {
    Plain(ValueDecl),
    Env { kw: Ident, var: LitStr, default: Option<LitStr> },
}

pub(crate) struct MiddlewareDecl {
    pub(crate) kw: Ident,
    pub(crate) list: Vec<MwRefDecl>,
}

/// A middleware named in a chain: a function path, or a call that builds one.
#[derive(Clone)]
pub(crate) struct MwRefDecl {
    pub(crate) path: syn::Path,
    pub(crate) args: Option<Punctuated<Expr, Token![,]>>,
    /// The size given to the built-in `body_limit` (`body_limit(64 KiB)`).
    pub(crate) limit: Option<ValueDecl>,
}

pub(crate) struct RouteDecl {
    pub(crate) method: Ident,
    pub(crate) path: LitStr,
    pub(crate) handler: syn::Path,
    pub(crate) mws: Vec<MwRefDecl>,
}

pub(crate) struct ScopeDecl {
    pub(crate) prefix: LitStr,
    pub(crate) mws: Vec<MwRefDecl>,
    pub(crate) items: Vec<ItemDecl>,
}

pub(crate) struct FilesDecl {
    pub(crate) kw: Ident,
    pub(crate) prefix: LitStr,
    pub(crate) dir: Expr,
}

pub(crate) struct HealthDecl {
    pub(crate) kw: Ident,
    pub(crate) path: LitStr,
}

/// Parses the macro input.
pub(crate) fn parse_app(input: TokenStream) -> syn::Result<AppDecl> {
    syn::parse2::<AppDecl>(input)
}

impl Parse for AppDecl {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        Ok(AppDecl { items: parse_items(input)? })
    }
}

fn parse_items(input: ParseStream<'_>) -> syn::Result<Vec<ItemDecl>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        items.push(parse_item(input)?);
    }
    Ok(items)
}

fn parse_item(input: ParseStream<'_>) -> syn::Result<ItemDecl> {
    if input.peek(Ident) && !input.peek2(Token![!]) {
        let fork = input.fork();
        let word: Ident = fork.parse()?;
        let name = word.to_string();
        match name.as_str() {
            "server" if fork.peek(syn::token::Brace) => return parse_server(input).map(ItemDecl::Server),
            "state" if fork.peek(syn::token::Brace) => return parse_state(input).map(ItemDecl::State),
            "postgres" => return parse_postgres(input).map(ItemDecl::Postgres),
            "middleware" if fork.peek(syn::token::Bracket) => {
                let kw: Ident = input.parse()?;
                let list = parse_mw_list(input)?;
                let _ = input.parse::<Option<Token![;]>>()?;
                return Ok(ItemDecl::Middleware(MiddlewareDecl { kw, list }));
            }
            "scope" if fork.peek(LitStr) => return parse_scope(input).map(ItemDecl::Scope),
            "files" if fork.peek(LitStr) => {
                let kw: Ident = input.parse()?;
                let prefix: LitStr = input.parse()?;
                input.parse::<Token![=>]>()?;
                let dir: Expr = input.parse()?;
                input.parse::<Token![;]>()?;
                return Ok(ItemDecl::Files(FilesDecl { kw, prefix, dir }));
            }
            "health" if fork.peek(LitStr) => {
                let kw: Ident = input.parse()?;
                let path: LitStr = input.parse()?;
                input.parse::<Token![;]>()?;
                return Ok(ItemDecl::Health(HealthDecl { kw, path }));
            }
            m if METHODS.contains(&m) && fork.peek(LitStr) => return parse_route(input).map(ItemDecl::Route),
            r if RESERVED.contains(&r) => {
                let kw: Ident = input.parse()?;
                // Skip the rest of the declaration so the next one still parses.
                while !input.is_empty() && !input.peek(Token![;]) && !input.peek(syn::token::Brace) {
                    input.parse::<proc_macro2::TokenTree>()?;
                }
                if input.peek(syn::token::Brace) {
                    input.parse::<proc_macro2::Group>()?;
                } else {
                    let _ = input.parse::<Option<Token![;]>>()?;
                }
                return Ok(ItemDecl::Reserved(kw));
            }
            m if m.chars().all(|c| c.is_ascii_uppercase()) && fork.peek(LitStr) => {
                return Err(syn::Error::new(
                    word.span(),
                    format!(
                        "unknown method `{m}`\n\n= help: use one of {}",
                        METHODS.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
                    ),
                ));
            }
            _ => {}
        }
    }
    let item: syn::Item = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("{e}\n\n= help: `app!` holds `server {{..}}`, `state {{..}}`, `middleware [..]`, routes such as `GET \"/\" => index;`, `scope \"/api\" {{..}}`, `files`, `health` and ordinary Rust items"),
        )
    })?;
    Ok(ItemDecl::Rust(Box::new(item)))
}

fn parse_server(input: ParseStream<'_>) -> syn::Result<ServerDecl> {
    let kw: Ident = input.parse()?;
    let body;
    braced!(body in input);
    let fields = parse_keyed(&body, parse_value)?.into_iter().map(|(key, value)| ServerFieldDecl { key, value }).collect();
    Ok(ServerDecl { kw, fields })
}

/// `key: value` pairs separated by commas (a trailing comma allowed), values read by `value`.
fn parse_keyed<T>(body: ParseStream<'_>, value: fn(ParseStream<'_>) -> syn::Result<T>) -> syn::Result<Vec<(Ident, T)>> {
    let mut fields = Vec::new();
    while !body.is_empty() {
        let key: Ident = body.parse()?;
        body.parse::<Token![:]>()?;
        fields.push((key, value(body)?));
        if body.is_empty() {
            break;
        }
        body.parse::<Token![,]>()?;
    }
    Ok(fields)
}

fn parse_postgres(input: ParseStream<'_>) -> syn::Result<PostgresDecl> {
    let kw: Ident = input.parse()?;
    let shape = "expected `postgres NAME { url: env(\"DATABASE_URL\"), pool: 4 }`";
    let name: Ident = input.parse().map_err(|e| syn::Error::new(e.span(), shape))?;
    if !input.peek(syn::token::Brace) {
        return Err(input.error(shape));
    }
    let body;
    braced!(body in input);
    let fields = parse_keyed(&body, parse_pg_value)?.into_iter().map(|(key, value)| PgFieldDecl { key, value }).collect();
    Ok(PostgresDecl { kw, name, fields })
}

/// A pool setting: `env("VAR"[, "default"])` or a plain value.
fn parse_pg_value(body: ParseStream<'_>) -> syn::Result<PgValueDecl> {
    if !(body.peek(Ident) && body.peek2(syn::token::Paren) && body.fork().parse::<Ident>()? == "env") {
        return parse_value(body).map(PgValueDecl::Plain);
    }
    let kw: Ident = body.parse()?;
    let args;
    parenthesized!(args in body);
    let var: LitStr = args.parse().map_err(|e| {
        syn::Error::new(e.span(), "`env` takes the variable's name and an optional default: `env(\"DATABASE_URL\")`")
    })?;
    let default = if args.is_empty() {
        None
    } else {
        args.parse::<Token![,]>()?;
        let d: LitStr = args.parse()?;
        let _ = args.parse::<Option<Token![,]>>()?;
        Some(d)
    };
    if !args.is_empty() {
        return Err(args.error("`env` takes at most two strings: the variable and a default"));
    }
    Ok(PgValueDecl::Env { kw, var, default })
}

fn parse_value(input: ParseStream<'_>) -> syn::Result<ValueDecl> {
    if input.peek(LitStr) {
        return Ok(ValueDecl::Str(input.parse()?));
    }
    if input.peek(syn::LitBool) {
        return Ok(ValueDecl::Bool(input.parse()?));
    }
    if input.peek(syn::LitInt) {
        let n: syn::LitInt = input.parse()?;
        if input.peek(Ident) {
            return Ok(ValueDecl::WithUnit(n, input.parse()?));
        }
        return Ok(ValueDecl::Int(n));
    }
    if input.peek(Ident) {
        return Ok(ValueDecl::Word(input.parse()?));
    }
    Err(input.error("expected a value: a string, a number, a size such as `64 KiB`, a duration such as `10 s`, `true`/`false` or `auto`"))
}

fn parse_state(input: ParseStream<'_>) -> syn::Result<StateDecl> {
    let kw: Ident = input.parse()?;
    let body;
    braced!(body in input);
    let mut fields = Vec::new();
    while !body.is_empty() {
        let kind: Ident = body.parse()?;
        let name: Ident = body.parse()?;
        body.parse::<Token![:]>()?;
        let ty: Type = body.parse()?;
        body.parse::<Token![=]>()?;
        let init: Expr = body.parse()?;
        body.parse::<Token![;]>()?;
        fields.push(StateFieldDecl { kind, name, ty, init });
    }
    Ok(StateDecl { kw, fields })
}

fn parse_mw_list(input: ParseStream<'_>) -> syn::Result<Vec<MwRefDecl>> {
    let body;
    bracketed!(body in input);
    let mut list = Vec::new();
    while !body.is_empty() {
        let path: syn::Path = body.call(syn::Path::parse_mod_style)?;
        let (mut args, mut limit) = (None, None);
        if body.peek(syn::token::Paren) {
            let a;
            parenthesized!(a in body);
            if path.is_ident("body_limit") {
                limit = Some(parse_value(&a)?);
                if !a.is_empty() {
                    return Err(a.error("`body_limit` takes one size, such as `body_limit(64 KiB)`"));
                }
            } else {
                args = Some(a.parse_terminated(Expr::parse, Token![,])?);
            }
        }
        list.push(MwRefDecl { path, args, limit });
        if body.is_empty() {
            break;
        }
        body.parse::<Token![,]>()?;
    }
    Ok(list)
}

fn parse_route(input: ParseStream<'_>) -> syn::Result<RouteDecl> {
    let method: Ident = input.parse()?;
    let path: LitStr = input.parse()?;
    input.parse::<Token![=>]>()?;
    let handler: syn::Path = input.call(syn::Path::parse_mod_style).map_err(|e| {
        syn::Error::new(e.span(), "expected the handler's path, such as `index` or `users::show`")
    })?;
    let mws = if input.peek(syn::token::Bracket) { parse_mw_list(input)? } else { Vec::new() };
    if !input.peek(Token![;]) {
        return Err(syn::Error::new(
            input.span(),
            format!("expected `;` after the route `{} {}`", method, path.value()),
        ));
    }
    input.parse::<Token![;]>()?;
    Ok(RouteDecl { method, path, handler, mws })
}

fn parse_scope(input: ParseStream<'_>) -> syn::Result<ScopeDecl> {
    input.parse::<Ident>()?;
    let prefix: LitStr = input.parse()?;
    let mws = if input.peek(syn::token::Bracket) { parse_mw_list(input)? } else { Vec::new() };
    let body;
    braced!(body in input);
    let items = parse_items(&body)?;
    Ok(ScopeDecl { prefix, mws, items })
}

