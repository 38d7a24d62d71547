//! Every rule of the derive's input, each in its own `check_*` fn, all errors collected. The
//! result is the attributes resolved per container, variant and field (`#[chopin]` keys
//! override the same `#[serde]` key), ready for `model` to lower.

use proc_macro2::Span;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitStr, Path};

use super::case::{RenameRule, RULES};
use super::diag::{did_you_mean, Errors};
use super::parse::{AttrDecl, ContainerDecl, DataDecl, FieldDecl, Ns, Shape, ValueDecl, VariantDecl};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Container,
    Variant,
    Field,
}

impl Place {
    fn name(self) -> &'static str {
        match self {
            Place::Container => "a struct or enum",
            Place::Variant => "a variant",
            Place::Field => "a field",
        }
    }
}

/// Keys this derive reads, where each is allowed.
const KEYS: &[(&str, &[Place])] = &[
    ("rename", &[Place::Container, Place::Variant, Place::Field]),
    ("rename_all", &[Place::Container, Place::Variant]),
    ("rename_all_fields", &[Place::Container]),
    ("tag", &[Place::Container]),
    ("skip", &[Place::Field]),
    ("skip_serializing", &[Place::Field]),
    ("skip_serializing_if", &[Place::Field]),
    ("flatten", &[Place::Field]),
    ("serialize_with", &[Place::Field]),
    ("with", &[Place::Field]),
];

/// `serde` keys that only concern deserialisation (or `serde`'s own expansion): accepted in
/// `#[serde(…)]` and ignored, so one set of attributes serves both derives.
const SERDE_IGNORED: &[(&str, &[Place])] = &[
    ("deny_unknown_fields", &[Place::Container]),
    ("default", &[Place::Container, Place::Field]),
    ("from", &[Place::Container]),
    ("try_from", &[Place::Container]),
    ("expecting", &[Place::Container]),
    ("bound", &[Place::Container, Place::Variant, Place::Field]),
    ("crate", &[Place::Container]),
    ("variant_identifier", &[Place::Container]),
    ("field_identifier", &[Place::Container]),
    ("alias", &[Place::Variant, Place::Field]),
    ("skip_deserializing", &[Place::Variant, Place::Field]),
    ("deserialize_with", &[Place::Variant, Place::Field]),
    ("borrow", &[Place::Variant, Place::Field]),
    ("other", &[Place::Variant]),
];

/// `serde` keys that change serialisation in ways this derive does not implement.
const SERDE_UNSUPPORTED: &[(&str, &str)] = &[
    ("untagged", "use the externally tagged default or `tag = \"…\"`, or implement `chopin::json::Serialize` by hand"),
    ("content", "adjacent tagging is not implemented; use `tag = \"…\"` alone (internal tagging) or the default"),
    ("transparent", "use a tuple struct with one field (a newtype), which is written as its field"),
    ("into", "convert the value before writing it, or implement `chopin::json::Serialize` by hand"),
    ("remote", "implement `chopin::json::Serialize` by hand for the remote type's wrapper"),
    ("getter", "implement `chopin::json::Serialize` by hand"),
];

/// Resolved attributes of the container.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    pub(crate) rename: Option<String>,
    pub(crate) rename_all: Option<RenameRule>,
    pub(crate) rename_all_fields: Option<RenameRule>,
    pub(crate) tag: Option<String>,
}

/// Resolved attributes of a variant.
#[derive(Default)]
pub(crate) struct VariantAttrs {
    pub(crate) rename: Option<String>,
    pub(crate) rename_all: Option<RenameRule>,
}

/// Resolved attributes of a field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    pub(crate) rename: Option<String>,
    pub(crate) skip: bool,
    pub(crate) skip_if: Option<Path>,
    pub(crate) flatten: bool,
    pub(crate) serialize_with: Option<Path>,
}

/// The checked input: resolved attributes in the order of the declaration.
pub(crate) struct Checked {
    pub(crate) container: ContainerAttrs,
    /// Per variant (empty for a struct).
    pub(crate) variants: Vec<VariantAttrs>,
    /// Per variant, its fields' attributes (one entry, the struct's fields, for a struct).
    pub(crate) fields: Vec<Vec<FieldAttrs>>,
}

pub(crate) fn check(decl: &ContainerDecl) -> syn::Result<Checked> {
    let mut errors = Errors::default();
    let container = resolve_container(&mut errors, &decl.attrs);
    let mut checked = Checked { container, variants: Vec::new(), fields: Vec::new() };
    match &decl.data {
        DataDecl::Union(span) => check_not_union(&mut errors, *span),
        DataDecl::Struct { shape, fields } => {
            check_struct_attrs(&mut errors, decl, *shape);
            let attrs = resolve_fields(&mut errors, fields);
            check_fields(&mut errors, *shape, fields, &attrs, "struct");
            if let Some(tag) = &checked.container.tag {
                check_tag_not_a_field(&mut errors, tag, fields, &attrs, checked.container.rename_all);
            }
            checked.fields.push(attrs);
        }
        DataDecl::Enum(variants) => {
            for v in variants {
                let vattrs = resolve_variant(&mut errors, &v.attrs);
                let attrs = resolve_fields(&mut errors, &v.fields);
                check_fields(&mut errors, v.shape, &v.fields, &attrs, "variant");
                if let Some(tag) = &checked.container.tag {
                    check_tagged_variant_shape(&mut errors, v, &attrs);
                    let rule = vattrs.rename_all.or(checked.container.rename_all_fields);
                    check_tag_not_a_field(&mut errors, tag, &v.fields, &attrs, rule);
                }
                checked.variants.push(vattrs);
                checked.fields.push(attrs);
            }
        }
    }
    errors.finish().map(|()| checked)
}

// union U { a: u32 }
fn check_not_union(errors: &mut Errors, span: Span) {
    errors.report(
        span,
        "`union` cannot derive `Serialize`: only structs and enums can be written as JSON",
        "use a struct or an enum, or implement `chopin::json::Serialize` by hand",
    );
}

// #[chopin(tag = "t")] struct P(u32, u32);   or   #[chopin(rename_all_fields = "camelCase")] struct S { .. }
fn check_struct_attrs(errors: &mut Errors, decl: &ContainerDecl, shape: Shape) {
    for a in &decl.attrs {
        let key = a.key.to_string();
        if key == "tag" && shape != Shape::Named {
            errors.report(
                a.span(),
                "`tag` needs a struct with named fields or an enum: a tuple or unit struct is not written as an object",
                "remove `tag`, or give the struct named fields",
            );
        }
        if key == "rename_all_fields" {
            errors.report(
                a.span(),
                "`rename_all_fields` applies to the fields of an enum's variants, not to a struct",
                "use `rename_all` on a struct",
            );
        }
    }
}

// #[chopin(tag = "kind")] enum E { Pair(u32, u32) }   or   V(#[serde(serialize_with = "f")] T)
fn check_tagged_variant_shape(errors: &mut Errors, v: &VariantDecl, attrs: &[FieldAttrs]) {
    if v.shape == Shape::Tuple && v.fields.len() == 1 && attrs[0].serialize_with.is_some() {
        errors.report(
            v.fields[0].span,
            format!("the field of variant `{}` cannot use `serialize_with` in an internally tagged enum: its entries are spliced after the tag", v.ident),
            "implement `chopin::json::Serialize` for a wrapper type instead, or remove `tag`",
        );
    }
    if v.shape == Shape::Tuple && v.fields.len() != 1 {
        errors.report(
            v.ident.span(),
            format!(
                "variant `{}` holds {} unnamed fields, which an internally tagged enum cannot write as an object",
                v.ident,
                v.fields.len()
            ),
            "give the fields names (`{ a: T, b: U }`), wrap them in one struct, or remove `tag`",
        );
    }
}

// #[chopin(tag = "type")] struct S { r#type: u8 }
fn check_tag_not_a_field(
    errors: &mut Errors,
    tag: &str,
    fields: &[FieldDecl],
    attrs: &[FieldAttrs],
    rule: Option<RenameRule>,
) {
    for (f, a) in fields.iter().zip(attrs) {
        let Some(ident) = &f.ident else { continue };
        if a.skip || a.flatten {
            continue;
        }
        let key = a.rename.clone().unwrap_or_else(|| {
            let name = syn::ext::IdentExt::unraw(ident).to_string();
            rule.map_or(name.clone(), |r| r.apply_to_field(&name))
        });
        if key == tag {
            errors.report(
                f.span,
                format!("field `{ident}` is written with key `{key}`, the same key as the tag"),
                "rename the field (`rename = \"…\"`) or choose another `tag`",
            );
        }
    }
}

// struct P(#[chopin(flatten)] Inner);   #[chopin(skip, flatten)] a: A
fn check_fields(errors: &mut Errors, shape: Shape, fields: &[FieldDecl], attrs: &[FieldAttrs], what: &str) {
    let newtype = shape == Shape::Tuple && fields.len() == 1;
    for (f, a) in fields.iter().zip(attrs) {
        let conflicts: &[(bool, &str, bool, &str, &str)] = &[
            (a.skip, "skip", a.flatten, "flatten", "a skipped field is never written"),
            (a.skip, "skip", a.skip_if.is_some(), "skip_serializing_if", "a skipped field is never written"),
            (a.skip, "skip", a.serialize_with.is_some(), "serialize_with", "a skipped field is never written"),
            (a.flatten, "flatten", a.rename.is_some(), "rename", "a flattened field has no key of its own"),
            (
                a.flatten,
                "flatten",
                a.serialize_with.is_some(),
                "serialize_with",
                "a flattened field's entries come from its type's own writer",
            ),
        ];
        for (x, xn, y, yn, why) in conflicts {
            if *x && *y {
                errors.report(
                    f.span,
                    format!("`{xn}` conflicts with `{yn}` on the same field: {why}"),
                    format!("remove `{xn}` or `{yn}`"),
                );
            }
        }
        if a.flatten && shape != Shape::Named {
            errors.report(
                f.span,
                format!("`flatten` needs a named field, but this {what} has unnamed fields"),
                "name the field, or remove `flatten`",
            );
        }
        if newtype && (a.skip || a.skip_if.is_some()) {
            errors.report(
                f.span,
                format!("the only field of a newtype {what} cannot be skipped: the {what} is written as that field"),
                "remove `skip` / `skip_serializing_if`, or make it a struct with a named field",
            );
        }
    }
}

/// The entries of `attrs` allowed at `place`, reporting the others; `#[chopin]` entries come
/// after `#[serde]` ones so they override them.
fn known_entries<'a>(errors: &mut Errors, attrs: &'a [AttrDecl], place: Place) -> Vec<&'a AttrDecl> {
    let mut out: Vec<&AttrDecl> = Vec::new();
    for ns in [Ns::Serde, Ns::Chopin] {
        let mut seen: Vec<&AttrDecl> = Vec::new();
        for a in attrs.iter().filter(|a| a.ns == ns) {
            let key = a.key.to_string();
            let key = key.as_str();
            if KEYS.iter().any(|(k, places)| *k == key && places.contains(&place)) {
                if seen.iter().any(|s| s.key == a.key) {
                    errors.report(
                        a.key.span(),
                        format!("key `{key}` is given twice in `#[{}(…)]` on {}", ns.name(), place.name()),
                        "keep one of them",
                    );
                    continue;
                }
                seen.push(a);
                out.push(a);
                continue;
            }
            if ns == Ns::Serde {
                if SERDE_IGNORED.iter().any(|(k, places)| *k == key && places.contains(&place)) {
                    continue;
                }
                if place == Place::Variant && matches!(key, "skip" | "skip_serializing" | "serialize_with" | "with" | "untagged") {
                    errors.report(
                        a.key.span(),
                        format!("`#[serde({key})]` on a variant is not supported by `chopin::Serialize`"),
                        "remove it, or implement `chopin::json::Serialize` by hand",
                    );
                    continue;
                }
                if let Some((_, hint)) = SERDE_UNSUPPORTED.iter().find(|(k, _)| *k == key) {
                    errors.report(
                        a.key.span(),
                        format!("`#[serde({key})]` is not supported by `chopin::Serialize`"),
                        *hint,
                    );
                    continue;
                }
            }
            report_unknown(errors, a, place);
        }
    }
    out
}

// #[chopin(renam = "x")]   or   #[chopin(tag = "t")] on a field
fn report_unknown(errors: &mut Errors, a: &AttrDecl, place: Place) {
    let key = a.key.to_string();
    let here: Vec<&str> = KEYS.iter().filter(|(_, p)| p.contains(&place)).map(|(k, _)| *k).collect();
    let msg = format!("unknown key `{key}` in `#[{}(…)]` on {}", a.ns.name(), place.name());
    if let Some((_, places)) = KEYS.iter().find(|(k, _)| *k == key) {
        let wheres: Vec<&str> = places.iter().map(|p| p.name()).collect();
        errors.report(a.key.span(), format!("`{key}` cannot be used on {}", place.name()), format!("`{key}` goes on {}", wheres.join(" or ")));
    } else if let Some(s) = did_you_mean(&key, here.iter().copied()) {
        errors.report(a.key.span(), msg, format!("did you mean `{s}`?"));
    } else {
        errors.report(a.key.span(), msg, format!("available keys: {}", here.join(", ")));
    }
}

/// A string value: `key = "…"`, or `key(serialize = "…")` where `serde` allows that form
/// (`Ok(None)` when only `deserialize` is given).
fn str_value(errors: &mut Errors, a: &AttrDecl, ser_de_form: bool) -> Option<LitStr> {
    let key = &a.key;
    match &a.value {
        ValueDecl::Expr(e) if lit_str(e).is_some() => return lit_str(e).cloned(),
        ValueDecl::List(items) if ser_de_form => {
            let mut found = None;
            for (name, v) in items {
                match (name.to_string().as_str(), v) {
                    ("serialize", Some(e)) if lit_str(e).is_some() => found = lit_str(e).cloned(),
                    ("deserialize", Some(_)) => {}
                    _ => errors.report(
                        name.span(),
                        format!("expected `serialize = \"…\"` or `deserialize = \"…\"` in `{key}(…)`, found `{name}`"),
                        format!("write `{key}(serialize = \"…\")`"),
                    ),
                }
            }
            return found;
        }
        _ => {}
    }
    let (span, found) = match &a.value {
        ValueDecl::Expr(e) => (e.span(), format!(", found `{}`", e.to_token_stream())),
        _ => (a.key.span(), String::new()),
    };
    errors.report(span, format!("`{key}` expects a string literal{found}"), format!("write `{key} = \"…\"`"));
    None
}

/// The string literal `e` is, seen through the invisible groups `macro_rules!` adds.
fn lit_str(e: &Expr) -> Option<&LitStr> {
    match e {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(s),
        Expr::Group(g) => lit_str(&g.expr),
        _ => None,
    }
}

fn flag_value(errors: &mut Errors, a: &AttrDecl) -> bool {
    if matches!(a.value, ValueDecl::Flag) {
        return true;
    }
    errors.report(a.key.span(), format!("`{}` takes no value", a.key), format!("write `{}` alone", a.key));
    false
}

fn path_value(errors: &mut Errors, a: &AttrDecl) -> Option<Path> {
    let s = str_value(errors, a, false)?;
    match s.parse::<Path>() {
        Ok(p) => Some(p),
        Err(_) => {
            errors.report(
                s.span(),
                format!("`{}` expects the path of a function, found `{}`", a.key, s.value()),
                format!("write `{} = \"path::to::function\"`", a.key),
            );
            None
        }
    }
}

fn rule_value(errors: &mut Errors, a: &AttrDecl) -> Option<RenameRule> {
    let s = str_value(errors, a, true)?;
    let name = s.value();
    if let Some(rule) = RenameRule::from_name(&name) {
        return Some(rule);
    }
    let all: Vec<&str> = RULES.iter().map(|(n, _)| *n).collect();
    let help = match did_you_mean(&name, all.iter().copied()) {
        Some(s) => format!("did you mean `{s}`? available styles: {}", all.join(", ")),
        None => format!("available styles: {}", all.join(", ")),
    };
    errors.report(s.span(), format!("unknown case style `{name}` in `{}`", a.key), help);
    None
}

fn resolve_container(errors: &mut Errors, attrs: &[AttrDecl]) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    for a in known_entries(errors, attrs, Place::Container) {
        match a.key.to_string().as_str() {
            "rename" => out.rename = str_value(errors, a, true).map(|s| s.value()),
            "rename_all" => out.rename_all = rule_value(errors, a),
            "rename_all_fields" => out.rename_all_fields = rule_value(errors, a),
            "tag" => out.tag = str_value(errors, a, false).map(|s| s.value()),
            _ => {}
        }
    }
    out
}

fn resolve_variant(errors: &mut Errors, attrs: &[AttrDecl]) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for a in known_entries(errors, attrs, Place::Variant) {
        match a.key.to_string().as_str() {
            "rename" => out.rename = str_value(errors, a, true).map(|s| s.value()),
            "rename_all" => out.rename_all = rule_value(errors, a),
            _ => {}
        }
    }
    out
}

fn resolve_fields(errors: &mut Errors, fields: &[FieldDecl]) -> Vec<FieldAttrs> {
    fields.iter().map(|f| resolve_field(errors, &f.attrs)).collect()
}

fn resolve_field(errors: &mut Errors, attrs: &[AttrDecl]) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    let mut with_key: Option<&AttrDecl> = None;
    for a in known_entries(errors, attrs, Place::Field) {
        match a.key.to_string().as_str() {
            "rename" => out.rename = str_value(errors, a, true).map(|s| s.value()),
            "skip" | "skip_serializing" => out.skip = flag_value(errors, a),
            "skip_serializing_if" => out.skip_if = path_value(errors, a),
            "flatten" => out.flatten = flag_value(errors, a),
            "serialize_with" | "with" => {
                check_one_serializer(errors, a, with_key);
                with_key = Some(a);
                out.serialize_with = path_value(errors, a).map(|mut p| {
                    if a.key == "with" {
                        p.segments.push(syn::Ident::new("serialize", a.key.span()).into());
                    }
                    p
                });
            }
            _ => {}
        }
    }
    out
}

// #[chopin(serialize_with = "a", with = "b")]
fn check_one_serializer(errors: &mut Errors, a: &AttrDecl, earlier: Option<&AttrDecl>) {
    if let Some(e) = earlier
        && e.ns == a.ns
    {
        errors.report(
            a.key.span(),
            format!("`{}` conflicts with `{}` on the same field: both choose the function that writes it", a.key, e.key),
            format!("keep `{}` or `{}`", e.key, a.key),
        );
    }
}
