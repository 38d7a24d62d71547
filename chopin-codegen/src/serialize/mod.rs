//! `#[derive(Serialize)]`: a JSON writer generated per type. The pipeline is the house one:
//! `parse` (syntax, fail fast) → `validate` (every rule, errors collected) → `model` (renames
//! applied, bounds inferred) → `emit`.
//!
//! Attributes are read by hand rather than with darling: the same keys come from two
//! namespaces (`#[chopin(…)]`, and `#[serde(…)]` so one set of attributes serves both derives)
//! with different rules for keys this derive does not use (deserialisation-only `serde` keys
//! are ignored, unknown `chopin` keys are errors), `#[chopin]` overrides `#[serde]` key by key,
//! and every error follows the house format (one sentence, then a hint).

mod case;
mod diag;
mod emit;
mod model;
mod parse;
mod validate;

use proc_macro2::TokenStream;

/// Expands `#[derive(Serialize)]` on `input`: the impls, or the errors plus an inert stub.
pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let input: syn::DeriveInput = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let (ident, generics) = (input.ident.clone(), input.generics.clone());
    let decl = match parse::parse_container(input) {
        Ok(d) => d,
        Err(e) => return with_stub(e, &ident, &generics),
    };
    match validate::check(&decl) {
        Ok(checked) => emit::emit(&model::lower(decl, checked)),
        Err(e) => with_stub(e, &ident, &generics),
    }
}

fn with_stub(e: syn::Error, ident: &syn::Ident, generics: &syn::Generics) -> TokenStream {
    let mut out = e.to_compile_error();
    out.extend(emit::emit_stub(ident, generics));
    out
}
