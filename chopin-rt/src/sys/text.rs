//! Text scans off the parser's path: UTF-8 validation with an ASCII fast path (database text
//! columns) and the search for characters HTML escapes, 16 bytes at a time with SSE2 on
//! x86_64 (a plain loop elsewhere). Same rules as `simd.rs`: safe functions that never read
//! outside the slice they are given.

/// `bytes` as `&str` when they are valid UTF-8. Text that is all ASCII (the common case) is
/// checked a word at a time by `is_ascii`, which std's `from_utf8` does only for aligned
/// runs; anything else goes through `from_utf8`.
#[inline]
pub(crate) fn utf8(bytes: &[u8]) -> Option<&str> {
    if bytes.is_ascii() {
        // SAFETY: every byte is below 0x80, and ASCII is valid UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(bytes) })
    } else {
        std::str::from_utf8(bytes).ok()
    }
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

    pub(super) fn html_special(buf: &[u8], from: usize) -> usize {
        let len = buf.len();
        if from >= len {
            return len;
        }
        if len < 16 {
            return super::scalar::html_special(buf, from);
        }
        let c = Consts::new();
        let mut p = from;
        while p + 16 <= len {
            // SAFETY: `p + 16 <= len`, so the unaligned 16-byte load stays inside `buf`.
            let m = c.mask(unsafe { _mm_loadu_si128(buf.as_ptr().add(p).cast()) });
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
        // SAFETY: `start + 16 == len`.
        let m = c.mask(unsafe { _mm_loadu_si128(buf.as_ptr().add(start).cast()) }) >> (p - start);
        if m != 0 { p + m.trailing_zeros() as usize } else { len }
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
    fn utf8_accepts_what_std_accepts() {
        let cases: [&[u8]; 7] = [b"", b"plain ascii text, longer than one word", "héllo wörld".as_bytes(), "日本語".as_bytes(), b"\xff", b"ok\xc3", b"abcdefghijklmnop\xe2\x82"];
        for c in cases {
            assert_eq!(utf8(c), std::str::from_utf8(c).ok(), "{c:?}");
        }
    }
}
