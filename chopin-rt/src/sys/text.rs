//! Text scans off the parser's path: UTF-8 validation with an ASCII fast path (database text
//! columns) and the search for characters HTML escapes, 16 bytes at a time with SSE2 on
//! x86_64 (a plain loop elsewhere). Same rules as `simd.rs`: safe functions that never read
//! outside the slice they are given.

/// `bytes` as `&str` when they are valid UTF-8 (exactly what `std::str::from_utf8` accepts).
/// ASCII runs are skipped 16 bytes at a time; each other character is checked against the
/// table of well-formed sequences (Unicode, table 3-7). Written here because database text
/// columns are short: `from_utf8` costs a couple of hundred instructions per call on a short
/// string with one accent or dash, this a scan plus a dozen per such character.
#[inline]
pub(crate) fn utf8(bytes: &[u8]) -> Option<&str> {
    let len = bytes.len();
    let mut i = non_ascii(bytes, 0);
    while i < len {
        i += char_len(bytes, i)?;
        if i < len && bytes[i] < 0x80 {
            i = non_ascii(bytes, i);
        }
    }
    // SAFETY: every byte was checked: ASCII runs by `non_ascii`, every other character by
    // `char_len`, which accepts exactly the well-formed UTF-8 sequences.
    Some(unsafe { std::str::from_utf8_unchecked(bytes) })
}

/// The length of the well-formed non-ASCII character starting at `bytes[i]`, or `None`:
/// a lead byte, a second byte in the range the lead allows (no overlong forms, no
/// surrogates, nothing above U+10FFFF), then continuation bytes.
#[inline(always)]
fn char_len(bytes: &[u8], i: usize) -> Option<usize> {
    let [n, lo, hi, _] = LEAD[bytes[i] as usize].to_le_bytes();
    let seq = bytes.get(i..i + n as usize)?;
    // An invalid lead byte has n == 0: `seq` is empty and `get(1)` fails.
    let second = *seq.get(1)?;
    if second < lo || second > hi {
        return None;
    }
    seq[2..].iter().all(|&c| c & 0xC0 == 0x80).then_some(n as usize)
}

/// For each lead byte: the sequence length, and the range of the byte after it, packed as
/// `n | lo << 8 | hi << 16` (0 for a byte that cannot start a non-ASCII character).
static LEAD: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut b = 0x80;
    while b < 256 {
        let (n, lo, hi) = match b {
            0xC2..=0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
            0xED => (3, 0x80, 0x9F),
            0xF0 => (4, 0x90, 0xBF),
            0xF1..=0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => (0, 0, 0),
        };
        t[b] = n | lo << 8 | hi << 16;
        b += 1;
    }
    t
};

/// Index of the first byte at or after `from` that is not ASCII (0x80 and above), or
/// `buf.len()`.
#[inline]
pub(crate) fn non_ascii(buf: &[u8], from: usize) -> usize {
    imp::non_ascii(buf, from)
}

/// True for the characters escaped in HTML text and attribute values.
#[inline(always)]
pub(crate) fn is_html_special(b: u8) -> bool {
    matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
}

/// Index of the first byte at or after `from` that [`is_html_special`], or `buf.len()`.
#[inline]
pub(crate) fn html_special(buf: &[u8], from: usize) -> usize {
    imp::html_special(buf, from)
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
mod scalar {
    pub(super) fn non_ascii(buf: &[u8], from: usize) -> usize {
        buf.get(from..).and_then(|rest| rest.iter().position(|&b| b >= 0x80)).map_or(buf.len(), |i| from + i)
    }

    pub(super) fn html_special(buf: &[u8], from: usize) -> usize {
        buf.get(from..)
            .and_then(|rest| rest.iter().position(|&b| super::is_html_special(b)))
            .map_or(buf.len(), |i| from + i)
    }
}

#[cfg(not(target_arch = "x86_64"))]
use scalar as imp;

#[cfg(target_arch = "x86_64")]
mod imp {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    /// The special bytes as three comparisons: `"` (0x22); `&` and `'` (0x26, 0x27: equal to
    /// 0x27 once bit 0 is set); `<` and `>` (0x3C, 0x3E: equal to 0x3E once bit 1 is set).
    struct Consts {
        quote: __m128i,
        bit0: __m128i,
        amp_apos: __m128i,
        bit1: __m128i,
        lt_gt: __m128i,
    }

    impl Consts {
        #[inline(always)]
        fn new() -> Consts {
            // SAFETY: SSE2 is part of the x86_64 baseline; these build register constants.
            unsafe {
                Consts {
                    quote: _mm_set1_epi8(0x22),
                    bit0: _mm_set1_epi8(0x01),
                    amp_apos: _mm_set1_epi8(0x27),
                    bit1: _mm_set1_epi8(0x02),
                    lt_gt: _mm_set1_epi8(0x3e),
                }
            }
        }

        /// Bit `i` set when byte `i` of the block is special.
        #[inline(always)]
        fn mask(&self, block: __m128i) -> u32 {
            // SAFETY: SSE2 register operations.
            unsafe {
                let m = _mm_or_si128(
                    _mm_cmpeq_epi8(block, self.quote),
                    _mm_or_si128(
                        _mm_cmpeq_epi8(_mm_or_si128(block, self.bit0), self.amp_apos),
                        _mm_cmpeq_epi8(_mm_or_si128(block, self.bit1), self.lt_gt),
                    ),
                );
                _mm_movemask_epi8(m) as u32
            }
        }
    }

    /// Index of the first byte at or after `from` whose bit `mask` sets for its 16-byte
    /// block, or `buf.len()`. Texts shorter than a block go to `scalar`.
    #[inline(always)]
    fn first_in_blocks(buf: &[u8], from: usize, scalar: fn(&[u8], usize) -> usize, mask: impl Fn(__m128i) -> u32) -> usize {
        let len = buf.len();
        if from >= len {
            return len;
        }
        if len < 16 {
            return scalar(buf, from);
        }
        let load = |at: usize| {
            assert!(at + 16 <= len);
            // SAFETY: checked just above: the unaligned 16-byte load stays inside `buf`.
            unsafe { _mm_loadu_si128(buf.as_ptr().add(at).cast()) }
        };
        let mut p = from;
        while p + 16 <= len {
            let m = mask(load(p));
            if m != 0 {
                return p + m.trailing_zeros() as usize;
            }
            p += 16;
        }
        if p == len {
            return len;
        }
        // The last partial block, read overlapping the one before; bytes before `p` are
        // masked off (they were checked already).
        let start = len - 16;
        let m = mask(load(start)) >> (p - start);
        if m != 0 { p + m.trailing_zeros() as usize } else { len }
    }

    pub(super) fn non_ascii(buf: &[u8], from: usize) -> usize {
        // SAFETY: SSE2 register operation (the top bit of each byte).
        first_in_blocks(buf, from, super::scalar::non_ascii, |b| unsafe { _mm_movemask_epi8(b) } as u32)
    }

    pub(super) fn html_special(buf: &[u8], from: usize) -> usize {
        let c = Consts::new();
        first_in_blocks(buf, from, super::scalar::html_special, |b| c.mask(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_matches_the_plain_loop() {
        let specials = b"&<>\"'";
        for len in 0..70 {
            for at in 0..=len {
                for &c in specials.iter().chain(b"a") {
                    let mut buf = vec![b'x'; len];
                    if at < len {
                        buf[at] = c;
                    }
                    for from in 0..=len + 1 {
                        assert_eq!(
                            html_special(&buf, from),
                            scalar::html_special(&buf, from),
                            "len {len} at {at} byte {c} from {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn html_special_finds_exactly_the_five_characters() {
        for b in 0..=255u8 {
            let mut buf = vec![b'x'; 40];
            buf[21] = b;
            let want = if is_html_special(b) { 21 } else { 40 };
            assert_eq!(html_special(&buf, 3), want, "byte {b:#x}");
            assert_eq!(html_special(&buf[..25], 0), want.min(25), "byte {b:#x}, short tail");
        }
    }

    #[test]
    fn non_ascii_matches_the_plain_loop() {
        for len in 0..70 {
            for at in 0..=len {
                for c in [0x80u8, 0xff, 0xc3, b'a'] {
                    let mut buf = vec![b'x'; len];
                    if at < len {
                        buf[at] = c;
                    }
                    for from in 0..=len + 1 {
                        assert_eq!(non_ascii(&buf, from), scalar::non_ascii(&buf, from), "len {len} at {at} byte {c} from {from}");
                    }
                }
            }
        }
    }

    /// Every way of putting valid and invalid sequences across the 16-byte windows.
    #[test]
    fn utf8_agrees_with_std_wherever_sequences_fall() {
        let pieces: [&[u8]; 16] = [
            "é".as_bytes(),
            "—".as_bytes(),
            "日本語".as_bytes(),
            "𝄞".as_bytes(),
            b"\x80",         // a lone continuation byte
            b"\xc0\x80",     // overlong
            b"\xe0\x80\x80", // overlong
            b"\xed\xa0\x80", // a surrogate
            b"\xf4\x90\x80\x80", // above U+10FFFF
            b"\xe3\x81",     // truncated
            b"\xf0\x9d\x84", // truncated
            b"\xff",
            b"\xc3",
            b"plain",
            b"",
            "ü".as_bytes(),
        ];
        let mut checked = 0;
        for pad in 0..20 {
            for a in pieces {
                for b in pieces {
                    for gap in [0usize, 1, 3, 13, 17] {
                        let mut v = vec![b'x'; pad];
                        v.extend_from_slice(a);
                        v.extend(std::iter::repeat_n(b'y', gap));
                        v.extend_from_slice(b);
                        for cut in [v.len(), v.len().saturating_sub(1)] {
                            let t = &v[..cut];
                            assert_eq!(utf8(t), std::str::from_utf8(t).ok(), "{t:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 40_000);
    }

    proptest::proptest! {
        #[test]
        fn utf8_agrees_with_std_on_any_bytes(v in proptest::collection::vec(proptest::prop_oneof![
            proptest::prelude::Just(b'a'), 0x80u8..=0xbf, 0xc0u8..=0xff, proptest::prelude::any::<u8>()
        ], 0..80)) {
            proptest::prop_assert_eq!(utf8(&v), std::str::from_utf8(&v).ok());
        }

        #[test]
        fn utf8_accepts_any_string(s in "\\PC{0,60}") {
            proptest::prop_assert_eq!(utf8(s.as_bytes()), Some(s.as_str()));
        }
    }

    /// Every sequence of up to three bytes, and every four-byte one with a lead byte at or
    /// above 0xF0 whose last two bytes are among the edge values.
    #[test]
    fn utf8_agrees_with_std_on_every_short_sequence() {
        let edges = [0x00u8, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xe0, 0xf0, 0xff];
        let mut v = Vec::with_capacity(4);
        for a in 0..=255u8 {
            v.clear();
            v.push(a);
            assert_eq!(utf8(&v), std::str::from_utf8(&v).ok(), "{v:x?}");
            for b in 0..=255u8 {
                v.truncate(1);
                v.push(b);
                assert_eq!(utf8(&v), std::str::from_utf8(&v).ok(), "{v:x?}");
                if a >= 0x80 {
                    for c in 0..=255u8 {
                        v.truncate(2);
                        v.push(c);
                        assert_eq!(utf8(&v), std::str::from_utf8(&v).ok(), "{v:x?}");
                        if a >= 0xf0 {
                            for d in edges {
                                v.truncate(3);
                                v.push(d);
                                assert_eq!(utf8(&v), std::str::from_utf8(&v).ok(), "{v:x?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn utf8_accepts_what_std_accepts() {
        let cases: [&[u8]; 7] = [b"", b"plain ascii text, longer than one word", "héllo wörld".as_bytes(), "日本語".as_bytes(), b"\xff", b"ok\xc3", b"abcdefghijklmnop\xe2\x82"];
        for c in cases {
            assert_eq!(utf8(c), std::str::from_utf8(c).ok(), "{c:?}");
        }
    }
}
