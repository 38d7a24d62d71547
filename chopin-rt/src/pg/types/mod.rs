//! Conversions between Rust values and PostgreSQL's binary wire formats: [`ToSql`] for
//! parameters (encoded for the type the server inferred for each `$n`), [`FromSql`] for
//! result columns. NULL is `Option`. Columns of types this module does not know arrive in
//! text format and decode as `String`.

mod array;
mod numeric;
mod time;

pub use numeric::Numeric;
pub use time::{Date, Time, Timestamp, TimestampTz};

pub(crate) use array::element_oid;

use std::fmt;

use super::Error;

/// Type OIDs (`pg_type.oid`) the driver knows.
pub mod oid {
    #![allow(missing_docs)]
    pub const BOOL: u32 = 16;
    pub const BYTEA: u32 = 17;
    pub const CHAR: u32 = 18;
    pub const NAME: u32 = 19;
    pub const INT8: u32 = 20;
    pub const INT2: u32 = 21;
    pub const INT4: u32 = 23;
    pub const TEXT: u32 = 25;
    pub const OID: u32 = 26;
    pub const JSON: u32 = 114;
    pub const FLOAT4: u32 = 700;
    pub const FLOAT8: u32 = 701;
    pub const UNKNOWN: u32 = 705;
    pub const BPCHAR: u32 = 1042;
    pub const VARCHAR: u32 = 1043;
    pub const DATE: u32 = 1082;
    pub const TIME: u32 = 1083;
    pub const TIMESTAMP: u32 = 1114;
    pub const TIMESTAMPTZ: u32 = 1184;
    pub const NUMERIC: u32 = 1700;
    pub const UUID: u32 = 2950;
    pub const JSONB: u32 = 3802;
}

/// A result column: its name, type and wire format.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let stmt = db.prepare("SELECT 1::int8 AS n, 'x'::text AS s").await?;
/// let names: Vec<&str> = stmt.columns().iter().map(|c| c.name()).collect();
/// assert_eq!(names, ["n", "s"]);
/// assert_eq!(stmt.columns()[0].type_oid(), chopin_rt::pg::oid::INT8);
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub(crate) name: String,
    pub(crate) type_oid: u32,
    pub(crate) binary: bool,
}

impl Column {
    /// The column's name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The column's type OID.
    pub fn type_oid(&self) -> u32 {
        self.type_oid
    }
    /// True when values arrive in binary format (types this module decodes).
    pub fn is_binary(&self) -> bool {
        self.binary
    }
}

/// True for types whose binary format this module decodes (results are requested in binary
/// for these, in text for the rest).
pub(crate) fn binary_result(ty: u32) -> bool {
    use oid::*;
    matches!(
        ty,
        BOOL | BYTEA | CHAR | NAME | INT8 | INT2 | INT4 | TEXT | OID | JSON | FLOAT4 | FLOAT8 | UNKNOWN
            | BPCHAR | VARCHAR | DATE | TIME | TIMESTAMP | TIMESTAMPTZ | NUMERIC | UUID | JSONB
    ) || element_oid(ty).is_some()
}

fn is_text_type(ty: u32) -> bool {
    use oid::*;
    matches!(ty, TEXT | VARCHAR | BPCHAR | NAME | UNKNOWN | JSON)
}

/// Whether a parameter value is NULL.
///
/// ```
/// use chopin_rt::pg::{oid, IsNull, ToSql};
/// assert_eq!(None::<i32>.to_sql(oid::INT4, &mut Vec::new()).unwrap(), IsNull::Yes);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IsNull {
    /// The value was written.
    No,
    /// NULL: nothing was written.
    Yes,
}

/// A value that can be sent as a query parameter.
///
/// ```
/// use chopin_rt::pg::{oid, IsNull, ToSql};
/// let mut out = Vec::new();
/// assert_eq!(7i32.to_sql(oid::INT8, &mut out).unwrap(), IsNull::No);
/// assert_eq!(out, 7i64.to_be_bytes()); // widened to the parameter's type
/// assert!(300i32.to_sql(oid::BOOL, &mut out).is_err());
/// ```
pub trait ToSql {
    /// Writes the value in the binary format of `ty` (the type the server chose for the
    /// parameter), or reports that it does not fit.
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error>;

    /// True when the value is sent in text format (strings: the server parses them as the
    /// parameter's type, so a `&str` can feed any column).
    fn text_format(&self) -> bool {
        false
    }
}

/// A value that can be read from a result column.
///
/// ```
/// use chopin_rt::pg::{Column, FromSql};
/// // Rows come from queries; see `Row::get`.
/// fn first<'a, T: FromSql<'a>>(row: &'a chopin_rt::pg::Row) -> T { row.get(0) }
/// ```
pub trait FromSql<'a>: Sized {
    /// Decodes a non-NULL value of column `col`.
    fn from_sql(col: &Column, raw: &'a [u8]) -> Result<Self, Error>;

    /// Decodes NULL (an error unless the type is an `Option`).
    fn from_null(col: &Column) -> Result<Self, Error> {
        Err(Error::conversion(format!("column `{}` is NULL; read it as an Option", col.name)))
    }
}

pub(crate) fn mismatch<T>(what: &str, ty: u32) -> Result<T, Error> {
    Err(mismatch_error(what, ty))
}

#[cold]
#[inline(never)]
fn mismatch_error(what: &str, ty: u32) -> Error {
    Error::conversion(format!("{what} does not fit a value of type oid {ty}"))
}

fn bad_len<T>(what: &str) -> Result<T, Error> {
    Err(bad_len_error(what))
}

#[cold]
#[inline(never)]
fn bad_len_error(what: &str) -> Error {
    Error::conversion(format!("{what}: wrong binary length"))
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        (**self).to_sql(ty, out)
    }
    fn text_format(&self) -> bool {
        (**self).text_format()
    }
}

impl<T: ToSql> ToSql for Option<T> {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        match self {
            Some(v) => v.to_sql(ty, out),
            None => Ok(IsNull::Yes),
        }
    }
    fn text_format(&self) -> bool {
        self.as_ref().is_some_and(ToSql::text_format)
    }
}

impl<'a, T: FromSql<'a>> FromSql<'a> for Option<T> {
    fn from_sql(col: &Column, raw: &'a [u8]) -> Result<Self, Error> {
        T::from_sql(col, raw).map(Some)
    }
    fn from_null(_: &Column) -> Result<Self, Error> {
        Ok(None)
    }
}

impl ToSql for bool {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        if ty != oid::BOOL {
            return mismatch("bool", ty);
        }
        out.push(*self as u8);
        Ok(IsNull::No)
    }
}

impl FromSql<'_> for bool {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        match (col.type_oid, raw) {
            (oid::BOOL, [b]) => Ok(*b != 0),
            (oid::BOOL, _) => bad_len("bool"),
            (ty, _) => mismatch("bool", ty),
        }
    }
}

// The failures of the integer conversions, out of their paths (which run per value).
#[cold]
#[inline(never)]
fn out_of_range(v: i128, ty: u32) -> Error {
    Error::conversion(format!("{v} is out of range for type oid {ty}"))
}

#[cold]
#[inline(never)]
fn does_not_fit(v: i64, col: &Column, what: &str) -> Error {
    Error::conversion(format!("{v} in column `{}` does not fit {what}", col.name))
}

/// An integer sent as a `numeric` parameter.
#[inline(never)]
fn int_to_numeric(v: i128, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
    Numeric::from(v.to_string()).to_sql(ty, out)
}

/// Integers encode into any integer parameter they fit (range-checked), and decode from any
/// integer column that fits them.
macro_rules! int_impl {
    ($t:ty) => {
        impl ToSql for $t {
            fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
                let v = *self as i128;
                let range = |lo: i128, hi: i128| if (lo..=hi).contains(&v) { Ok(()) } else { Err(out_of_range(v, ty)) };
                match ty {
                    oid::INT2 => {
                        range(i16::MIN as i128, i16::MAX as i128)?;
                        out.extend_from_slice(&(v as i16).to_be_bytes());
                    }
                    oid::INT4 => {
                        range(i32::MIN as i128, i32::MAX as i128)?;
                        out.extend_from_slice(&(v as i32).to_be_bytes());
                    }
                    oid::INT8 => {
                        range(i64::MIN as i128, i64::MAX as i128)?;
                        out.extend_from_slice(&(v as i64).to_be_bytes());
                    }
                    oid::OID => {
                        range(0, u32::MAX as i128)?;
                        out.extend_from_slice(&(v as u32).to_be_bytes());
                    }
                    oid::NUMERIC => return int_to_numeric(v, ty, out),
                    _ => return mismatch(stringify!($t), ty),
                }
                Ok(IsNull::No)
            }
        }

        impl FromSql<'_> for $t {
            #[inline]
            fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
                // The usual column, int4, first (for `i32` the conversion cannot fail).
                if col.type_oid == oid::INT4
                    && let Ok(b) = <[u8; 4]>::try_from(raw)
                {
                    let v = i32::from_be_bytes(b);
                    return <$t>::try_from(v).map_err(|_| does_not_fit(v.into(), col, stringify!($t)));
                }
                let v: i64 = match (col.type_oid, raw.len()) {
                    (oid::INT2, 2) => i16::from_be_bytes([raw[0], raw[1]]) as i64,
                    (oid::INT4, 4) => i32::from_be_bytes(raw.try_into().unwrap()) as i64,
                    (oid::INT8, 8) => i64::from_be_bytes(raw.try_into().unwrap()),
                    (oid::OID, 4) => u32::from_be_bytes(raw.try_into().unwrap()) as i64,
                    (oid::INT2 | oid::INT4 | oid::INT8 | oid::OID, _) => return bad_len(stringify!($t)),
                    (ty, _) => return mismatch(stringify!($t), ty),
                };
                <$t>::try_from(v).map_err(|_| does_not_fit(v, col, stringify!($t)))
            }
        }
    };
}
int_impl!(i16);
int_impl!(i32);
int_impl!(i64);
int_impl!(u32);

impl ToSql for f32 {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        (*self as f64).to_sql(ty, out)
    }
}

impl ToSql for f64 {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        match ty {
            oid::FLOAT4 => out.extend_from_slice(&(*self as f32).to_be_bytes()),
            oid::FLOAT8 => out.extend_from_slice(&self.to_be_bytes()),
            _ => return mismatch("a float", ty),
        }
        Ok(IsNull::No)
    }
}

impl FromSql<'_> for f64 {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        match (col.type_oid, raw.len()) {
            (oid::FLOAT4, 4) => Ok(f32::from_be_bytes(raw.try_into().unwrap()) as f64),
            (oid::FLOAT8, 8) => Ok(f64::from_be_bytes(raw.try_into().unwrap())),
            (oid::FLOAT4 | oid::FLOAT8, _) => bad_len("float"),
            (ty, _) => mismatch("f64", ty),
        }
    }
}

impl FromSql<'_> for f32 {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        match (col.type_oid, raw.len()) {
            (oid::FLOAT4, 4) => Ok(f32::from_be_bytes(raw.try_into().unwrap())),
            (oid::FLOAT4, _) => bad_len("float4"),
            (ty, _) => mismatch("f32 (read float8 as f64)", ty),
        }
    }
}

impl ToSql for str {
    fn to_sql(&self, _ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        out.extend_from_slice(self.as_bytes());
        Ok(IsNull::No)
    }
    fn text_format(&self) -> bool {
        true
    }
}

impl ToSql for String {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        self.as_str().to_sql(ty, out)
    }
    fn text_format(&self) -> bool {
        true
    }
}

/// Text of a text-like column, or any column that arrived in text format. jsonb's binary
/// format is a version byte before the text; `char` is one byte.
impl<'a> FromSql<'a> for &'a str {
    fn from_sql(col: &Column, raw: &'a [u8]) -> Result<Self, Error> {
        let raw = match col.type_oid {
            oid::JSONB if col.binary => match raw.split_first() {
                Some((1, rest)) => rest,
                _ => return Err(Error::conversion("unknown jsonb binary version")),
            },
            ty if col.binary && !is_text_type(ty) && ty != oid::CHAR => return mismatch("a string", ty),
            _ => raw,
        };
        crate::sys::utf8(raw).ok_or_else(|| Error::conversion(format!("column `{}` is not UTF-8", col.name)))
    }
}

impl FromSql<'_> for String {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        <&str>::from_sql(col, raw).map(str::to_owned)
    }
}

impl ToSql for [u8] {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        if ty != oid::BYTEA {
            return mismatch("bytes", ty);
        }
        out.extend_from_slice(self);
        Ok(IsNull::No)
    }
}

impl ToSql for Vec<u8> {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        self.as_slice().to_sql(ty, out)
    }
}

impl<'a> FromSql<'a> for &'a [u8] {
    fn from_sql(col: &Column, raw: &'a [u8]) -> Result<Self, Error> {
        match col.type_oid {
            oid::BYTEA => Ok(raw),
            ty => mismatch("bytes", ty),
        }
    }
}

impl FromSql<'_> for Vec<u8> {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        <&[u8]>::from_sql(col, raw).map(<[u8]>::to_vec)
    }
}

/// A UUID (`uuid`), shown in the canonical hyphenated lowercase form.
///
/// ```
/// use chopin_rt::pg::Uuid;
/// let u: Uuid = "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11".parse().unwrap();
/// assert_eq!(u.to_string(), "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
/// assert_eq!(u.as_bytes()[0], 0xa0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uuid(pub [u8; 16]);

impl Uuid {
    /// The 16 bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                f.write_str("-")?;
            }
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Uuid {
    type Err = Error;
    fn from_str(s: &str) -> Result<Uuid, Error> {
        let hex: Vec<u8> = s.bytes().filter(|&b| b != b'-').collect();
        let bad = || Error::conversion(format!("`{s}` is not a UUID"));
        if hex.len() != 32 {
            return Err(bad());
        }
        let mut out = [0u8; 16];
        for (i, pair) in hex.chunks(2).enumerate() {
            let p = std::str::from_utf8(pair).map_err(|_| bad())?;
            out[i] = u8::from_str_radix(p, 16).map_err(|_| bad())?;
        }
        Ok(Uuid(out))
    }
}

impl ToSql for Uuid {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        if ty != oid::UUID {
            return mismatch("Uuid", ty);
        }
        out.extend_from_slice(&self.0);
        Ok(IsNull::No)
    }
}

impl FromSql<'_> for Uuid {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        match col.type_oid {
            oid::UUID => raw.try_into().map(Uuid).or_else(|_| bad_len("uuid")),
            ty => mismatch("Uuid", ty),
        }
    }
}

/// JSON text for a `json` or `jsonb` column or parameter (sent in binary: jsonb with its
/// version byte).
///
/// ```
/// use chopin_rt::pg::{oid, Json, ToSql};
/// let mut out = Vec::new();
/// Json(r#"{"a":1}"#.into()).to_sql(oid::JSONB, &mut out).unwrap();
/// assert_eq!(out, b"\x01{\"a\":1}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Json(pub String);

impl ToSql for Json {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        match ty {
            oid::JSONB => out.push(1),
            oid::JSON | oid::TEXT | oid::VARCHAR => {}
            _ => return mismatch("Json", ty),
        }
        out.extend_from_slice(self.0.as_bytes());
        Ok(IsNull::No)
    }
}

impl FromSql<'_> for Json {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        match col.type_oid {
            oid::JSON | oid::JSONB => String::from_sql(col, raw).map(Json),
            ty => mismatch("Json", ty),
        }
    }
}

#[cfg(test)]
mod tests;
