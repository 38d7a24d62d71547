//! Appending a fixed-size block to a byte vector with copies of constant size, which the
//! compiler turns into a few register moves wherever it is inlined (`extend_from_slice` of a
//! slice whose length is only known at run time becomes a call to `memcpy`, and whether it is
//! inlined at all depends on the caller's size).

/// Appends the first `len` bytes of `block` to `buf` (`len <= N`). All `N` bytes are copied
/// into the vector's spare room, in pieces of constant size, and the length then set to
/// cover only `len` of them.
#[inline(always)]
pub(crate) fn append_prefix<const N: usize>(buf: &mut Vec<u8>, block: &[u8; N], len: usize) {
    assert!(len <= N, "a prefix longer than its block");
    buf.reserve(N);
    let at = buf.len();
    // SAFETY: `reserve(N)` made room for `N` more bytes after `at`, so the destination is
    // valid for `N` writes; source and destination do not overlap (`block` is borrowed
    // shared while `buf` is borrowed mutably). The first `len <= N` bytes written are
    // initialised, so the new length covers only initialised bytes.
    unsafe {
        let dst = buf.as_mut_ptr().add(at);
        let src = block.as_ptr();
        // Pieces of 64 bytes, then the rest: each a copy of constant size (one of more than
        // 128 bytes would become a call to `memcpy`).
        let mut i = 0;
        while i + 64 <= N {
            std::ptr::copy_nonoverlapping(src.add(i), dst.add(i), 64);
            i += 64;
        }
        if i < N {
            std::ptr::copy_nonoverlapping(src.add(i), dst.add(i), N - i);
        }
        buf.set_len(at + len);
    }
}

#[cfg(test)]
mod tests {
    use super::append_prefix;

    #[test]
    fn appends_exactly_the_prefix() {
        let block: [u8; 160] = std::array::from_fn(|i| i as u8);
        for len in [0, 1, 63, 64, 65, 128, 159, 160] {
            let mut v = b"head".to_vec();
            append_prefix(&mut v, &block, len);
            assert_eq!(&v[..4], b"head");
            assert_eq!(&v[4..], &block[..len], "len {len}");
        }
        let mut small = Vec::new();
        append_prefix(&mut small, &[7u8; 5], 3);
        assert_eq!(small, [7, 7, 7]);
    }

    #[test]
    #[should_panic(expected = "a prefix longer than its block")]
    fn refuses_a_prefix_longer_than_the_block() {
        append_prefix(&mut Vec::new(), &[0u8; 4], 5);
    }
}
