//! Snapshots of `#[derive(Serialize)]` expansions, one per shape: expand → parse as a
//! `syn::File` (proves the output is valid Rust) → prettyplease → insta.

use quote::quote;

fn expand(name: &str, input: proc_macro2::TokenStream) {
    let out = crate::serialize::expand(input);
    let file: syn::File = syn::parse2(out).expect("the expansion parses as a Rust file");
    let pretty = prettyplease::unparse(&file);
    insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/../snapshots"), prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(format!("serialize__{name}"), pretty);
    });
}

#[test]
fn named_struct() {
    expand("named_struct", quote! {
        struct Message {
            id: u32,
            message: &'static str,
        }
    });
}

#[test]
fn tuple_struct() {
    expand("tuple_struct", quote! {
        struct Pair(i32, #[serde(skip_serializing_if = "Option::is_none")] Option<String>, bool);
    });
}

#[test]
fn newtype_struct() {
    expand("newtype_struct", quote! { struct Meters(f64); });
}

#[test]
fn unit_struct() {
    expand("unit_struct", quote! { struct Marker; });
}

#[test]
fn externally_tagged_enum() {
    expand("externally_tagged_enum", quote! {
        #[serde(rename_all = "snake_case")]
        enum Shape {
            Empty,
            Circle(f64),
            Rect(f64, f64),
            Labeled { #[chopin(rename = "text")] label: String, #[serde(skip)] cache: u8 },
        }
    });
}

#[test]
fn internally_tagged_enum() {
    expand("internally_tagged_enum", quote! {
        #[chopin(tag = "type")]
        enum Event {
            Ping,
            Created { id: u64 },
            Moved(Position),
        }
    });
}

#[test]
fn tagged_struct() {
    expand("tagged_struct", quote! {
        #[serde(tag = "kind", rename = "point")]
        struct Point { x: i32, y: i32 }
    });
}

#[test]
fn generics_and_lifetimes() {
    expand("generics_and_lifetimes", quote! {
        struct Page<'a, T, U: Copy> where T: Clone {
            items: Vec<T>,
            title: &'a str,
            #[serde(skip)]
            cursor: U,
        }
    });
}

#[test]
fn field_attributes() {
    expand("field_attributes", quote! {
        #[serde(rename_all = "camelCase")]
        struct Profile {
            #[serde(skip_serializing_if = "Option::is_none")]
            nick_name: Option<String>,
            user_id: u64,
            #[serde(flatten)]
            extra: std::collections::BTreeMap<String, String>,
            #[serde(serialize_with = "as_hex")]
            color: u32,
            #[chopin(with = "iso8601")]
            created_at: u64,
            #[serde(rename = "r\"aw\n")]
            raw: bool,
        }
    });
}

#[test]
fn only_optional_entries() {
    expand("only_optional_entries", quote! {
        struct Patch {
            #[serde(skip_serializing_if = "Option::is_none")]
            name: Option<String>,
            #[serde(flatten)]
            rest: Option<Extra>,
            #[serde(skip_serializing_if = "Option::is_none")]
            email: Option<String>,
        }
    });
}

#[test]
fn rejected_input() {
    expand("rejected_input", quote! {
        #[chopin(rename_all = "camelcase")]
        struct Bad {
            #[chopin(skip, flatten)]
            a: A,
        }
    });
}

#[test]
fn empty_enum() {
    expand("empty_enum", quote! { enum Never {} });
}
