//! [`Serialize`], [`Entries`] and [`MapKey`] for the standard types, each writing exactly what
//! `serde_json` writes for it: numbers in decimal (integers up to 64 bits by `write_u64`), strings escaped, `Option` as the value or
//! `null`, sequences and tuples as arrays, maps as objects, smart pointers as what they hold.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, LinkedList, VecDeque};
use std::hash::BuildHasher;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

use super::write::{write_f32, write_f64, write_i64, write_int, write_str, write_u64};
use super::{Entries, MapKey, Serialize};

macro_rules! ints {
    ($($t:ty => $hint:expr, $write:expr),* $(,)?) => {$(
        impl Serialize for $t {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) {
                #[allow(clippy::redundant_closure_call)]
                ($write)(out, *self);
            }
            #[inline]
            fn json_size_hint(&self) -> usize {
                $hint
            }
        }
        impl MapKey for $t {
            #[inline]
            fn write_json_key(&self, out: &mut Vec<u8>) {
                out.push(b'"');
                #[allow(clippy::redundant_closure_call)]
                ($write)(out, *self);
                out.push(b'"');
            }
            #[inline]
            fn json_key_size_hint(&self) -> usize {
                $hint + 2
            }
        }
    )*};
}

ints! {
    u8 => 3, |o, v| write_u64(o, u64::from(v), false),
    u16 => 5, |o, v| write_u64(o, u64::from(v), false),
    u32 => 10, |o, v| write_u64(o, u64::from(v), false),
    u64 => 20, |o, v| write_u64(o, v, false),
    u128 => 39, write_int::<u128>,
    usize => 20, |o, v| write_u64(o, v as u64, false),
    i8 => 4, |o, v| write_i64(o, i64::from(v)),
    i16 => 6, |o, v| write_i64(o, i64::from(v)),
    i32 => 11, |o, v| write_i64(o, i64::from(v)),
    i64 => 20, write_i64,
    i128 => 40, write_int::<i128>,
    isize => 20, |o, v| write_i64(o, v as i64),
}

impl Serialize for f64 {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        write_f64(out, *self);
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        24
    }
}

impl Serialize for f32 {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        write_f32(out, *self);
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        16
    }
}

impl Serialize for bool {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        5
    }
}

impl Serialize for str {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        self.len() + 2
    }
}

impl Serialize for String {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        self.len() + 2
    }
}

impl Serialize for char {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        write_str(out, self.encode_utf8(&mut [0; 4]));
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        8
    }
}

impl Serialize for () {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"null");
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        4
    }
}

/// `()` flattened adds no entries (as in `serde`).
impl Entries for () {
    #[inline]
    fn write_json_entries(&self, _out: &mut Vec<u8>, comma: bool) -> bool {
        comma
    }
}

impl<T: ?Sized> Serialize for PhantomData<T> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"null");
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        4
    }
}

impl<T: Serialize> Serialize for Option<T> {
    #[inline]
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
    #[inline]
    fn json_size_hint(&self) -> usize {
        match self {
            Some(v) => v.json_size_hint(),
            None => 4,
        }
    }
}

/// A flattened `None` adds no entries (as in `serde`).
impl<T: Entries> Entries for Option<T> {
    #[inline]
    fn write_json_entries(&self, out: &mut Vec<u8>, comma: bool) -> bool {
        match self {
            Some(v) => v.write_json_entries(out, comma),
            None => comma,
        }
    }
}

/// Pointers and wrappers write what they point to.
macro_rules! deref {
    ($($(#[$m:meta])* [$($g:tt)*] $t:ty;)*) => {$(
        $(#[$m])*
        impl<$($g)*> Serialize for $t {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) {
                (**self).write_json(out);
            }
            #[inline]
            fn json_size_hint(&self) -> usize {
                (**self).json_size_hint()
            }
        }
        impl<$($g)*> Entries for $t where T: Entries {
            #[inline]
            fn write_json_entries(&self, out: &mut Vec<u8>, comma: bool) -> bool {
                (**self).write_json_entries(out, comma)
            }
        }
        impl<$($g)*> MapKey for $t where T: MapKey {
            #[inline]
            fn write_json_key(&self, out: &mut Vec<u8>) {
                (**self).write_json_key(out);
            }
            #[inline]
            fn json_key_size_hint(&self) -> usize {
                (**self).json_key_size_hint()
            }
        }
    )*};
}

deref! {
    ['a, T: Serialize + ?Sized] &'a T;
    ['a, T: Serialize + ?Sized] &'a mut T;
    [T: Serialize + ?Sized] Box<T>;
    [T: Serialize + ?Sized] Rc<T>;
    [T: Serialize + ?Sized] Arc<T>;
    ['a, T: Serialize + ToOwned + ?Sized] Cow<'a, T>;
}

impl MapKey for str {
    #[inline]
    fn write_json_key(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
    #[inline]
    fn json_key_size_hint(&self) -> usize {
        self.len() + 2
    }
}

impl MapKey for String {
    #[inline]
    fn write_json_key(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
    #[inline]
    fn json_key_size_hint(&self) -> usize {
        self.len() + 2
    }
}

impl MapKey for char {
    #[inline]
    fn write_json_key(&self, out: &mut Vec<u8>) {
        write_str(out, self.encode_utf8(&mut [0; 4]));
    }
}

fn write_seq<'a, T: Serialize + 'a>(out: &mut Vec<u8>, items: impl IntoIterator<Item = &'a T>) {
    out.push(b'[');
    let mut it = items.into_iter();
    if let Some(first) = it.next() {
        first.write_json(out);
        for v in it {
            out.push(b',');
            v.write_json(out);
        }
    }
    out.push(b']');
}

fn seq_hint<'a, T: Serialize + 'a>(items: impl IntoIterator<Item = &'a T>) -> usize {
    items.into_iter().fold(2, |n, v| n + v.json_size_hint() + 1)
}

macro_rules! seqs {
    ($([$($g:tt)*] $t:ty;)*) => {$(
        impl<$($g)*> Serialize for $t {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) {
                write_seq(out, self.iter());
            }
            #[inline]
            fn json_size_hint(&self) -> usize {
                seq_hint(self.iter())
            }
        }
    )*};
}

seqs! {
    [T: Serialize] [T];
    [T: Serialize, const N: usize] [T; N];
    [T: Serialize] Vec<T>;
    [T: Serialize] VecDeque<T>;
    [T: Serialize] LinkedList<T>;
    [T: Serialize] BTreeSet<T>;
    [T: Serialize, S: BuildHasher] HashSet<T, S>;
}

fn write_map<'a, K: MapKey + 'a, V: Serialize + 'a>(
    out: &mut Vec<u8>,
    entries: impl IntoIterator<Item = (&'a K, &'a V)>,
    mut comma: bool,
) -> bool {
    for (k, v) in entries {
        if comma {
            out.push(b',');
        }
        k.write_json_key(out);
        out.push(b':');
        v.write_json(out);
        comma = true;
    }
    comma
}

fn map_hint<'a, K: MapKey + 'a, V: Serialize + 'a>(
    entries: impl IntoIterator<Item = (&'a K, &'a V)>,
) -> usize {
    entries.into_iter().fold(2, |n, (k, v)| n + k.json_key_size_hint() + v.json_size_hint() + 2)
}

macro_rules! maps {
    ($([$($g:tt)*] $t:ty;)*) => {$(
        impl<$($g)*> Serialize for $t {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) {
                out.push(b'{');
                write_map(out, self.iter(), false);
                out.push(b'}');
            }
            #[inline]
            fn json_size_hint(&self) -> usize {
                map_hint(self.iter())
            }
        }
        impl<$($g)*> Entries for $t {
            #[inline]
            fn write_json_entries(&self, out: &mut Vec<u8>, comma: bool) -> bool {
                write_map(out, self.iter(), comma)
            }
        }
    )*};
}

maps! {
    [K: MapKey, V: Serialize] BTreeMap<K, V>;
    [K: MapKey, V: Serialize, S: BuildHasher] HashMap<K, V, S>;
}

macro_rules! tuples {
    ($(($($n:tt $t:ident),+))*) => {$(
        impl<$($t: Serialize),+> Serialize for ($($t,)+) {
            #[inline]
            fn write_json(&self, out: &mut Vec<u8>) {
                out.push(b'[');
                tuples!(@items self out $($n)+);
                out.push(b']');
            }
            #[inline]
            fn json_size_hint(&self) -> usize {
                2 $(+ self.$n.json_size_hint() + 1)+
            }
        }
    )*};
    (@items $s:ident $out:ident $first:tt $($n:tt)*) => {
        $s.$first.write_json($out);
        $($out.push(b','); $s.$n.write_json($out);)*
    };
}

tuples! {
    (0 A)
    (0 A, 1 B)
    (0 A, 1 B, 2 C)
    (0 A, 1 B, 2 C, 3 D)
    (0 A, 1 B, 2 C, 3 D, 4 E)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G)
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F, 6 G, 7 H)
}
