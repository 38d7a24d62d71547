//! Procedural macros of Chopin: `derive(Serialize)` today; `app!` and `derive(Model)` arrive
//! with their own work. Each entry point only hands its tokens to its pipeline module.

mod serialize;
#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

/// Derives `chopin::json::Serialize` (and, for types written as objects,
/// `chopin::json::Entries`): a JSON writer specialised for the type, byte-identical to
/// `serde_json` under the equivalent `serde` attributes. Attributes are read from
/// `#[chopin(…)]` and from `#[serde(…)]`; see the `chopin::json` guide for the keys.
#[proc_macro_derive(Serialize, attributes(chopin, serde))]
pub fn derive_serialize(input: TokenStream) -> TokenStream {
    serialize::expand(input.into()).into()
}
