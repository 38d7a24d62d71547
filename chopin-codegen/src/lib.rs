//! Procedural macros of Chopin. `app!` compiles a whole service declaration into a router,
//! pre-composed middleware chains and an `App` type that serves (see `expand.rs` for the
//! pipeline: parse → validate → model → emit).

mod diag;
mod emit;
mod expand;
mod model;
mod parse;
mod validate;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Declares a Chopin service. The grammar is documented in the `chopin` crate (`docs/app.md`).
#[proc_macro]
pub fn app(input: TokenStream) -> TokenStream {
    expand::app(input.into()).into()
}
