//! The byte-level JSON writers every serialiser ends in: strings escaped exactly as
//! `serde_json` escapes them (a word-at-a-time scan skips the bytes that need no escape),
//! integers through `itoa`, floats through `zmij` (non-finite floats become `null`).

/// For each byte: 0 when it is written as is, otherwise the letter after the backslash
/// (`u` for the `\u00XX` form).
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const LOWS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that is zero, exactly (no carry crosses bytes).
#[inline(always)]
fn zero_bytes(w: u64) -> u64 {
    !(((w & LOWS) + LOWS) | w) & HIGHS
}

/// The high bit of each byte of `w` that needs an escape (a control character, `"` or `\`),
/// exactly: every set bit marks such a byte and no other.
#[inline(always)]
fn escape_mask(w: u64) -> u64 {
    // (b & 0x7f) + 0x60 reaches 0x80 exactly when b & 0x7f >= 0x20; bytes >= 0x80 are text.
    let control = !(((w & LOWS) + ONES * 0x60) | w) & HIGHS;
    control | zero_bytes(w ^ (ONES * b'"' as u64)) | zero_bytes(w ^ (ONES * b'\\' as u64))
}

#[inline(always)]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(w)
}

/// Appends the escape sequence of `b` (a byte the table marks).
#[inline(always)]
fn write_escape(out: &mut Vec<u8>, b: u8) {
    match ESCAPE[b as usize] {
        b'u' => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
        }
        c => out.extend_from_slice(&[b'\\', c]),
    }
}

/// Writes the escaped contents of `s`, without the surrounding quotes.
///
/// The bytes are tested a word (8 bytes) at a time; the mask of a word marks exactly the
/// bytes that need an escape, so every escape in a word is handled from that one mask. The
/// last partial word is the string's last 8 bytes, with the bytes already handled masked
/// off; only a string shorter than 8 bytes is tested byte by byte. Clean runs between escapes
/// are copied in one piece.
///
/// ```
/// let mut out = b"\"key: ".to_vec();
/// chopin_rt::json::write_str_contents(&mut out, "tab\there");
/// out.push(b'"');
/// assert_eq!(out, br#""key: tab\there""#);
/// ```
#[inline]
pub fn write_str_contents(out: &mut Vec<u8>, s: &str) {
    escape_from(out, s.as_bytes(), 0);
}

/// Writes `bytes` escaped, knowing the bytes before `from` need no escape.
#[inline]
fn escape_from(out: &mut Vec<u8>, bytes: &[u8], from: usize) {
    let len = bytes.len();
    // Start of the clean run not yet copied.
    let mut start = 0;
    let mut i = from;
    while i < len {
        let (base, mut m) = if i + 8 <= len {
            (i, escape_mask(word(bytes, i)))
        } else if len >= 8 {
            let base = len - 8;
            (base, escape_mask(word(bytes, base)) & (u64::MAX << (8 * (i - base))))
        } else {
            (0, short_mask(bytes))
        };
        i = base + 8;
        while m != 0 {
            let at = base + (m.trailing_zeros() / 8) as usize;
            out.extend_from_slice(&bytes[start..at]);
            write_escape(out, bytes[at]);
            start = at + 1;
            m &= m - 1;
        }
    }
    out.extend_from_slice(&bytes[start..]);
}

/// [`escape_mask`] of a string shorter than 8 bytes.
#[inline]
fn short_mask(bytes: &[u8]) -> u64 {
    let mut m = 0;
    for (j, &b) in bytes.iter().enumerate() {
        if ESCAPE[b as usize] != 0 {
            m |= 0x80 << (8 * j);
        }
    }
    m
}

/// Writes `s` as a JSON string: quoted, with `"`, `\` and control characters escaped the way
/// `serde_json` escapes them (`\n`, `\t`, …, `\u001f`); everything else, U+2028 and U+2029
/// included, is copied as UTF-8.
///
/// ```
/// let mut out = Vec::new();
/// chopin_rt::json::write_str(&mut out, "a\"b\\c\n\u{1}é\u{2028}");
/// assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001é\u{2028}\"".as_bytes());
/// ```
#[inline]
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let clean = clean_prefix(bytes);
    if clean == bytes.len() {
        out.extend_from_slice(bytes);
    } else {
        escape_from(out, bytes, clean);
    }
    out.push(b'"');
}

/// True when some byte of `w` needs an escape. Cheaper than [`escape_mask`]: the borrow of
/// the subtractions can mark bytes above a true one, which does not matter for a yes/no.
#[inline(always)]
fn any_escape(w: u64) -> bool {
    let q = w ^ (ONES * b'"' as u64);
    let b = w ^ (ONES * b'\\' as u64);
    ((w.wrapping_sub(ONES * 0x20) & !w) | (q.wrapping_sub(ONES) & !q) | (b.wrapping_sub(ONES) & !b)) & HIGHS != 0
}

/// The length of a prefix of `bytes` known to need no escape: `bytes.len()` for a string
/// with nothing to escape (the common case, then copied in one piece).
#[inline(always)]
fn clean_prefix(bytes: &[u8]) -> usize {
    let len = bytes.len();
    if len < 8 {
        return if short_mask(bytes) == 0 { len } else { 0 };
    }
    let mut i = 0;
    while i + 8 <= len {
        if any_escape(word(bytes, i)) {
            return i;
        }
        i += 8;
    }
    // The last 8 bytes, overlapping bytes already tested.
    if i == len || !any_escape(word(bytes, len - 8)) { len } else { i }
}

/// Writes a float the way `serde_json` does: the shortest representation that reads back to
/// the same value, and `null` for NaN and the infinities.
///
/// ```
/// let mut out = Vec::new();
/// chopin_rt::json::write_f64(&mut out, 0.1);
/// out.push(b' ');
/// chopin_rt::json::write_f64(&mut out, 1e300 * 10.0);
/// out.push(b' ');
/// chopin_rt::json::write_f64(&mut out, f64::NAN);
/// assert_eq!(out, b"0.1 1e+301 null");
/// ```
#[inline]
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// [`write_f64`] for `f32` (shortest representation as an `f32`).
///
/// ```
/// let mut out = Vec::new();
/// chopin_rt::json::write_f32(&mut out, 0.1);
/// assert_eq!(out, b"0.1");
/// ```
#[inline]
pub fn write_f32(out: &mut Vec<u8>, v: f32) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// Writes an integer in decimal.
///
/// ```
/// let mut out = Vec::new();
/// chopin_rt::json::write_int(&mut out, i128::MIN);
/// assert_eq!(out, b"-170141183460469231731687303715884105728");
/// ```
#[inline]
pub fn write_int<I: itoa::Integer>(out: &mut Vec<u8>, v: I) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// "00" to "99".
static PAIRS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// Powers of ten, for counting digits.
static POW10: [u64; 20] = {
    let mut t = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

/// Number of decimal digits of `v` (1 for 0).
#[inline(always)]
fn digits(v: u64) -> usize {
    // ⌊log10⌋ estimated from the bit length (1233/4096 ≈ log10 2), then corrected.
    let bits = 64 - (v | 1).leading_zeros() as usize;
    let guess = (bits * 1233) >> 12;
    guess + usize::from((v | 1) >= POW10[guess])
}

/// Writes `v` in decimal. Values below 10,000 (ids, counts, most numbers a service sends)
/// take [`write_small`]; larger ones are formed left-aligned in a fixed 24-byte block. Either
/// way the bytes are appended with copies of constant size (no `memcpy` call for a variable
/// length, as a formatted buffer's copy would be) and the length set to cover the digits.
#[inline(always)]
pub(crate) fn write_u64(out: &mut Vec<u8>, v: u64, negative: bool) {
    if v < 10_000 {
        write_small(out, v as u32, negative);
    } else {
        write_large(out, v, negative);
    }
}

/// [`write_u64`] of `v >= 10,000`.
#[inline(always)]
fn write_large(out: &mut Vec<u8>, v: u64, negative: bool) {
    let mut block = [b'-'; 24];
    let start = usize::from(negative);
    let n = digits(v);
    let mut end = start + n;
    let mut v = v;
    while v >= 100 {
        let pair = (v % 100) as usize * 2;
        v /= 100;
        end -= 2;
        block[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if v >= 10 {
        let pair = v as usize * 2;
        block[start..start + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        block[start] = b'0' + v as u8;
    }
    crate::sys::append_prefix(out, &block, start + n);
}

/// [`write_u64`] of `v < 10,000`: its four digits (with leading zeros) from two pairs, as
/// one word whose leading zeros are shifted out, then the sign shifted in.
#[inline(always)]
fn write_small(out: &mut Vec<u8>, v: u32, negative: bool) {
    let hi = (v / 100) as usize * 2;
    let lo = (v % 100) as usize * 2;
    // Little-endian: the most significant digit is the lowest byte.
    let four = u64::from(u32::from_le_bytes([PAIRS[hi], PAIRS[hi + 1], PAIRS[lo], PAIRS[lo + 1]]));
    // Leading zeros are the low bytes equal to `'0'`; the last digit always stays.
    let zeros = ((four ^ 0x3030_3030).trailing_zeros() / 8).min(3) as usize;
    let n = 4 - zeros;
    let mut word = four >> (8 * zeros);
    if negative {
        word = (word << 8) | u64::from(b'-');
    }
    crate::sys::append_prefix(out, &word.to_le_bytes(), n + usize::from(negative));
}

/// Writes a signed `v` in decimal (see [`write_u64`]).
#[inline]
pub(crate) fn write_i64(out: &mut Vec<u8>, v: i64) {
    write_u64(out, v.unsigned_abs(), v < 0);
}

#[cfg(test)]
pub(super) fn escape_mask_for_tests(w: u64) -> u64 {
    escape_mask(w)
}

#[cfg(test)]
pub(super) fn any_escape_for_tests(w: u64) -> bool {
    any_escape(w)
}

#[cfg(test)]
mod int_tests {
    use super::{write_i64, write_u64};

    fn check_u(v: u64) {
        let mut out = b"x".to_vec();
        write_u64(&mut out, v, false);
        assert_eq!(&out[1..], itoa::Buffer::new().format(v).as_bytes(), "{v}");
    }

    fn check_i(v: i64) {
        let mut out = Vec::new();
        write_i64(&mut out, v);
        assert_eq!(out, itoa::Buffer::new().format(v).as_bytes(), "{v}");
    }

    #[test]
    fn integers_are_written_as_itoa_writes_them() {
        for v in 0..=100_000u64 {
            check_u(v);
        }
        let mut p = 1u64;
        for _ in 0..20 {
            for d in [p - 1, p, p + 1, p.wrapping_mul(9), p.saturating_mul(5)] {
                check_u(d);
            }
            p = p.saturating_mul(10);
        }
        for v in [u64::MAX, u64::MAX - 1, u32::MAX as u64, u32::MAX as u64 + 1] {
            check_u(v);
        }
        for v in -10_001..=10_001 {
            check_i(v);
        }
        for v in [0, 1, -1, 9, -9, 10, -10, i64::MIN, i64::MAX, i32::MIN as i64, i32::MAX as i64, -123_456_789] {
            check_i(v);
        }
        // A pseudo-random spread over the whole range.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check_u(x >> (x % 64));
            check_i((x as i64) >> (x % 63));
        }
    }
}
