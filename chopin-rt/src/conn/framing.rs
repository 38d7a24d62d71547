//! The bytes that frame a response: the status line, the cached `Server`/`Date` block,
//! `Content-Length` (known up front, or measured in place after the body is written),
//! `Connection` and chunk-size lines, and the last head a connection wrote (reused whole when
//! the next answer has the same inputs). `output` queues what these produce.

use super::output::ConnHeader;
use crate::response::Status;

/// Longest head [`LastHead`] keeps (a plain answer's head is 110 to 140 bytes; a longer one
/// is written afresh each time).
pub(super) const LAST_HEAD_MAX: usize = 160;

/// A complete response head and what it was written for.
pub(super) struct LastHead {
    pub(super) status: Status,
    pub(super) content_type_line: &'static [u8],
    pub(super) len: u64,
    pub(super) conn: ConnHeader,
    /// The second of the date block in `bytes` (it must be the current one).
    pub(super) date_secs: u64,
    /// The head in `bytes[..head_len]`; the rest is padding.
    pub(super) head_len: usize,
    /// A fixed-size block, so writing the head again is one inline copy of known size (no
    /// `memcpy` call) followed by a truncation to `head_len`.
    pub(super) bytes: [u8; LAST_HEAD_MAX],
}

impl LastHead {
    /// Remembers `head` (when it fits in the block) and its inputs.
    pub(super) fn new(
        status: Status,
        content_type_line: &'static [u8],
        len: u64,
        conn: ConnHeader,
        date_secs: u64,
        head: &[u8],
    ) -> Option<LastHead> {
        let mut bytes = [0; LAST_HEAD_MAX];
        bytes.get_mut(..head.len())?.copy_from_slice(head);
        Some(LastHead { status, content_type_line, len, conn, date_secs, head_len: head.len(), bytes })
    }

    /// Whether this head is the one to write for these inputs.
    #[inline]
    pub(super) fn fits(&self, status: Status, content_type_line: &'static [u8], len: u64, conn: ConnHeader, date: &DateLine) -> bool {
        self.len == len
            && self.status == status
            && std::ptr::eq(self.content_type_line, content_type_line)
            && self.conn == conn
            && self.date_secs == date.secs
    }

    /// Appends the head to `buf`.
    #[inline(always)]
    pub(super) fn write_to(&self, buf: &mut Vec<u8>) {
        // Copies of constant size, inlined (see `sys::append_prefix`).
        crate::sys::append_prefix(buf, &self.bytes, self.head_len);
    }
}

/// Length of the `Server: chopin\r\nDate: <IMF-fixdate>\r\n` block every response carries.
pub(crate) const DATE_LINE_LEN: usize = 53;

/// The cached `Server: chopin\r\nDate: <IMF-fixdate>\r\n` block (fixed length, so copying it
/// compiles to a few moves) and the second it shows. Two blocks with the same `secs` hold the
/// same text, so a cached head checks that its date is current with one comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    pub(crate) bytes: [u8; DATE_LINE_LEN],
    /// Unix seconds of the date shown.
    pub(crate) secs: u64,
}

/// The date block for `secs` (Unix seconds).
pub(crate) fn date_line(secs: u64) -> DateLine {
    let mut line = [0u8; DATE_LINE_LEN];
    line[..22].copy_from_slice(b"Server: chopin\r\nDate: ");
    line[22..51].copy_from_slice(&crate::date::fmt_imf_fixdate(secs));
    line[51..].copy_from_slice(b"\r\n");
    DateLine { bytes: line, secs }
}

/// `Content-Length: <n>\r\n`; lengths below 10,000 are spelled without the general formatter.
#[inline]
pub(super) fn write_content_length(buf: &mut Vec<u8>, n: u64) {
    buf.extend_from_slice(b"Content-Length: ");
    if n < 10_000 {
        let d = n as u32;
        let digits = [
            b'0' + (d / 1000) as u8,
            b'0' + (d / 100 % 10) as u8,
            b'0' + (d / 10 % 10) as u8,
            b'0' + (d % 10) as u8,
            b'\r',
            b'\n',
        ];
        let skip = usize::from(d < 1000) + usize::from(d < 100) + usize::from(d < 10);
        buf.extend_from_slice(&digits[skip..]);
        return;
    }
    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    buf.extend_from_slice(b"\r\n");
}

/// `Content-Length` written with the digit count of `hint`, the connection line and the empty
/// line, then the body `write_body` appends (straight into `buf`, no intermediate `Vec`); then
/// the real length goes into the field, which is widened or narrowed in place when the body
/// came out longer or shorter than the estimate. For `head_only` the body is measured and
/// then dropped.
pub(super) fn write_measured(
    buf: &mut Vec<u8>,
    hint: usize,
    conn: ConnHeader,
    head_only: bool,
    write_body: impl FnOnce(&mut Vec<u8>),
) {
    let guess = decimal_len(hint);
    let at = buf.len() + CONTENT_LENGTH.len();
    if let (Some(line), ConnHeader::None) = (MEASURED_LINES.get(guess - 1), conn) {
        // The usual case: one copy of constant size, then the padding cut off.
        let end = at + guess + 4;
        buf.extend_from_slice(line);
        buf.truncate(end);
    } else {
        buf.extend_from_slice(CONTENT_LENGTH);
        buf.extend_from_slice(&[b'0'; 20][..guess]);
        buf.extend_from_slice(b"\r\n");
        write_conn_end(buf, conn);
    }
    buf.reserve(hint);
    let body_start = buf.len();
    write_body(buf);
    let len = buf.len() - body_start;
    let digits = decimal_len(len);
    if digits == guess {
        put_decimal(&mut buf[at..at + digits], len);
    } else {
        let mut d = [0u8; 20];
        put_decimal(&mut d[..digits], len);
        buf.splice(at..at + guess, d[..digits].iter().copied());
    }
    if head_only {
        buf.truncate(buf.len() - len);
    }
}

const CONTENT_LENGTH: &[u8] = b"Content-Length: ";

/// For `guess` = 1 to 4 (index `guess - 1`): `Content-Length: ` with `guess` zeros, CRLF and
/// the empty line, padded with zeros to a constant size.
const MEASURED_LINES: [[u8; 24]; 4] = {
    let mut lines = [[0u8; 24]; 4];
    let mut g = 1;
    while g <= 4 {
        let mut i = 0;
        while i < CONTENT_LENGTH.len() {
            lines[g - 1][i] = CONTENT_LENGTH[i];
            i += 1;
        }
        let mut k = 0;
        while k < g {
            lines[g - 1][i + k] = b'0';
            k += 1;
        }
        lines[g - 1][i + g] = b'\r';
        lines[g - 1][i + g + 1] = b'\n';
        lines[g - 1][i + g + 2] = b'\r';
        lines[g - 1][i + g + 3] = b'\n';
        g += 1;
    }
    lines
};

/// The number of decimal digits of `n` (compares, no divisions, below 10,000).
#[inline]
fn decimal_len(mut n: usize) -> usize {
    if n < 10_000 {
        return 1 + usize::from(n >= 10) + usize::from(n >= 100) + usize::from(n >= 1000);
    }
    let mut k = 1;
    while n >= 10 {
        n /= 10;
        k += 1;
    }
    k
}

/// Writes `n`, which has exactly `dst.len()` digits, into `dst`.
#[inline]
fn put_decimal(dst: &mut [u8], n: usize) {
    let digit = |n: usize| b'0' + (n % 10) as u8;
    // The last two digits of `n`, looked up (no divisions when `n` < 100).
    let pair = |n: usize| DIGIT_PAIRS.get(n).copied().unwrap_or([digit(n / 10), digit(n)]);
    match dst {
        // Up to four digits: each written directly, no loop.
        [o] => *o = digit(n),
        [t, o] => [*t, *o] = pair(n),
        [h, t, o] => (*h, [*t, *o]) = (digit(n / 100), pair(n % 100)),
        [k, h, t, o] => ([*k, *h], [*t, *o]) = (pair(n / 100), pair(n % 100)),
        _ => put_decimal_long(dst, n),
    }
}

/// `"00"` to `"99"`, at their value's index.
const DIGIT_PAIRS: [[u8; 2]; 100] = {
    let mut pairs = [[0u8; 2]; 100];
    let mut i = 0;
    while i < 100 {
        pairs[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    pairs
};

/// [`put_decimal`] for five digits and more.
fn put_decimal_long(dst: &mut [u8], mut n: usize) {
    for b in dst.iter_mut().rev() {
        *b = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// The `Connection` header the framing asks for, and the empty line ending the head.
#[inline]
pub(super) fn write_conn_end(buf: &mut Vec<u8>, conn: ConnHeader) {
    match conn {
        ConnHeader::Close => buf.extend_from_slice(b"Connection: close\r\n\r\n"),
        ConnHeader::KeepAlive => buf.extend_from_slice(b"Connection: keep-alive\r\n\r\n"),
        ConnHeader::None => buf.extend_from_slice(b"\r\n"),
    }
}

/// `HTTP/1.1 <code> <reason>\r\n` (pre-built for registered codes; 200 inline).
#[inline]
pub(super) fn write_status_line(buf: &mut Vec<u8>, status: Status) {
    if status == Status::OK {
        buf.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        return;
    }
    match status.status_line() {
        Some(line) => buf.extend_from_slice(line),
        None => {
            buf.extend_from_slice(b"HTTP/1.1 ");
            buf.extend_from_slice(itoa::Buffer::new().format(status.as_u16()).as_bytes());
            buf.extend_from_slice(b" \r\n");
        }
    }
}

/// `n` in lower-case hexadecimal (a chunk-size line).
pub(super) fn write_hex(out: &mut Vec<u8>, mut n: usize) {
    let mut tmp = [0u8; 16];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b"0123456789abcdef"[n & 15];
        n >>= 4;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}
