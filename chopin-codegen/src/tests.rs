//! Snapshot tests of `app!` expansions: expand → `syn::parse2::<syn::File>` (proves the output
//! is valid Rust) → prettyplease → insta, one snapshot per codegen feature and case, stored in
//! the workspace's `snapshots/` directory.

use proc_macro2::TokenStream;
use quote::quote;

/// The pretty-printed expansion of an `app!` body.
pub(crate) fn expand_pretty(input: TokenStream) -> String {
    let out = crate::expand::app(input);
    let file: syn::File = syn::parse2(out.clone()).unwrap_or_else(|e| panic!("expansion is not valid Rust: {e}\n{out}"));
    prettyplease::unparse(&file)
}

macro_rules! snapshot {
    ($name:literal, $($body:tt)*) => {{
        let pretty = expand_pretty(quote!($($body)*));
        insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/../snapshots"), prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, pretty);
        });
    }};
}

#[test]
fn debug_dump() {
    if let Ok(path) = std::env::var("CHOPIN_EXPAND") {
        let src = std::fs::read_to_string(path).unwrap();
        let ts: TokenStream = src.parse().unwrap();
        println!("{}", expand_pretty(ts));
    }
}
