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
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A mask whose lowest set bit lies in the first byte of `w` (little-endian) that needs an
/// escape: a control character, `"` or `\`. Bits above the lowest may be false positives,
/// so only the lowest is read.
#[inline(always)]
fn escape_mask(w: u64) -> u64 {
    let ctrl = w.wrapping_sub(ONES * 0x20) & !w;
    let q = w ^ (ONES * b'"' as u64);
    let quote = q.wrapping_sub(ONES) & !q;
    let b = w ^ (ONES * b'\\' as u64);
    let backslash = b.wrapping_sub(ONES) & !b;
    (ctrl | quote | backslash) & HIGHS
}

/// Index of the first byte at or after `from` that needs an escape, or `bytes.len()`.
#[inline]
fn next_escape(bytes: &[u8], mut from: usize) -> usize {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let m = escape_mask(u64::from_le_bytes(w));
        if m != 0 {
            return from + (m.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while let Some(&b) = bytes.get(from) {
        if ESCAPE[b as usize] != 0 {
            return from;
        }
        from += 1;
    }
    bytes.len()
}

/// Writes the escaped contents of `s`, without the surrounding quotes.
#[inline]
pub fn write_str_contents(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    loop {
        let at = next_escape(bytes, start);
        out.extend_from_slice(&bytes[start..at]);
        let Some(&b) = bytes.get(at) else { return };
        match ESCAPE[b as usize] {
            b'u' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(b >> 4) as usize],
                    HEX[(b & 0xf) as usize],
                ]);
            }
            c => out.extend_from_slice(&[b'\\', c]),
        }
        start = at + 1;
    }
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
    out.reserve(s.len() + 2);
    out.push(b'"');
    write_str_contents(out, s);
    out.push(b'"');
}

/// Writes a float the way `serde_json` does: the shortest representation that reads back to
/// the same value, and `null` for NaN and the infinities.
#[inline]
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// [`write_f64`] for `f32` (shortest representation as an `f32`).
#[inline]
pub fn write_f32(out: &mut Vec<u8>, v: f32) {
    if v.is_finite() {
        out.extend_from_slice(zmij::Buffer::new().format_finite(v).as_bytes());
    } else {
        out.extend_from_slice(b"null");
    }
}

/// Writes an integer in decimal.
#[inline]
pub fn write_int<I: itoa::Integer>(out: &mut Vec<u8>, v: I) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}
