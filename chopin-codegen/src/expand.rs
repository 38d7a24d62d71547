//! The `app!` pipeline: parse (fail fast on syntax) → validate (every rule, errors collected)
//! → model (lowering) → emit. On errors the output is the errors plus a stub `App`, so the
//! user sees the errors, not a cascade of unresolved names.

use proc_macro2::TokenStream;

use crate::diag::Errors;
use crate::parse::ItemDecl;
use crate::{emit, model, parse, validate};

pub(crate) fn app(input: TokenStream) -> TokenStream {
    let decl = match parse::parse_app(input) {
        Ok(d) => d,
        Err(e) => {
            let err = e.to_compile_error();
            let stub = emit::emit_stub(&[]);
            return quote::quote!(#err #stub);
        }
    };
    let mut errs = Errors::default();
    validate::check(&decl, &mut errs);
    if let Err(errors) = errs.finish() {
        let items: Vec<syn::Item> = decl
            .items
            .into_iter()
            .filter_map(|i| match i {
                ItemDecl::Rust(it) => Some(*it),
                _ => None,
            })
            .collect();
        let stub = emit::emit_stub(&items);
        return quote::quote!(#errors #stub);
    }
    let model = model::lower(decl);
    emit::emit(&model)
}
