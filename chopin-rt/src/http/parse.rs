//! Request-head parser (placeholder signatures; implemented on the `http-parser` branch).

use super::head::{HeaderSpan, Head, Limits, ParseError, MAX_HEADERS};

/// Incremental scan state for one request head: remembers how far the buffer was checked, so a
/// head arriving in many reads is not re-scanned from its start on each read.
#[derive(Clone, Debug, Default)]
pub struct HeadScanner {
    scanned: usize,
}

impl HeadScanner {
    /// Forgets progress (the next call starts a new head).
    pub fn reset(&mut self) {
        self.scanned = 0;
    }
}

/// Parses the request head at the start of `buf`.
///
/// `Ok(None)` means more bytes are needed. On `Ok(Some(head))` the scanner is reset, the first
/// `head.header_count` entries of `headers` are filled and `head.head_len` bytes were consumed.
pub fn parse_head(
    buf: &[u8],
    scanner: &mut HeadScanner,
    limits: &Limits,
    headers: &mut [HeaderSpan; MAX_HEADERS],
) -> Result<Option<Head>, ParseError> {
    let _ = (buf, scanner, limits, headers);
    unimplemented!("parse_head")
}
