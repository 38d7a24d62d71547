//! Bytes from the kernel's random source (`getrandom(2)`), for SCRAM nonces. There is no
//! fallback: failing to get randomness is an error the caller reports.

use std::io;

use super::cvt_size;

/// Fills `buf` from the kernel's random source (blocks only before the pool is initialised).
pub(crate) fn fill_random(buf: &mut [u8]) -> io::Result<()> {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: the kernel writes at most `rest.len()` bytes into the live, exclusive slice.
        match cvt_size(unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) }) {
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
