//! Code for one `#[derive(Serialize)]`: `write_json` as a straight run of writes in which every
//! key is escaped here, at compile time, and fused with the punctuation around it into one
//! literal (`{"id":`); `json_size_hint` as a constant plus the fields' own estimates; and,
//! for types written as objects, `Entries` (what `flatten` splices).
//!
//! Commas are placed by a compile-time state: after a field that is always written the next
//! key carries its comma in its literal; only optional entries (`skip_serializing_if`,
//! `flatten`) bring in a run-time flag.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::Member;

use super::model::{Body, Container, Field, Variant};
use super::parse::Shape;

/// The runtime items generated code names, all under `::chopin::__private::json`.
fn rt() -> TokenStream {
    quote!(::chopin::__private::json)
}


/// `s` as a JSON string literal (quoted, escaped as `serde_json` escapes).
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A sequence of writes being built: adjacent literals merge into one.
#[derive(Default)]
struct Ops {
    ops: Vec<Op>,
    /// Bytes of all literals, conditional ones included (for the size estimate).
    lit_len: usize,
    /// The fields' size estimates.
    hints: Vec<TokenStream>,
}

enum Op {
    Lit(Vec<u8>),
    Code(TokenStream),
}

impl Ops {
    fn lit(&mut self, s: &str) {
        self.lit_len += s.len();
        match self.ops.last_mut() {
            Some(Op::Lit(v)) => v.extend_from_slice(s.as_bytes()),
            _ => self.ops.push(Op::Lit(s.as_bytes().to_vec())),
        }
    }

    fn code(&mut self, ts: TokenStream) {
        self.ops.push(Op::Code(ts));
    }

    /// `if cond { child }`, keeping the child's estimates.
    fn nest(&mut self, cond: TokenStream, child: Ops) {
        self.lit_len += child.lit_len;
        self.hints.extend(child.hints.iter().cloned());
        let body = child.tokens();
        self.code(quote!(if #cond { #body }));
    }

    fn tokens(&self) -> TokenStream {
        self.ops
            .iter()
            .map(|op| match op {
                Op::Lit(v) if v.len() == 1 => {
                    let b = Literal::byte_character(v[0]);
                    quote!(__chopin_out.push(#b);)
                }
                Op::Lit(v) => {
                    let b = Literal::byte_string(v);
                    quote!(__chopin_out.extend_from_slice(#b);)
                }
                Op::Code(ts) => ts.clone(),
            })
            .collect()
    }

    fn hint(&self) -> TokenStream {
        let n = self.lit_len;
        let hints = &self.hints;
        quote!(#n #(+ #hints)*)
    }
}

/// Whether an entry has been written before the current point.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Comma {
    /// Certainly not: no comma.
    None,
    /// Certainly: the comma goes into the next literal.
    Static,
    /// Known at run time, in `__chopin_comma`.
    Dynamic,
}

/// How a field is reached: `&self.x` in a struct, the pattern binding in a variant.
#[derive(Clone, Copy)]
enum Access {
    SelfField,
    Binding,
}

fn access(f: &Field, how: Access) -> TokenStream {
    match how {
        Access::SelfField => {
            let m = &f.member;
            quote!(&self.#m)
        }
        Access::Binding => {
            let b = binding(f);
            quote!(#b)
        }
    }
}

fn binding(f: &Field) -> proc_macro2::Ident {
    match &f.member {
        Member::Named(i) => format_ident!("__chopin_{}", i),
        Member::Unnamed(i) => format_ident!("__chopin_{}", i.index),
    }
}

/// Writes one value (its own writer, or the `serialize_with` function) and records its
/// estimate.
/// Trait calls name the field's type (`<T as Serialize>::…`), so a type that does not
/// implement the trait is reported at the field.
fn value(ops: &mut Ops, f: &Field, acc: &TokenStream) {
    let rt = rt();
    let ty = &f.ty;
    match &f.serialize_with {
        Some(path) => {
            ops.code(quote!(#rt::serialize_with(__chopin_out, |__chopin_s| #path(#acc, __chopin_s));));
            ops.hints.push(quote!(#rt::SERIALIZE_WITH_HINT));
        }
        None => {
            ops.code(quote!(<#ty as #rt::Serialize>::write_json(#acc, __chopin_out);));
            ops.hints.push(quote!(<#ty as #rt::Serialize>::json_size_hint(#acc)));
        }
    }
}

/// The entries of an object (`array == false`: `"key":value`) or the elements of an array,
/// from comma state `state`; returns the state after them. `assigned` is set when the run-time
/// flag is written.
fn entries(ops: &mut Ops, fields: &[Field], how: Access, mut state: Comma, array: bool, assigned: &mut bool) -> Comma {
    let rt = rt();
    for f in fields.iter().filter(|f| !f.skip) {
        let acc = access(f, how);
        let ty = &f.ty;
        let mut child = Ops::default();
        let target = if f.skip_if.is_some() { &mut child } else { &mut *ops };
        let after = if f.flatten {
            target.hints.push(quote!(<#ty as #rt::Serialize>::json_size_hint(#acc)));
            match state {
                Comma::Static => {
                    target.code(quote!(<#ty as #rt::Entries>::write_json_entries(#acc, __chopin_out, true);));
                    Comma::Static
                }
                Comma::None | Comma::Dynamic => {
                    let prev = if state == Comma::None { quote!(false) } else { quote!(__chopin_comma) };
                    target.code(quote!(__chopin_comma = <#ty as #rt::Entries>::write_json_entries(#acc, __chopin_out, #prev);));
                    *assigned = true;
                    Comma::Dynamic
                }
            }
        } else {
            let key = if array { String::new() } else { format!("{}:", json_string(&f.key)) };
            match state {
                Comma::None => target.lit(&key),
                Comma::Static => target.lit(&format!(",{key}")),
                Comma::Dynamic => {
                    target.code(quote!(if __chopin_comma { __chopin_out.push(b','); }));
                    target.lit(&key);
                }
            }
            value(target, f, &acc);
            if f.skip_if.is_some() && state != Comma::Static {
                target.code(quote!(__chopin_comma = true;));
                *assigned = true;
            }
            Comma::Static
        };
        state = match &f.skip_if {
            Some(path) => {
                ops.nest(quote!(!#path(#acc)), child);
                if state == Comma::Static { Comma::Static } else { Comma::Dynamic }
            }
            None => after,
        };
    }
    state
}

/// Bodies of `write_json` and `json_size_hint` for a struct.
/// Also whether the run-time comma flag is assigned.
fn struct_body(body: &Body) -> (TokenStream, TokenStream, bool) {
    let mut ops = Ops::default();
    let mut assigned = false;
    match body {
        Body::Object { tag, fields } => {
            let state = match tag {
                Some((t, name)) => {
                    ops.lit(&format!("{{{}:{}", json_string(t), json_string(name)));
                    Comma::Static
                }
                None => {
                    ops.lit("{");
                    Comma::None
                }
            };
            entries(&mut ops, fields, Access::SelfField, state, false, &mut assigned);
            ops.lit("}");
        }
        Body::Array(fields) => {
            ops.lit("[");
            entries(&mut ops, fields, Access::SelfField, Comma::None, true, &mut assigned);
            ops.lit("]");
        }
        Body::Newtype(f) => value(&mut ops, f, &access(f, Access::SelfField)),
        Body::Unit => ops.lit("null"),
        Body::Enum { .. } => unreachable!("enums have their own body"),
    }
    let decl = assigned.then(|| quote!(let mut __chopin_comma = false;));
    let writes = ops.tokens();
    (quote!(#decl #writes), ops.hint(), assigned)
}

/// The pattern of a variant, binding the fields `bind` selects.
fn pattern(v: &Variant, bind: impl Fn(&Field) -> bool) -> TokenStream {
    let ident = &v.ident;
    match v.shape {
        Shape::Unit => quote!(Self::#ident),
        Shape::Tuple => {
            let items = v.fields.iter().map(|f| if bind(f) { let b = binding(f); quote!(#b) } else { quote!(_) });
            quote!(Self::#ident(#(#items),*))
        }
        Shape::Named => {
            let items = v.fields.iter().map(|f| {
                let m = &f.member;
                if bind(f) {
                    let b = binding(f);
                    quote!(#m: #b)
                } else {
                    quote!(#m: _)
                }
            });
            quote!(Self::#ident { #(#items),* })
        }
    }
}

/// The writes of one variant, with braces (`entries_only == false`) or as the entries of an
/// internally tagged object (`entries_only == true`, after `__chopin_comma`).
fn variant_ops(v: &Variant, tag: Option<&str>, entries_only: bool, assigned: &mut bool) -> Ops {
    let rt = rt();
    let mut ops = Ops::default();
    let name = json_string(&v.name);
    match tag {
        None => match v.shape {
            Shape::Unit => ops.lit(&name),
            Shape::Tuple if v.fields.len() == 1 => {
                ops.lit(&format!("{{{name}:"));
                let f = &v.fields[0];
                value(&mut ops, f, &access(f, Access::Binding));
                ops.lit("}");
            }
            Shape::Tuple => {
                ops.lit(&format!("{{{name}:["));
                entries(&mut ops, &v.fields, Access::Binding, Comma::None, true, assigned);
                ops.lit("]}");
            }
            Shape::Named => {
                ops.lit(&format!("{{{name}:{{"));
                entries(&mut ops, &v.fields, Access::Binding, Comma::None, false, assigned);
                ops.lit("}}");
            }
        },
        Some(tag) => {
            if entries_only {
                ops.code(quote!(if __chopin_comma { __chopin_out.push(b','); }));
            } else {
                ops.lit("{");
            }
            ops.lit(&format!("{}:{name}", json_string(tag)));
            match v.shape {
                Shape::Unit => {}
                Shape::Tuple => {
                    let f = &v.fields[0];
                    let acc = access(f, Access::Binding);
                    let ty = &f.ty;
                    ops.code(quote!(<#ty as #rt::Entries>::write_json_entries(#acc, __chopin_out, true);));
                    ops.hints.push(quote!(<#ty as #rt::Serialize>::json_size_hint(#acc)));
                }
                Shape::Named => {
                    entries(&mut ops, &v.fields, Access::Binding, Comma::Static, false, assigned);
                }
            }
            if !entries_only {
                ops.lit("}");
            }
        }
    }
    ops
}

fn written(f: &Field) -> bool {
    !f.skip
}

fn estimated(f: &Field) -> bool {
    !f.skip && f.serialize_with.is_none()
}

/// The last optional entry may set the comma flag without anything reading it after.
fn allow_assignments(assigned: bool) -> Option<TokenStream> {
    assigned.then(|| quote!(#[allow(unused_assignments)]))
}

pub(crate) fn emit(c: &Container) -> TokenStream {
    let rt = rt();
    let ident = &c.ident;
    let (impl_g, ty_g, where_c) = c.generics.split_for_impl();
    let (write, hint, entries_impl, write_assigned) = match &c.body {
        Body::Enum { tag, variants } => {
            let mut assigned = false;
            let arms = variants.iter().map(|v| {
                let pat = pattern(v, written);
                let body = variant_ops(v, tag.as_deref(), false, &mut assigned).tokens();
                quote!(#pat => { #body })
            });
            let arms: Vec<TokenStream> = arms.collect();
            let decl = assigned.then(|| quote!(let mut __chopin_comma = false;));
            // `match *self {}`: an enum without variants has no value to write.
            let write = if arms.is_empty() { quote!(match *self {}) } else { quote!(#decl match self { #(#arms)* }) };
            let write_assigned = assigned;
            let hint_arms = variants.iter().map(|v| {
                let pat = pattern(v, estimated);
                let hint = variant_ops(v, tag.as_deref(), false, &mut false).hint();
                quote!(#pat => #hint,)
            });
            let hint_arms: Vec<TokenStream> = hint_arms.collect();
            let hint = if hint_arms.is_empty() { quote!(match *self {}) } else { quote!(match self { #(#hint_arms)* }) };
            let entries_impl = tag.as_ref().map(|tag| {
                let mut assigned = false;
                let arms: Vec<TokenStream> = variants
                    .iter()
                    .map(|v| {
                        let pat = pattern(v, written);
                        let body = variant_ops(v, Some(tag), true, &mut assigned).tokens();
                        quote!(#pat => { #body })
                    })
                    .collect();
                let shadow = assigned.then(|| quote!(let mut __chopin_comma = __chopin_comma;));
                let allow = allow_assignments(assigned);
                quote! {
                    #[automatically_derived]
                    impl #impl_g #rt::Entries for #ident #ty_g #where_c {
                        #allow
                        fn write_json_entries(&self, __chopin_out: &mut ::std::vec::Vec<u8>, __chopin_comma: bool) -> bool {
                            #shadow
                            match self { #(#arms)* }
                            true
                        }
                    }
                }
            });
            (write, hint, entries_impl, write_assigned)
        }
        body => {
            let (write, hint, write_assigned) = struct_body(body);
            let entries_impl = match body {
                Body::Object { tag, fields } => {
                    let mut ops = Ops::default();
                    let mut assigned = false;
                    let mut state = Comma::Dynamic;
                    if let Some((t, name)) = tag {
                        ops.code(quote!(if __chopin_comma { __chopin_out.push(b','); }));
                        ops.lit(&format!("{}:{}", json_string(t), json_string(name)));
                        state = Comma::Static;
                    }
                    let end = entries(&mut ops, fields, Access::SelfField, state, false, &mut assigned);
                    let shadow = assigned.then(|| quote!(let mut __chopin_comma = __chopin_comma;));
                    let writes = ops.tokens();
                    let ret = if end == Comma::Static { quote!(true) } else { quote!(__chopin_comma) };
                    let allow = allow_assignments(assigned);
                    Some(quote! {
                        #[automatically_derived]
                        impl #impl_g #rt::Entries for #ident #ty_g #where_c {
                            #allow
                            fn write_json_entries(&self, __chopin_out: &mut ::std::vec::Vec<u8>, __chopin_comma: bool) -> bool {
                                #shadow
                                #writes
                                #ret
                            }
                        }
                    })
                }
                Body::Unit => Some(quote! {
                    #[automatically_derived]
                    impl #impl_g #rt::Entries for #ident #ty_g #where_c {
                        fn write_json_entries(&self, _: &mut ::std::vec::Vec<u8>, __chopin_comma: bool) -> bool {
                            __chopin_comma
                        }
                    }
                }),
                _ => None,
            };
            (write, hint, entries_impl, write_assigned)
        }
    };
    let allow = allow_assignments(write_assigned);
    quote! {
        const _: () = {
            #[automatically_derived]
            impl #impl_g #rt::Serialize for #ident #ty_g #where_c {
                #[inline]
                #allow
                fn write_json(&self, __chopin_out: &mut ::std::vec::Vec<u8>) {
                    #write
                }
                #[inline]
                fn json_size_hint(&self) -> usize {
                    #hint
                }
            }
            #entries_impl
        };
    }
}

/// What is emitted beside the errors when the input is rejected: an impl that writes
/// nothing, so uses of the type elsewhere do not add errors of their own.
pub(crate) fn emit_stub(ident: &syn::Ident, generics: &syn::Generics) -> TokenStream {
    let rt = rt();
    let (impl_g, ty_g, where_c) = generics.split_for_impl();
    quote! {
        const _: () = {
            impl #impl_g #rt::Serialize for #ident #ty_g #where_c {
                fn write_json(&self, _: &mut ::std::vec::Vec<u8>) {}
            }
        };
    }
}
