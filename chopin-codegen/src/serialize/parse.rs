//! Syntax of `#[derive(Serialize)]` input: the item's shape as syn gives it, and every
//! `#[chopin(…)]` and `#[serde(…)]` attribute read into key/value pairs. Only malformed
//! attribute syntax fails here (fast); what the keys mean is checked in `validate`.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Expr, Fields, Ident, Token};

/// Which attribute an entry was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ns {
    /// `#[chopin(…)]`: Chopin's own keys, which override the same `serde` key.
    Chopin,
    /// `#[serde(…)]`: shared with `serde`'s derives.
    Serde,
}

impl Ns {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Ns::Chopin => "chopin",
            Ns::Serde => "serde",
        }
    }
}

/// One `key`, `key = value` or `key(a = b, …)` entry of an attribute.
pub(crate) struct AttrDecl {
    pub(crate) ns: Ns,
    pub(crate) key: Ident,
    pub(crate) value: ValueDecl,
}

pub(crate) enum ValueDecl {
    /// `key`
    Flag,
    /// `key = expr`
    Expr(Box<Expr>),
    /// `key(name = expr, name, …)`
    List(Vec<(Ident, Option<Expr>)>),
}

impl AttrDecl {
    /// The span of the whole entry (key and value).
    pub(crate) fn span(&self) -> Span {
        match &self.value {
            ValueDecl::Expr(e) => self.key.span().join(e.span()).unwrap_or(self.key.span()),
            _ => self.key.span(),
        }
    }
}

/// A field: its name (unraw), type, position and attributes.
pub(crate) struct FieldDecl {
    /// As written (`r#type` stays raw; `model` reads the name without `r#`).
    pub(crate) ident: Option<Ident>,
    pub(crate) index: usize,
    pub(crate) ty: syn::Type,
    pub(crate) span: Span,
    pub(crate) attrs: Vec<AttrDecl>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Named,
    Tuple,
    Unit,
}

pub(crate) struct VariantDecl {
    pub(crate) ident: Ident,
    pub(crate) shape: Shape,
    pub(crate) fields: Vec<FieldDecl>,
    pub(crate) attrs: Vec<AttrDecl>,
}

pub(crate) enum DataDecl {
    Struct { shape: Shape, fields: Vec<FieldDecl> },
    Enum(Vec<VariantDecl>),
    /// Unions cannot be serialised; `validate` reports it at this token.
    Union(Span),
}

/// The derive input, with attributes read.
pub(crate) struct ContainerDecl {
    pub(crate) ident: Ident,
    pub(crate) generics: syn::Generics,
    pub(crate) attrs: Vec<AttrDecl>,
    pub(crate) data: DataDecl,
}

pub(crate) fn parse_container(input: DeriveInput) -> syn::Result<ContainerDecl> {
    let attrs = parse_attrs(&input.attrs)?;
    let data = match input.data {
        Data::Struct(s) => {
            let (shape, fields) = parse_fields(s.fields)?;
            DataDecl::Struct { shape, fields }
        }
        Data::Enum(e) => DataDecl::Enum(
            e.variants
                .into_iter()
                .map(|v| {
                    let (shape, fields) = parse_fields(v.fields)?;
                    Ok(VariantDecl { attrs: parse_attrs(&v.attrs)?, ident: v.ident, shape, fields })
                })
                .collect::<syn::Result<_>>()?,
        ),
        Data::Union(u) => DataDecl::Union(u.union_token.span),
    };
    Ok(ContainerDecl { ident: input.ident, generics: input.generics, attrs, data })
}

fn parse_fields(fields: Fields) -> syn::Result<(Shape, Vec<FieldDecl>)> {
    let shape = match fields {
        Fields::Named(_) => Shape::Named,
        Fields::Unnamed(_) => Shape::Tuple,
        Fields::Unit => Shape::Unit,
    };
    let fields = fields
        .into_iter()
        .enumerate()
        .map(|(index, f)| {
            let span = f.ident.as_ref().map_or_else(|| f.ty.span(), Ident::span);
            Ok(FieldDecl {
                attrs: parse_attrs(&f.attrs)?,
                ident: f.ident,
                index,
                ty: f.ty,
                span,
            })
        })
        .collect::<syn::Result<_>>()?;
    Ok((shape, fields))
}

/// Reads every `#[chopin(…)]` and `#[serde(…)]` entry, in order.
pub(crate) fn parse_attrs(attrs: &[Attribute]) -> syn::Result<Vec<AttrDecl>> {
    let mut out = Vec::new();
    for attr in attrs {
        let ns = if attr.path().is_ident("chopin") {
            Ns::Chopin
        } else if attr.path().is_ident("serde") {
            Ns::Serde
        } else {
            continue;
        };
        attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().cloned().ok_or_else(|| {
                meta.error(format!(
                    "expected a key such as `rename` in `#[{}(…)]`, found a path",
                    ns.name()
                ))
            })?;
            let value = if meta.input.peek(Token![=]) {
                ValueDecl::Expr(Box::new(meta.value()?.parse()?))
            } else if meta.input.peek(syn::token::Paren) {
                let mut items = Vec::new();
                meta.parse_nested_meta(|inner| {
                    let name = inner.path.get_ident().cloned().ok_or_else(|| {
                        inner.error("expected a key such as `serialize = \"…\"`, found a path")
                    })?;
                    let v = if inner.input.peek(Token![=]) { Some(inner.value()?.parse()?) } else { None };
                    items.push((name, v));
                    Ok(())
                })?;
                ValueDecl::List(items)
            } else {
                ValueDecl::Flag
            };
            out.push(AttrDecl { ns, key, value });
            Ok(())
        })?;
    }
    Ok(out)
}
