//! One-dimensional arrays of the supported element types (`Vec<T>`, `Vec<Option<T>>`,
//! slices), in the binary array format: dimensions, a NULL flag, the element type, then each
//! element with its length.

use super::{mismatch, oid, Column, FromSql, IsNull, ToSql};
use crate::pg::Error;

/// The element type of an array type this module encodes.
pub(crate) fn element_oid(array: u32) -> Option<u32> {
    Some(match array {
        1000 => oid::BOOL,
        1001 => oid::BYTEA,
        1002 => oid::CHAR,
        1003 => oid::NAME,
        1005 => oid::INT2,
        1007 => oid::INT4,
        1009 => oid::TEXT,
        1014 => oid::BPCHAR,
        1015 => oid::VARCHAR,
        1016 => oid::INT8,
        1021 => oid::FLOAT4,
        1022 => oid::FLOAT8,
        1028 => oid::OID,
        199 => oid::JSON,
        3807 => oid::JSONB,
        2951 => oid::UUID,
        1182 => oid::DATE,
        1183 => oid::TIME,
        1115 => oid::TIMESTAMP,
        1185 => oid::TIMESTAMPTZ,
        1231 => oid::NUMERIC,
        _ => return None,
    })
}

impl<T: ToSql> ToSql for [T] {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        let elem = element_oid(ty).map_or_else(|| mismatch("an array", ty), Ok)?;
        if self.iter().any(ToSql::text_format) && elem != oid::TEXT && elem != oid::VARCHAR
            && elem != oid::BPCHAR && elem != oid::NAME && elem != oid::JSON
        {
            // Strings are sent as text; inside a binary array they must be of a text type.
            return mismatch("an array of strings", ty);
        }
        let at = out.len();
        out.extend_from_slice(&1i32.to_be_bytes());
        out.extend_from_slice(&0i32.to_be_bytes());
        out.extend_from_slice(&elem.to_be_bytes());
        let n = i32::try_from(self.len()).map_err(|_| Error::conversion("array too long"))?;
        out.extend_from_slice(&n.to_be_bytes());
        out.extend_from_slice(&1i32.to_be_bytes());
        let mut has_null = false;
        for v in self {
            let len_at = out.len();
            out.extend_from_slice(&[0; 4]);
            match v.to_sql(elem, out)? {
                IsNull::Yes => {
                    has_null = true;
                    out[len_at..len_at + 4].copy_from_slice(&(-1i32).to_be_bytes());
                }
                IsNull::No => {
                    let len = i32::try_from(out.len() - len_at - 4)
                        .map_err(|_| Error::conversion("array element too large"))?;
                    out[len_at..len_at + 4].copy_from_slice(&len.to_be_bytes());
                }
            }
        }
        if has_null {
            out[at + 4..at + 8].copy_from_slice(&1i32.to_be_bytes());
        }
        Ok(IsNull::No)
    }
}

impl<T: ToSql> ToSql for Vec<T> {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        self.as_slice().to_sql(ty, out)
    }
}

impl<'a, T: FromSql<'a>> FromSql<'a> for Vec<T> {
    fn from_sql(col: &Column, raw: &'a [u8]) -> Result<Self, Error> {
        let elem = element_oid(col.type_oid).map_or_else(|| mismatch("a Vec", col.type_oid), Ok)?;
        let bad = || Error::conversion("malformed binary array");
        let mut b = crate::pg::proto::Body(raw);
        let ndim = b.i32().map_err(|_| bad())?;
        let _has_null = b.i32().map_err(|_| bad())?;
        let wire_elem = b.i32().map_err(|_| bad())? as u32;
        if ndim == 0 {
            return Ok(Vec::new());
        }
        if ndim != 1 {
            return Err(Error::conversion("multi-dimensional arrays are not supported; unnest them in SQL"));
        }
        if wire_elem != elem {
            return Err(bad());
        }
        let n = b.i32().map_err(|_| bad())?;
        let _lower = b.i32().map_err(|_| bad())?;
        let ecol = Column { name: col.name.clone(), type_oid: elem, binary: true };
        let mut v = Vec::with_capacity(n.clamp(0, 4096) as usize);
        for _ in 0..n {
            let len = b.i32().map_err(|_| bad())?;
            if len < 0 {
                v.push(T::from_null(&ecol)?);
            } else {
                v.push(T::from_sql(&ecol, b.bytes(len as usize).map_err(|_| bad())?)?);
            }
        }
        Ok(v)
    }
}
