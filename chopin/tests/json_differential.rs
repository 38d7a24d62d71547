//! Differential test: for generated values of representative types, `chopin::json::to_vec`
//! (the derived writers) must produce exactly the bytes of `serde_json::to_vec` (serde's
//! derive, same attributes). Strings are hostile (quotes, backslashes, every control
//! character, non-ASCII, U+2028/U+2029) and numbers include the extremes, NaN and infinities.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;
use std::sync::Arc;

use proptest::prelude::*;

/// Asserts that both serialisers write the same bytes for `v`.
fn same<T: chopin::Serialize + serde::Serialize>(v: &T) -> Result<(), TestCaseError> {
    let ours = chopin::json::to_vec(v);
    let theirs = serde_json::to_vec(v).expect("serde_json");
    prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
    Ok(())
}

fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        (0u32..0x20).prop_map(|c| char::from_u32(c).expect("control")),
        Just('"'),
        Just('\\'),
        Just('/'),
        Just('\u{7f}'),
        Just('\u{2028}'),
        Just('\u{2029}'),
        Just('é'),
        Just('😀'),
        any::<char>(),
        proptest::char::range('a', 'z'),
    ]
}

fn hostile() -> impl Strategy<Value = String> {
    proptest::collection::vec(hostile_char(), 0..24).prop_map(|v| v.into_iter().collect())
}

fn f64s() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<u64>().prop_map(f64::from_bits),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(-0.0),
        any::<i32>().prop_map(f64::from),
    ]
}

fn f32s() -> impl Strategy<Value = f32> {
    prop_oneof![any::<u32>().prop_map(f32::from_bits), Just(f32::MAX), Just(f32::NAN), Just(1.0e-45)]
}

macro_rules! edge {
    ($t:ty) => {
        prop_oneof![Just(<$t>::MIN), Just(<$t>::MAX), Just(0 as $t), any::<$t>()]
    };
}

// 1. The TechEmpower message.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Message {
    message: String,
}

// 2. A record with renamed fields.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct User {
    id: u64,
    user_name: String,
    email_address: String,
    is_active: bool,
    created_at: i64,
    score: f64,
    #[serde(rename = "we\"ird\\key\n\u{2028}é")]
    weird: u8,
}

// 3. Tuple, newtype and unit structs.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Pair(i32, String);

#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Meters(f64);

#[derive(Debug, Clone, chopin::Serialize, serde::Serialize)]
struct Marker;

#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Empty {}

#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Wrapped(Pair, Meters, Marker, Empty, ());

// 4. Every number type.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Numbers {
    a: u8,
    b: i8,
    c: u16,
    d: i16,
    e: u32,
    f: i32,
    g: u64,
    h: i64,
    i: u128,
    j: i128,
    k: usize,
    l: isize,
    m: f32,
    n: f64,
    unit: (),
}

// 5. An externally tagged enum of every variant shape.
#[derive(Debug, Clone, chopin::Serialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
enum Shape {
    UnitVariant,
    Newtype(u8),
    Tuple(i16, String),
    EmptyTuple(),
    Struct {
        opt: Option<u32>,
        chars: Vec<char>,
    },
    #[serde(rename = "re\"named")]
    Renamed {
        #[serde(skip_serializing_if = "Option::is_none")]
        maybe: Option<String>,
        #[serde(skip)]
        _hidden: u8,
    },
}

// 6. An internally tagged enum.
#[derive(Debug, Clone, chopin::Serialize, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "PascalCase")]
enum Event {
    Ping,
    Created { item_id: u32, title: String },
    Moved(Inner),
    Wrapped(Marker),
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    Flagged {
        #[serde(skip_serializing_if = "Option::is_none")]
        reason_text: Option<String>,
        #[serde(flatten)]
        extra: BTreeMap<String, i8>,
    },
}

#[derive(Debug, Clone, chopin::Serialize, serde::Serialize)]
struct Inner {
    x: i8,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
}

// 7. Generics and lifetimes.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Borrowed<'a, T> {
    s: &'a str,
    cow: Cow<'a, str>,
    items: Vec<T>,
    nested: Option<Option<T>>,
}

// 8. Collections and pointers.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Collections {
    v: Vec<i8>,
    arr: [u16; 3],
    deque: VecDeque<String>,
    map: BTreeMap<String, i64>,
    hmap: HashMap<String, bool>,
    int_keys: BTreeMap<u32, String>,
    slice: Box<[u8]>,
    boxed: Box<str>,
    rc: Rc<String>,
    arc: Arc<str>,
    tuple: (u8, String, bool),
    chr: char,
}

// 9. Every attribute: rename, skip, skip_serializing_if, flatten, serialize_with, with.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Attrs {
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<u8>,
    #[serde(flatten)]
    inner: Inner,
    #[serde(skip)]
    _skipped: String,
    #[serde(rename = "r#type")]
    r#type: String,
    #[serde(serialize_with = "as_hex")]
    hex: u32,
    #[serde(with = "upper")]
    shout: String,
    #[serde(flatten)]
    more: Option<Inner>,
    #[serde(flatten, skip_serializing_if = "HashMap::is_empty")]
    extra: HashMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<bool>,
}

fn as_hex<S: serde::Serializer>(v: &u32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{v:#x}"))
}

mod upper {
    pub(super) fn serialize<S: serde::Serializer>(v: &str, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.to_uppercase())
    }
}

// 10. Only optional entries: every comma is decided at run time.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
#[serde(tag = "type")]
struct AllOptional {
    #[serde(skip_serializing_if = "Option::is_none")]
    a: Option<i32>,
    #[serde(flatten)]
    b: Option<Inner>,
    #[serde(skip_serializing_if = "Option::is_none")]
    c: Option<String>,
}

#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct OptionalTuple(#[serde(skip_serializing_if = "Option::is_none")] Option<u8>, u8, #[serde(skip_serializing_if = "Option::is_none")] Option<u8>);

// 11. Every `rename_all` style on fields and on variants.
macro_rules! styles {
    ($($s:ident $e:ident $style:literal;)*) => {$(
        #[derive(Debug, chopin::Serialize, serde::Serialize)]
        #[serde(rename_all = $style)]
        struct $s { user_id: u8, a: u8, very_long_field_name: u8 }

        #[derive(Debug, chopin::Serialize, serde::Serialize)]
        #[serde(rename_all = $style)]
        enum $e { FirstVariant, HTTPServer(u8), X { the_field: u8 } }
    )*};
}

styles! {
    SLower ELower "lowercase";
    SUpper EUpper "UPPERCASE";
    SPascal EPascal "PascalCase";
    SCamel ECamel "camelCase";
    SSnake ESnake "snake_case";
    SScreaming EScreaming "SCREAMING_SNAKE_CASE";
    SKebab EKebab "kebab-case";
    SScreamingKebab EScreamingKebab "SCREAMING-KEBAB-CASE";
}

// 12. Recursion through Box, and a list of records.
#[derive(Debug, chopin::Serialize, serde::Serialize)]
struct Tree {
    label: String,
    children: Vec<Tree>,
    parent: Option<Box<Tree>>,
}

// 13. `#[chopin(...)]` keys override `#[serde(...)]` ones; the serde derive sees the
// equivalent attribute on its own twin type.
#[derive(Debug, chopin::Serialize)]
#[serde(rename_all = "camelCase")]
struct Overridden {
    #[serde(rename = "ignored")]
    #[chopin(rename = "used")]
    user_id: u8,
    other_field: u8,
}

#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OverriddenTwin {
    #[serde(rename = "used")]
    user_id: u8,
    other_field: u8,
}

prop_compose! {
    fn inner()(x in any::<i8>(), tags in proptest::collection::vec(hostile(), 0..3)) -> Inner {
        Inner { x, tags }
    }
}

prop_compose! {
    fn user()(id in edge!(u64), user_name in hostile(), email_address in hostile(), is_active in any::<bool>(),
              created_at in edge!(i64), score in f64s(), weird in any::<u8>()) -> User {
        User { id, user_name, email_address, is_active, created_at, score, weird }
    }
}

prop_compose! {
    fn numbers()(a in edge!(u8), b in edge!(i8), c in edge!(u16), d in edge!(i16), e in edge!(u32),
                 f in edge!(i32), g in edge!(u64), h in edge!(i64), i in edge!(u128), j in edge!(i128),
                 k in edge!(usize), l in edge!(isize), m in f32s(), n in f64s()) -> Numbers {
        Numbers { a, b, c, d, e, f, g, h, i, j, k, l, m, n, unit: () }
    }
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::UnitVariant),
        any::<u8>().prop_map(Shape::Newtype),
        (any::<i16>(), hostile()).prop_map(|(a, b)| Shape::Tuple(a, b)),
        Just(Shape::EmptyTuple()),
        (any::<Option<u32>>(), proptest::collection::vec(hostile_char(), 0..4))
            .prop_map(|(opt, chars)| Shape::Struct { opt, chars }),
        proptest::option::of(hostile()).prop_map(|maybe| Shape::Renamed { maybe, _hidden: 1 }),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        Just(Event::Ping),
        (any::<u32>(), hostile()).prop_map(|(item_id, title)| Event::Created { item_id, title }),
        inner().prop_map(Event::Moved),
        Just(Event::Wrapped(Marker)),
        (proptest::option::of(hostile()), proptest::collection::btree_map(hostile(), any::<i8>(), 0..3))
            .prop_map(|(reason_text, extra)| Event::Flagged { reason_text, extra }),
    ]
}

prop_compose! {
    fn collections()(v in proptest::collection::vec(any::<i8>(), 0..4), arr in any::<[u16; 3]>(),
                     deque in proptest::collection::vec_deque(hostile(), 0..3),
                     map in proptest::collection::btree_map(hostile(), edge!(i64), 0..3),
                     hmap in proptest::collection::hash_map(hostile(), any::<bool>(), 0..3),
                     int_keys in proptest::collection::btree_map(any::<u32>(), hostile(), 0..3),
                     slice in proptest::collection::vec(any::<u8>(), 0..4),
                     boxed in hostile(), rc in hostile(), arc in hostile(),
                     tuple in (any::<u8>(), hostile(), any::<bool>()), chr in hostile_char()) -> Collections {
        Collections { v, arr, deque, map, hmap, int_keys, slice: slice.into(), boxed: boxed.into(),
                      rc: Rc::new(rc), arc: arc.into(), tuple, chr }
    }
}

prop_compose! {
    fn attrs()(first in any::<Option<u8>>(), inner in inner(), r#type in hostile(), hex in any::<u32>(),
               shout in hostile(), more in proptest::option::of(inner()),
               extra in proptest::collection::hash_map(hostile(), hostile(), 0..3),
               last in any::<Option<bool>>()) -> Attrs {
        Attrs { first, inner, _skipped: "never".into(), r#type, hex, shout, more, extra, last }
    }
}

fn tree(depth: u32) -> BoxedStrategy<Tree> {
    let leaf = hostile().prop_map(|label| Tree { label, children: vec![], parent: None });
    leaf.prop_recursive(depth, 16, 3, |t| {
        (hostile(), proptest::collection::vec(t.clone(), 0..3), proptest::option::of(t))
            .prop_map(|(label, children, parent)| Tree { label, children, parent: parent.map(Box::new) })
    })
    .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn message(message in hostile()) {
        same(&Message { message })?;
    }

    #[test]
    fn users(users in proptest::collection::vec(user(), 0..5)) {
        same(&users)?;
    }

    #[test]
    fn tuple_newtype_unit(a in edge!(i32), s in hostile(), m in f64s()) {
        same(&Wrapped(Pair(a, s), Meters(m), Marker, Empty {}, ()))?;
        same(&Marker)?;
        same(&Meters(m))?;
    }

    #[test]
    fn all_numbers(n in numbers()) {
        same(&n)?;
    }

    #[test]
    fn externally_tagged(v in proptest::collection::vec(shape(), 0..4)) {
        same(&v)?;
    }

    #[test]
    fn internally_tagged(e in event()) {
        same(&e)?;
    }

    #[test]
    fn generics_and_lifetimes(s in hostile(), c in hostile(), items in proptest::collection::vec(f64s(), 0..3),
                              nested in proptest::option::of(proptest::option::of(f64s()))) {
        same(&Borrowed { s: &s, cow: Cow::Borrowed(&c), items: items.clone(), nested })?;
        same(&Borrowed::<Shape> { s: &s, cow: Cow::Owned(c), items: vec![Shape::UnitVariant], nested: None })?;
    }

    #[test]
    fn collections_and_pointers(c in collections()) {
        same(&c)?;
    }

    #[test]
    fn every_attribute(a in attrs()) {
        same(&a)?;
    }

    #[test]
    fn run_time_commas(a in any::<Option<i32>>(), b in proptest::option::of(inner()), c in proptest::option::of(hostile()),
                       t in (any::<Option<u8>>(), any::<u8>(), any::<Option<u8>>())) {
        same(&AllOptional { a, b, c })?;
        same(&OptionalTuple(t.0, t.1, t.2))?;
    }

    #[test]
    fn rename_all_styles(x in any::<u8>()) {
        same(&(SLower { user_id: x, a: x, very_long_field_name: x }, SUpper { user_id: x, a: x, very_long_field_name: x },
               SPascal { user_id: x, a: x, very_long_field_name: x }, SCamel { user_id: x, a: x, very_long_field_name: x }))?;
        same(&(SSnake { user_id: x, a: x, very_long_field_name: x }, SScreaming { user_id: x, a: x, very_long_field_name: x },
               SKebab { user_id: x, a: x, very_long_field_name: x }, SScreamingKebab { user_id: x, a: x, very_long_field_name: x }))?;
        same(&(vec![ELower::FirstVariant, ELower::HTTPServer(x), ELower::X { the_field: x }],
               vec![EUpper::FirstVariant, EUpper::HTTPServer(x), EUpper::X { the_field: x }],
               vec![EPascal::FirstVariant, EPascal::HTTPServer(x), EPascal::X { the_field: x }],
               vec![ECamel::FirstVariant, ECamel::HTTPServer(x), ECamel::X { the_field: x }]))?;
        same(&(vec![ESnake::FirstVariant, ESnake::HTTPServer(x), ESnake::X { the_field: x }],
               vec![EScreaming::FirstVariant, EScreaming::HTTPServer(x), EScreaming::X { the_field: x }],
               vec![EKebab::FirstVariant, EKebab::HTTPServer(x), EKebab::X { the_field: x }],
               vec![EScreamingKebab::FirstVariant, EScreamingKebab::HTTPServer(x), EScreamingKebab::X { the_field: x }]))?;
    }

    #[test]
    fn recursive(t in tree(4)) {
        same(&t)?;
    }

    #[test]
    fn chopin_keys_override_serde_keys(a in any::<u8>(), b in any::<u8>()) {
        prop_assert_eq!(
            chopin::json::to_vec(&Overridden { user_id: a, other_field: b }),
            serde_json::to_vec(&OverriddenTwin { user_id: a, other_field: b }).unwrap()
        );
    }
}

#[test]
fn known_outputs() {
    assert_eq!(
        chopin::json::to_vec(&Message { message: "Hello, World!".into() }),
        br#"{"message":"Hello, World!"}"#
    );
    assert_eq!(
        chopin::json::to_string(&Event::Created { item_id: 7, title: "a\"b".into() }),
        r#"{"kind":"created","ItemId":7,"Title":"a\"b"}"#
    );
    assert_eq!(chopin::json::to_string(&AllOptional { a: None, b: None, c: None }), r#"{"type":"AllOptional"}"#);
    assert_eq!(chopin::json::to_string(&OptionalTuple(None, 1, Some(2))), "[1,2]");
    assert_eq!(chopin::json::to_string(&Shape::EmptyTuple()), r#"{"empty_tuple":[]}"#);
}

/// An enum without variants derives too (it can never be written).
#[derive(chopin::Serialize)]
enum Never {}

#[test]
fn empty_enum_is_serialize() {
    fn is_serialize<T: chopin::Serialize>() {}
    is_serialize::<Never>();
    is_serialize::<Vec<Never>>();
}
