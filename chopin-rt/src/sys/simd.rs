//! Byte-class scans for the HTTP parser, 16 bytes at a time: SSE2 on x86_64 (baseline there, so
//! no run-time detection), a plain loop elsewhere. Each function is safe and never reads outside
//! the slice it is given: whole blocks are loaded only where 16 bytes remain, the last partial
//! block is read overlapping the one before it (or, in a slice shorter than 16 bytes, copied into
//! a zeroed stack block) and the bytes outside the range are masked off.

/// True for a byte allowed inside a field value: HTAB, SP, VCHAR (0x21..=0x7E) and obs-text
/// (0x80..=0xFF).
#[inline(always)]
pub(crate) fn is_value_byte(b: u8) -> bool {
    b == b'\t' || (b >= 0x20 && b != 0x7f)
}

/// True for a byte allowed inside a request-target: VCHAR (0x21..=0x7E).
#[inline(always)]
pub(crate) fn is_target_byte(b: u8) -> bool {
    (0x21..=0x7e).contains(&b)
}

/// Index of the first byte at or after `from` that is not allowed in a field value (CR, LF,
/// NUL, the other controls except HTAB, DEL), or `buf.len()` when there is none (also when
/// `from` is past the end).
#[inline(always)]
pub(crate) fn value_end(buf: &[u8], from: usize) -> usize {
    imp::value_end(buf, from)
}

/// Index `end` of the first byte at or after `from` outside 0x21..=0x7E (SP, controls, DEL,
/// bytes from 0x80), or `buf.len()`; and the index of the first `?` in `from..end`, or `end`
/// when there is none.
#[inline(always)]
pub(crate) fn target_end(buf: &[u8], from: usize) -> (usize, usize) {
    imp::target_end(buf, from)
}

/// Index of the first `needle` at or after `from`, or `buf.len()`.
#[inline(always)]
pub(crate) fn find_byte(buf: &[u8], from: usize, needle: u8) -> usize {
    imp::find_byte(buf, from, needle)
}

/// The reference implementations (and the ones used off x86_64).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
mod scalar {
    use super::{is_target_byte, is_value_byte};

    pub(super) fn value_end(buf: &[u8], from: usize) -> usize {
        let mut p = from;
        while p < buf.len() && is_value_byte(buf[p]) {
            p += 1;
        }
        p.min(buf.len())
    }

    pub(super) fn target_end(buf: &[u8], from: usize) -> (usize, usize) {
        let mut p = from;
        let mut query = None;
        while p < buf.len() && is_target_byte(buf[p]) {
            if buf[p] == b'?' && query.is_none() {
                query = Some(p);
            }
            p += 1;
        }
        let end = p.min(buf.len());
        (end, query.unwrap_or(end))
    }

    pub(super) fn find_byte(buf: &[u8], from: usize, needle: u8) -> usize {
        let mut p = from;
        while p < buf.len() && buf[p] != needle {
            p += 1;
        }
        p.min(buf.len())
    }
}

#[cfg(not(target_arch = "x86_64"))]
use scalar as imp;

#[cfg(target_arch = "x86_64")]
mod imp {
    use core::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };

    /// The 16 bytes of `block` in a vector register.
    #[inline(always)]
    fn load(block: &[u8; 16]) -> __m128i {
        // SAFETY: `block` is 16 readable bytes and `_mm_loadu_si128` has no alignment
        // requirement; SSE2 is part of the x86_64 baseline.
        unsafe { _mm_loadu_si128(block.as_ptr().cast::<__m128i>()) }
    }

    /// The block at `at`, which must leave 16 bytes in `buf` (checked).
    #[inline(always)]
    fn block_at(buf: &[u8], at: usize) -> &[u8; 16] {
        buf[at..at + 16].try_into().expect("16 bytes")
    }

    /// The 16 bytes at `at` in a block loop, where `at < buf.len()` and `at + 16 <= buf.len()`.
    ///
    /// The loops return before their first block unless `from < buf.len()`, and go on while
    /// `at + 16 <= buf.len()`; a slice being at most `isize::MAX` bytes long, that sum cannot
    /// overflow. The checked form (`block_at`) compiles to the same load, but whether the
    /// compiler drops its bounds and overflow checks depends on everything inlined around
    /// the loop; this form has none to drop.
    #[inline(always)]
    fn load_in(buf: &[u8], at: usize) -> __m128i {
        debug_assert!(at < buf.len() && buf.len() - at >= 16);
        // SAFETY: by the loops' conditions above, `at..at + 16` lies inside `buf`;
        // `_mm_loadu_si128` has no alignment requirement and SSE2 is in the x86_64 baseline.
        unsafe { _mm_loadu_si128(buf.as_ptr().add(at).cast::<__m128i>()) }
    }

    /// A bit per byte of `v`: set where the byte may not appear in a field value.
    #[inline(always)]
    fn value_stops(v: __m128i) -> u32 {
        // SAFETY: SSE2 is part of the x86_64 baseline, so it is enabled; no memory is accessed.
        unsafe {
            let ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
            let tab = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\t' as i8));
            let del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f));
            _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(tab, ctl), del)) as u32
        }
    }

    /// A bit per byte of `v`: set where the byte is outside 0x21..=0x7E.
    #[inline(always)]
    fn target_stops(v: __m128i) -> u32 {
        // Signed compares: bytes from 0x80 are negative, so they fail the first test.
        // SAFETY: SSE2 is part of the x86_64 baseline, so it is enabled; no memory is accessed.
        let ok = unsafe {
            _mm_movemask_epi8(_mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(0x20)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(0x7f)),
            ))
        };
        ok as u32 ^ 0xffff
    }

    #[inline(always)]
    fn eq_mask(v: __m128i, b: u8) -> u32 {
        // SAFETY: SSE2 is part of the x86_64 baseline, so it is enabled; no memory is accessed.
        unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8))) as u32 }
    }

    /// The last, partial block from `p` (`p < buf.len() < p + 16`) as a vector and the number
    /// of bits to shift its masks right so that bit 0 is byte `p`. Bits at or past
    /// `buf.len() - p` after the shift are to be ignored (they are zero after a shift, and
    /// NUL padding otherwise).
    #[inline(always)]
    fn tail(buf: &[u8], p: usize) -> (__m128i, u32) {
        let len = buf.len();
        if len >= 16 {
            let last = len - 16;
            (load(block_at(buf, last)), (p - last) as u32)
        } else {
            let mut a = [0u8; 16];
            a[..len - p].copy_from_slice(&buf[p..]);
            (load(&a), 0)
        }
    }

    /// Bits below `n` (`n < 16`).
    #[inline(always)]
    fn below(n: usize) -> u32 {
        (1u32 << n) - 1
    }

    #[inline(always)]
    fn scan(buf: &[u8], from: usize, stops: impl Fn(__m128i) -> u32) -> usize {
        let len = buf.len();
        if from >= len {
            return len;
        }
        let mut p = from;
        while p + 16 <= len {
            let m = stops(load_in(buf, p));
            if m != 0 {
                return p + m.trailing_zeros() as usize;
            }
            p += 16;
        }
        if p >= len {
            return len;
        }
        let (v, shift) = tail(buf, p);
        let m = (stops(v) >> shift) & below(len - p);
        if m != 0 {
            p + m.trailing_zeros() as usize
        } else {
            len
        }
    }

    /// A bit per byte of `v` that may end a field value: every byte below SP, DEL, and (false
    /// positives, rare in practice) bytes from 0x80. One add and one signed compare: adding 1
    /// maps DEL and 0x80..=0xFE to negative values and the controls to 0x01..=0x20.
    #[inline(always)]
    fn value_candidates(v: __m128i) -> u32 {
        // SAFETY: SSE2 is part of the x86_64 baseline, so it is enabled; no memory is accessed.
        unsafe {
            let w = _mm_add_epi8(v, _mm_set1_epi8(1));
            _mm_movemask_epi8(_mm_cmplt_epi8(w, _mm_set1_epi8(0x21))) as u32
        }
    }

    #[inline(always)]
    pub(super) fn value_end(buf: &[u8], from: usize) -> usize {
        let len = buf.len();
        if from >= len {
            return len;
        }
        let mut p = from;
        // Two blocks a turn while they fit (long values such as `Accept` or `Cookie`), then one.
        while p + 32 <= len {
            let mut m = value_candidates(load_in(buf, p)) | (value_candidates(load_in(buf, p + 16)) << 16);
            while m != 0 {
                let at = p + m.trailing_zeros() as usize;
                if !super::is_value_byte(buf[at]) {
                    return at;
                }
                m &= m - 1;
            }
            p += 32;
        }
        while p + 16 <= len {
            let mut m = value_candidates(load_in(buf, p));
            while m != 0 {
                let at = p + m.trailing_zeros() as usize;
                if !super::is_value_byte(buf[at]) {
                    return at;
                }
                m &= m - 1;
            }
            p += 16;
        }
        if p >= len {
            return len;
        }
        let (v, shift) = tail(buf, p);
        let m = (value_stops(v) >> shift) & below(len - p);
        if m != 0 {
            p + m.trailing_zeros() as usize
        } else {
            len
        }
    }

    #[inline(always)]
    pub(super) fn find_byte(buf: &[u8], from: usize, needle: u8) -> usize {
        scan(buf, from, |v| eq_mask(v, needle))
    }

    #[inline(always)]
    pub(super) fn target_end(buf: &[u8], from: usize) -> (usize, usize) {
        let len = buf.len();
        if from >= len {
            return (len, len);
        }
        let mut p = from;
        // The first `?` seen in a block before the one holding the end.
        let mut query = usize::MAX;
        while p + 16 <= len {
            let v = load_in(buf, p);
            let s = target_stops(v);
            let q = eq_mask(v, b'?');
            if s != 0 {
                // The first `?` or the end, whichever comes first: the end when no `?` precedes it.
                let first = p + (q | s).trailing_zeros() as usize;
                return (p + s.trailing_zeros() as usize, query.min(first));
            }
            if q != 0 && query == usize::MAX {
                query = p + q.trailing_zeros() as usize;
            }
            p += 16;
        }
        if p >= len {
            return (len, query.min(len));
        }
        let (v, shift) = tail(buf, p);
        // A stop bit just past the valid bytes stands for the end of the slice.
        let s = ((target_stops(v) >> shift) & below(len - p)) | (1 << (len - p));
        let q = (eq_mask(v, b'?') >> shift) & below(len - p);
        let first = p + (q | s).trailing_zeros() as usize;
        (p + s.trailing_zeros() as usize, query.min(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(buf: &[u8], from: usize) {
        assert_eq!(value_end(buf, from), scalar::value_end(buf, from), "value {buf:?} {from}");
        assert_eq!(target_end(buf, from), scalar::target_end(buf, from), "target {buf:?} {from}");
        for needle in [b':', b'\n', 0] {
            assert_eq!(
                find_byte(buf, from, needle),
                scalar::find_byte(buf, from, needle),
                "find {needle} {buf:?} {from}"
            );
        }
    }

    /// Bytes on either side of each class boundary.
    const EDGES: [u8; 16] = [0, 8, b'\t', 10, 13, 0x1f, b' ', b'!', b'?', b':', 0x7e, 0x7f, 0x80, 0xc3, 0xfe, 0xff];

    #[test]
    fn every_length_start_and_stop_position() {
        // Bytes each scan passes over, and boundary bytes as the one stop at every position.
        let fillers = [b'a', b'?', b'\t', b' ', 0x80];
        for len in 0..=64usize {
            for from in [0, 1, 2, 7, 15, 16, 17, 31, 33, 48, 63, 64, 65] {
                if from > len + 1 {
                    continue;
                }
                for &fill in &fillers {
                    let mut buf = vec![fill; len];
                    check(&buf, from);
                    for pos in 0..len {
                        for stop in EDGES {
                            buf[pos] = stop;
                            check(&buf, from);
                        }
                        buf[pos] = fill;
                    }
                }
            }
        }
    }

    #[test]
    fn every_byte_value_at_every_position() {
        for len in 0..=40usize {
            for from in 0..=len.min(3) {
                let mut buf = vec![b'a'; len];
                for pos in 0..len {
                    for stop in 0..=255u8 {
                        buf[pos] = stop;
                        check(&buf, from);
                    }
                    buf[pos] = b'a';
                }
            }
        }
    }

    #[test]
    fn sub_slices_at_every_alignment() {
        let mut data = [b'x'; 100];
        data[70] = b'\r';
        data[40] = b'?';
        for start in 0..=32 {
            for end in start..=100 {
                for from in 0..=(end - start) {
                    check(&data[start..end], from);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn random_bytes(buf in proptest::collection::vec(any::<u8>(), 0..=80), from in 0usize..90) {
            check(&buf, from);
        }

        #[test]
        fn mostly_allowed_bytes(
            buf in proptest::collection::vec(
                prop_oneof![8 => 0x21u8..=0x7e, 1 => any::<u8>()], 0..=80),
            from in 0usize..90,
        ) {
            check(&buf, from);
        }
    }
}
