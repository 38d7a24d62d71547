//! Procedural macros of Chopin. `app!` compiles a whole service declaration into a router,
//! pre-composed middleware chains and an `App` type that serves (see `expand.rs` for the
//! pipeline: parse → validate → model → emit). `derive(Serialize)` compiles a JSON writer per
//! type; its pipeline of the same shape is under `serialize/`.

mod diag;
mod emit;
mod expand;
mod model;
mod parse;
mod serialize;
mod validate;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Declares a Chopin service. The grammar is documented in the `chopin` crate (`docs/app.md`).
#[proc_macro]
pub fn app(input: TokenStream) -> TokenStream {
    expand::app(input.into()).into()
}

/// Derives `chopin::json::Serialize` (and, for types written as objects,
/// `chopin::json::Entries`): a JSON writer specialised for the type, byte-identical to
/// `serde_json` under the equivalent `serde` attributes. Attributes are read from
/// `#[chopin(…)]` and from `#[serde(…)]`; see the `chopin::json` guide for the keys.
#[proc_macro_derive(Serialize, attributes(chopin, serde))]
pub fn derive_serialize(input: TokenStream) -> TokenStream {
    serialize::expand(input.into()).into()
}
