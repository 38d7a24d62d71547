//! `numeric` as exact decimal text: converted to and from the binary form (base-10000
//! digits, a weight and a display scale) without passing through floating point.

use std::fmt;

use super::{mismatch, oid, Column, FromSql, IsNull, ToSql};
use crate::pg::Error;

const POS: u16 = 0x0000;
const NEG: u16 = 0x4000;
const NAN: u16 = 0xC000;
const PINF: u16 = 0xD000;
const NINF: u16 = 0xF000;

/// An exact `numeric` value as decimal text (`-12.340`, `NaN`, `Infinity`, `-Infinity`);
/// the scale (trailing zeros) is kept.
///
/// ```
/// use chopin_rt::pg::{oid, Numeric, ToSql};
/// let n = Numeric::from("-1234567.8900".to_string());
/// let mut out = Vec::new();
/// n.to_sql(oid::NUMERIC, &mut out).unwrap();
/// // 3 digits (123, 4567, 8900), weight 1, negative, scale 4.
/// assert_eq!(&out[..8], &[0, 3, 0, 1, 0x40, 0, 0, 4]);
/// assert_eq!(n.as_str(), "-1234567.8900");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Numeric(String);

impl Numeric {
    /// The decimal text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for Numeric {
    fn from(s: String) -> Numeric {
        Numeric(s)
    }
}

impl fmt::Display for Numeric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToSql for Numeric {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        if ty != oid::NUMERIC {
            return mismatch("Numeric", ty);
        }
        let header = |out: &mut Vec<u8>, n: i16, w: i16, sign: u16, scale: i16| {
            out.extend_from_slice(&n.to_be_bytes());
            out.extend_from_slice(&w.to_be_bytes());
            out.extend_from_slice(&sign.to_be_bytes());
            out.extend_from_slice(&scale.to_be_bytes());
        };
        let s = self.0.trim();
        match s {
            "NaN" => {
                header(out, 0, 0, NAN, 0);
                return Ok(IsNull::No);
            }
            "Infinity" | "+Infinity" => {
                header(out, 0, 0, PINF, 0);
                return Ok(IsNull::No);
            }
            "-Infinity" => {
                header(out, 0, 0, NINF, 0);
                return Ok(IsNull::No);
            }
            _ => {}
        }
        let bad = || Error::conversion(format!("`{s}` is not a decimal number"));
        let (neg, body) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if (int.is_empty() && frac.is_empty())
            || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let scale = i16::try_from(frac.len()).map_err(|_| bad())?;
        let int = int.trim_start_matches('0');
        // Whole groups of four: the integer part padded on the left, the fraction on the right.
        let mut digits_text = String::new();
        let lead = (4 - int.len() % 4) % 4;
        digits_text.extend(std::iter::repeat_n('0', lead));
        digits_text.push_str(int);
        let int_groups = digits_text.len() / 4;
        digits_text.push_str(frac);
        digits_text.extend(std::iter::repeat_n('0', (4 - frac.len() % 4) % 4));
        let mut groups: Vec<u16> =
            digits_text.as_bytes().chunks(4).map(|c| c.iter().fold(0u16, |a, &d| a * 10 + (d - b'0') as u16)).collect();
        let mut weight = int_groups as i32 - 1;
        while groups.first() == Some(&0) {
            groups.remove(0);
            weight -= 1;
        }
        while groups.last() == Some(&0) {
            groups.pop();
        }
        if groups.is_empty() {
            weight = 0;
        }
        let n = i16::try_from(groups.len()).map_err(|_| bad())?;
        let weight = i16::try_from(weight).map_err(|_| bad())?;
        header(out, n, weight, if neg && !groups.is_empty() { NEG } else { POS }, scale);
        for g in groups {
            out.extend_from_slice(&g.to_be_bytes());
        }
        Ok(IsNull::No)
    }
}

impl FromSql<'_> for Numeric {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        if col.type_oid != oid::NUMERIC {
            return mismatch("Numeric", col.type_oid);
        }
        decode(raw).map(Numeric)
    }
}

fn decode(raw: &[u8]) -> Result<String, Error> {
    let bad = || Error::conversion("malformed binary numeric");
    if raw.len() < 8 {
        return Err(bad());
    }
    let rd = |i: usize| u16::from_be_bytes([raw[i], raw[i + 1]]);
    let n = rd(0) as usize;
    let weight = rd(2) as i16 as i32;
    let sign = rd(4);
    let scale = rd(6) as usize;
    if raw.len() != 8 + 2 * n {
        return Err(bad());
    }
    let digit = |i: i32| -> u16 { if i >= 0 && (i as usize) < n { rd(8 + 2 * i as usize) } else { 0 } };
    match sign {
        NAN => return Ok("NaN".into()),
        PINF => return Ok("Infinity".into()),
        NINF => return Ok("-Infinity".into()),
        POS | NEG => {}
        _ => return Err(bad()),
    }
    let mut s = String::new();
    if sign == NEG && n > 0 {
        s.push('-');
    }
    if weight < 0 || n == 0 {
        s.push('0');
    } else {
        for i in 0..=weight {
            if i == 0 {
                s.push_str(&digit(i).to_string());
            } else {
                s.push_str(&format!("{:04}", digit(i)));
            }
        }
    }
    if scale > 0 {
        s.push('.');
        let mut frac = String::new();
        let mut i = weight + 1;
        while frac.len() < scale {
            frac.push_str(&format!("{:04}", digit(i)));
            i += 1;
        }
        frac.truncate(scale);
        s.push_str(&frac);
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_through_binary() {
        let col = Column { name: "n".into(), type_oid: oid::NUMERIC, binary: true };
        for s in [
            "0", "0.00", "1", "-1", "10000", "12345678.9", "0.0001", "0.00001234", "-0.5",
            "99999999999999999999.99999999999999999999", "NaN", "Infinity", "-Infinity", "100.10",
        ] {
            let mut out = Vec::new();
            Numeric::from(s.to_string()).to_sql(oid::NUMERIC, &mut out).unwrap();
            assert_eq!(Numeric::from_sql(&col, &out).unwrap().as_str(), s, "{s}");
        }
        for s in ["", ".", "1e5", "12a", "--1"] {
            assert!(Numeric::from(s.to_string()).to_sql(oid::NUMERIC, &mut Vec::new()).is_err(), "{s}");
        }
    }
}
