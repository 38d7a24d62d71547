//! JSON: the writer behind `#[derive(chopin::Serialize)]` and the [`Json`] request/response
//! wrapper. Derived types implement [`Serialize`] with code specialised per type (keys escaped
//! at compile time, fused with their punctuation); this module holds the traits that code
//! implements, the impls for standard types, the byte writers, and the request side
//! ([`Json::from_parts`], through `serde_json`).
//!
//! The traits are hand-written rather than built on `serde::Serializer` so that a derived
//! writer is a straight run of `extend_from_slice` calls with no per-value dispatch, no error
//! plumbing (writing into a `Vec` cannot fail) and no state machine for commas.

mod extract;
mod impls;
mod response;
#[cfg(test)]
mod tests;
mod write;

pub use extract::JsonRejection;
pub use write::{write_f32, write_f64, write_int, write_str, write_str_contents};

/// A value that writes itself as JSON. Derive it with `#[derive(chopin::Serialize)]`; the
/// standard types (numbers, strings, `Option`, sequences, string-keyed maps, smart pointers,
/// tuples) implement it already.
///
/// The output is byte-identical to `serde_json::to_vec` of the same value under the equivalent
/// `serde` attributes.
///
/// ```
/// use chopin_rt::json::{self, Serialize};
///
/// struct Point(i32, i32);
///
/// impl Serialize for Point {
///     fn write_json(&self, out: &mut Vec<u8>) {
///         out.push(b'[');
///         self.0.write_json(out);
///         out.push(b',');
///         self.1.write_json(out);
///         out.push(b']');
///     }
/// }
///
/// assert_eq!(json::to_vec(&Point(1, -2)), b"[1,-2]");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be written as JSON",
    label = "`{Self}` does not implement `chopin::Serialize`",
    note = "add `#[derive(chopin::Serialize)]` to the type, or give the field `#[serde(serialize_with = \"path\")]` or `#[serde(skip)]`"
)]
pub trait Serialize {
    /// Appends the JSON text of `self` to `out`.
    fn write_json(&self, out: &mut Vec<u8>);

    /// An estimate of the number of bytes [`write_json`](Serialize::write_json) appends, used
    /// to reserve the output once. Strings count without escapes, so the estimate can be short
    /// for text that needs many.
    #[inline]
    fn json_size_hint(&self) -> usize {
        16
    }
}

/// A value whose JSON is an object, so its entries can be spliced into an enclosing object:
/// what `#[serde(flatten)]` and the newtype variants of an internally tagged enum need.
/// Derived structs with named fields, unit structs, internally tagged enums, string-keyed maps
/// and `Option`s of these implement it.
///
/// ```
/// use std::collections::BTreeMap;
/// use chopin_rt::json::Entries;
///
/// let m = BTreeMap::from([("a", 1), ("b", 2)]);
/// let mut out = b"{\"x\":0".to_vec();
/// // A comma is needed: an entry was written before.
/// assert!(m.write_json_entries(&mut out, true));
/// out.push(b'}');
/// assert_eq!(out, br#"{"x":0,"a":1,"b":2}"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be flattened into a JSON object",
    label = "`{Self}` does not serialize as a JSON object",
    note = "`flatten` and the newtype variants of an internally tagged enum need a struct with named fields, a unit struct, an internally tagged enum, a map with string keys, or an `Option` of one"
)]
pub trait Entries: Serialize {
    /// Appends this value's object entries (no braces). `comma` says whether an entry was
    /// written before, so the first one written here needs a leading comma. Returns whether
    /// an entry has been written now (`comma`, or anything written by this call).
    fn write_json_entries(&self, out: &mut Vec<u8>, comma: bool) -> bool;
}

/// A map key: written as a JSON string, as `serde_json` writes keys (integers are quoted).
///
/// ```
/// use std::collections::BTreeMap;
/// let m = BTreeMap::from([(1u8, "a"), (2, "b")]);
/// assert_eq!(chopin_rt::json::to_vec(&m), br#"{"1":"a","2":"b"}"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a JSON object key",
    label = "JSON object keys are strings",
    note = "use a string-like key (`String`, `&str`, `Cow<str>`, `Box<str>`, `Rc<str>`, `Arc<str>`, `char`) or an integer"
)]
pub trait MapKey {
    /// Appends the key, quoted and escaped.
    fn write_json_key(&self, out: &mut Vec<u8>);

    /// An estimate of the bytes written.
    #[inline]
    fn json_key_size_hint(&self) -> usize {
        8
    }
}

/// `value` as JSON bytes, reserved once from its size estimate.
///
/// ```
/// assert_eq!(chopin_rt::json::to_vec(&vec![Some(1.5), None]), b"[1.5,null]");
/// ```
#[inline]
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.json_size_hint());
    value.write_json(&mut out);
    out
}

/// `value` as a JSON `String`.
///
/// ```
/// assert_eq!(chopin_rt::json::to_string(&("a\"b", 1u8)), r#"["a\"b",1]"#);
/// ```
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    match String::from_utf8(to_vec(value)) {
        Ok(s) => s,
        // Only a hand-written `Serialize` impl can produce invalid UTF-8.
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Appends `value` as JSON to `out` (reserving its size estimate first).
///
/// ```
/// let mut out = b"data: ".to_vec();
/// chopin_rt::json::to_writer(&mut out, &["x"]);
/// assert_eq!(out, br#"data: ["x"]"#);
/// ```
#[inline]
pub fn to_writer<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    out.reserve(value.json_size_hint());
    value.write_json(out);
}

/// JSON in both directions. As a handler's return value, `Json(value)` is written straight
/// into the connection's write buffer with `Content-Type: application/json` (no intermediate
/// `Vec`); on the request side, [`Json::from_parts`] parses a body with `serde_json`.
///
/// ```
/// use chopin_rt::json::Json;
/// use chopin_rt::{IntoResponse, Status};
///
/// let resp = Json(vec![1, 2]).into_response();
/// assert_eq!(resp.status(), Status::OK);
/// assert_eq!(resp.header_value("content-type"), Some(&b"application/json"[..]));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Json<T>(pub T);

/// Items named by the code `#[derive(chopin::Serialize)]` generates, re-exported by the
/// `chopin` facade as `chopin::__private::json`. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use super::{write_str, Entries, MapKey, Serialize};

    /// Runs a `serialize_with` function (a `serde` serializer function) against a
    /// `serde_json` serializer writing into `out`.
    ///
    /// # Panics
    ///
    /// When the function returns an error (as `serde_json::to_vec` would have): the JSON
    /// writer cannot fail, and a handler that panics is answered with a 500.
    #[inline]
    pub fn serialize_with<F>(out: &mut Vec<u8>, f: F)
    where
        F: FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> Result<(), serde_json::Error>,
    {
        let mut ser = serde_json::Serializer::new(out);
        if let Err(e) = f(&mut ser) {
            panic!("chopin: a `serialize_with` function failed: {e}");
        }
    }

    /// Size estimate of a value written by a `serialize_with` function.
    pub const SERIALIZE_WITH_HINT: usize = 16;
}
