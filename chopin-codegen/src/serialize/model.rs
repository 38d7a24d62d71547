//! The lowered form of a checked `#[derive(Serialize)]` input: what is written and under which
//! key, with every rename applied and bounds inferred. Never reports.

use syn::ext::IdentExt;
use syn::{Generics, Ident, Member, Path, Type};

use super::case::RenameRule;
use super::parse::{ContainerDecl, DataDecl, FieldDecl, Shape};
use super::validate::{Checked, FieldAttrs};

pub(crate) struct Container {
    pub(crate) ident: Ident,
    pub(crate) generics: Generics,
    pub(crate) body: Body,
}

pub(crate) enum Body {
    /// A struct with named fields: an object (first entry the tag, when there is one).
    Object { tag: Option<(String, String)>, fields: Vec<Field> },
    /// A tuple struct of zero or several fields: an array.
    Array(Vec<Field>),
    /// A tuple struct of one field: written as that field.
    Newtype(Box<Field>),
    /// A unit struct: `null`.
    Unit,
    /// An enum, externally tagged (`{"Variant":…}`) or, with a tag, internally tagged.
    Enum { tag: Option<String>, variants: Vec<Variant> },
}

pub(crate) struct Variant {
    pub(crate) ident: Ident,
    /// The variant's (renamed) name.
    pub(crate) name: String,
    pub(crate) shape: Shape,
    pub(crate) fields: Vec<Field>,
}

pub(crate) struct Field {
    /// `self.<member>` for a struct; the binding `__chopin_<index>` in a variant's pattern.
    pub(crate) member: Member,
    pub(crate) ty: Type,
    /// The object key (for a named field).
    pub(crate) key: String,
    pub(crate) skip: bool,
    pub(crate) skip_if: Option<Path>,
    pub(crate) flatten: bool,
    pub(crate) serialize_with: Option<Path>,
}

pub(crate) fn lower(decl: ContainerDecl, checked: Checked) -> Container {
    let Checked { container, variants: vattrs, fields: mut fattrs } = checked;
    let name = container.rename.clone().unwrap_or_else(|| decl.ident.to_string());
    let body = match decl.data {
        DataDecl::Struct { shape, fields } => {
            let fields = lower_fields(fields, fattrs.remove(0), container.rename_all);
            match shape {
                Shape::Named => Body::Object { tag: container.tag.map(|t| (t, name)), fields },
                Shape::Tuple if fields.len() == 1 => Body::Newtype(Box::new(fields.into_iter().next().expect("one field"))),
                Shape::Tuple => Body::Array(fields),
                Shape::Unit => Body::Unit,
            }
        }
        DataDecl::Enum(variants) => Body::Enum {
            tag: container.tag,
            variants: variants
                .into_iter()
                .zip(vattrs)
                .zip(fattrs)
                .map(|((v, va), fa)| {
                    let vname = v.ident.to_string();
                    let name = va.rename.unwrap_or_else(|| {
                        container.rename_all.map_or(vname.clone(), |r| r.apply_to_variant(&vname))
                    });
                    let rule = va.rename_all.or(container.rename_all_fields);
                    Variant { name, shape: v.shape, fields: lower_fields(v.fields, fa, rule), ident: v.ident }
                })
                .collect(),
        },
        DataDecl::Union(_) => unreachable!("validate rejects unions"),
    };
    let generics = add_bounds(decl.generics, &body);
    Container { ident: decl.ident, generics, body }
}

fn lower_fields(fields: Vec<FieldDecl>, attrs: Vec<FieldAttrs>, rule: Option<RenameRule>) -> Vec<Field> {
    fields
        .into_iter()
        .zip(attrs)
        .map(|(f, a)| {
            let (member, key) = match &f.ident {
                Some(ident) => {
                    let name = ident.unraw().to_string();
                    let key = a.rename.unwrap_or_else(|| rule.map_or(name.clone(), |r| r.apply_to_field(&name)));
                    (Member::Named(ident.clone()), key)
                }
                None => (Member::Unnamed(f.index.into()), String::new()),
            };
            Field {
                member,
                ty: f.ty,
                key,
                skip: a.skip,
                skip_if: a.skip_if,
                flatten: a.flatten,
                serialize_with: a.serialize_with,
            }
        })
        .collect()
}

/// Adds `FieldType: Serialize` (or `: Entries` when flattened) for every written field whose
/// type mentions a type parameter, so `Wrapper<T>` serialises exactly when its fields can.
fn add_bounds(mut generics: Generics, body: &Body) -> Generics {
    let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    if params.is_empty() {
        return generics;
    }
    let mut fields: Vec<&Field> = Vec::new();
    match body {
        Body::Object { fields: f, .. } | Body::Array(f) => fields.extend(f),
        Body::Newtype(f) => fields.push(f),
        Body::Unit => {}
        Body::Enum { variants, .. } => variants.iter().for_each(|v| fields.extend(&v.fields)),
    }
    let mut preds: Vec<syn::WherePredicate> = Vec::new();
    let internally_tagged = matches!(body, Body::Enum { tag: Some(_), .. });
    for f in fields {
        if f.skip || f.serialize_with.is_some() || !mentions(&f.ty, &params) {
            continue;
        }
        let ty = &f.ty;
        // The newtype variant of an internally tagged enum splices its field's entries.
        let entries = f.flatten || (internally_tagged && matches!(f.member, Member::Unnamed(_)));
        let pred: syn::WherePredicate = if entries {
            syn::parse_quote!(#ty: ::chopin::__private::json::Entries)
        } else {
            syn::parse_quote!(#ty: ::chopin::__private::json::Serialize)
        };
        if !preds.contains(&pred) {
            preds.push(pred);
        }
    }
    generics.make_where_clause().predicates.extend(preds);
    generics
}

/// True when `ty` names one of `params` anywhere inside it.
fn mentions(ty: &Type, params: &[Ident]) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, params: &[Ident]) -> bool {
        tokens.into_iter().any(|t| match t {
            proc_macro2::TokenTree::Ident(i) => params.contains(&i),
            proc_macro2::TokenTree::Group(g) => walk(g.stream(), params),
            _ => false,
        })
    }
    walk(quote::ToTokens::to_token_stream(ty), params)
}
