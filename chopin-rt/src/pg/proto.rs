//! The v3 wire format: frontend messages appended to an output buffer, backend messages cut
//! out of an input buffer. Written by hand because the driver encodes straight into the
//! connection's one output buffer (no per-message allocation) and frames in place.

use super::Error;

/// Protocol version 3.0.
const PROTOCOL_3_0: i32 = 196_608;
const SSL_REQUEST: i32 = 80_877_103;
const CANCEL_REQUEST: i32 = 80_877_102;

/// Starts a tagged message; returns the offset of its length field.
#[inline]
fn begin(out: &mut Vec<u8>, tag: u8) -> usize {
    out.push(tag);
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    at
}

/// Writes the length of the message whose length field is at `at`.
#[inline]
pub(crate) fn finish(out: &mut [u8], at: usize) -> Result<(), Error> {
    let len = i32::try_from(out.len() - at)
        .map_err(|_| Error::conversion("a message is larger than the protocol's 2 GiB limit"))?;
    out[at..at + 4].copy_from_slice(&len.to_be_bytes());
    Ok(())
}

#[inline]
pub(crate) fn cstr(out: &mut Vec<u8>, s: &str) -> Result<(), Error> {
    if s.as_bytes().contains(&0) {
        return Err(Error::conversion("a string sent to the server contains a NUL byte"));
    }
    out.extend_from_slice(s.as_bytes());
    out.push(0);
    Ok(())
}

pub(crate) fn startup(out: &mut Vec<u8>, params: &[(&str, &str)]) -> Result<(), Error> {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&PROTOCOL_3_0.to_be_bytes());
    for (k, v) in params {
        cstr(out, k)?;
        cstr(out, v)?;
    }
    out.push(0);
    finish(out, at)
}

pub(crate) fn ssl_request(out: &mut Vec<u8>) {
    out.extend_from_slice(&8i32.to_be_bytes());
    out.extend_from_slice(&SSL_REQUEST.to_be_bytes());
}

pub(crate) fn cancel_request(out: &mut Vec<u8>, pid: i32, key: i32) {
    out.extend_from_slice(&16i32.to_be_bytes());
    out.extend_from_slice(&CANCEL_REQUEST.to_be_bytes());
    out.extend_from_slice(&pid.to_be_bytes());
    out.extend_from_slice(&key.to_be_bytes());
}

/// PasswordMessage (also carries SASL responses, which have the same tag).
pub(crate) fn password(out: &mut Vec<u8>, data: &[u8]) -> Result<(), Error> {
    let at = begin(out, b'p');
    out.extend_from_slice(data);
    finish(out, at)
}

pub(crate) fn sasl_initial(out: &mut Vec<u8>, mechanism: &str, data: &[u8]) -> Result<(), Error> {
    let at = begin(out, b'p');
    cstr(out, mechanism)?;
    out.extend_from_slice(&(data.len() as i32).to_be_bytes());
    out.extend_from_slice(data);
    finish(out, at)
}

pub(crate) fn parse(out: &mut Vec<u8>, name: &str, sql: &str) -> Result<(), Error> {
    let at = begin(out, b'P');
    cstr(out, name)?;
    cstr(out, sql)?;
    out.extend_from_slice(&0i16.to_be_bytes());
    finish(out, at)
}

/// Describe of a statement (`S`) or portal (`P`).
pub(crate) fn describe(out: &mut Vec<u8>, kind: u8, name: &str) -> Result<(), Error> {
    let at = begin(out, b'D');
    out.push(kind);
    cstr(out, name)?;
    finish(out, at)
}

pub(crate) fn execute(out: &mut Vec<u8>) {
    out.extend_from_slice(&[b'E', 0, 0, 0, 9, 0, 0, 0, 0, 0]);
}

pub(crate) fn sync(out: &mut Vec<u8>) {
    out.extend_from_slice(&[b'S', 0, 0, 0, 4]);
}

pub(crate) fn terminate(out: &mut Vec<u8>) {
    out.extend_from_slice(&[b'X', 0, 0, 0, 4]);
}

/// Close of a statement.
pub(crate) fn close_statement(out: &mut Vec<u8>, name: &str) -> Result<(), Error> {
    let at = begin(out, b'C');
    out.push(b'S');
    cstr(out, name)?;
    finish(out, at)
}

/// A simple Query.
pub(crate) fn query(out: &mut Vec<u8>, sql: &str) -> Result<(), Error> {
    let at = begin(out, b'Q');
    cstr(out, sql)?;
    finish(out, at)
}

pub(crate) fn copy_data(out: &mut Vec<u8>, data: &[u8]) -> Result<(), Error> {
    let at = begin(out, b'd');
    out.extend_from_slice(data);
    finish(out, at)
}

pub(crate) fn copy_done(out: &mut Vec<u8>) {
    out.extend_from_slice(&[b'c', 0, 0, 0, 4]);
}

pub(crate) fn copy_fail(out: &mut Vec<u8>, why: &str) -> Result<(), Error> {
    let at = begin(out, b'f');
    cstr(out, why)?;
    finish(out, at)
}

/// One backend message: its tag and body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame<'a> {
    pub(crate) tag: u8,
    pub(crate) body: &'a [u8],
}

/// The largest backend message accepted (the server's own limit is 1 GiB).
const MAX_FRAME: usize = 1 << 30;

/// Cuts one message from the front of `buf`: `Ok(None)` when more bytes are needed.
/// Returns the frame and its total length.
#[inline]
pub(crate) fn frame(buf: &[u8]) -> Result<Option<(Frame<'_>, usize)>, Error> {
    Ok(header(buf, 0)?.map(|(tag, n)| (Frame { tag, body: &buf[5..n] }, n)))
}

/// Reads the header of the message starting at `buf[pos..]`: its tag and where it ends (its
/// body is `buf[pos + 5..end]`); `Ok(None)` while the message is incomplete.
#[inline]
pub(crate) fn header(buf: &[u8], pos: usize) -> Result<Option<(u8, usize)>, Error> {
    let Some((&[tag, a, b, c, d], _)) = buf.get(pos..).and_then(<[u8]>::split_first_chunk::<5>) else {
        return Ok(None);
    };
    let len = u32::from_be_bytes([a, b, c, d]) as usize;
    if !(4..=MAX_FRAME).contains(&len) {
        return Err(Error::protocol(format!("bad message length {len}")));
    }
    let end = pos + 1 + len;
    Ok((end <= buf.len()).then_some((tag, end)))
}

/// A cursor over a message body.
pub(crate) struct Body<'a>(pub(crate) &'a [u8]);

impl<'a> Body<'a> {
    fn short() -> Error {
        Error::protocol("a message ended early")
    }
    pub(crate) fn i16(&mut self) -> Result<i16, Error> {
        let (h, rest) = self.0.split_first_chunk::<2>().ok_or_else(Self::short)?;
        self.0 = rest;
        Ok(i16::from_be_bytes(*h))
    }
    pub(crate) fn i32(&mut self) -> Result<i32, Error> {
        let (h, rest) = self.0.split_first_chunk::<4>().ok_or_else(Self::short)?;
        self.0 = rest;
        Ok(i32::from_be_bytes(*h))
    }
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if self.0.len() < n {
            return Err(Self::short());
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Ok(a)
    }
    pub(crate) fn cstr(&mut self) -> Result<&'a str, Error> {
        let end = self.0.iter().position(|&b| b == 0).ok_or_else(Self::short)?;
        let s = std::str::from_utf8(&self.0[..end]).map_err(|_| Error::protocol("a string is not UTF-8"))?;
        self.0 = &self.0[end + 1..];
        Ok(s)
    }
    pub(crate) fn rest(&self) -> &'a [u8] {
        self.0
    }
}

/// The rows-affected count of a CommandComplete tag (`INSERT 0 5`, `UPDATE 3`, `SELECT 2`).
pub(crate) fn rows_affected(tag: &[u8]) -> u64 {
    let tag = tag.strip_suffix(&[0]).unwrap_or(tag);
    let last = tag.rsplit(|&b| b == b' ').next().unwrap_or(b"");
    // Digits only; anything else (a tag without a count, such as `CREATE TABLE`) is 0.
    let mut n: u64 = 0;
    for &b in last {
        if !b.is_ascii_digit() {
            return 0;
        }
        n = match n.checked_mul(10).and_then(|n| n.checked_add(u64::from(b - b'0'))) {
            Some(n) => n,
            None => return 0,
        };
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_cut_and_wait_for_more() {
        let mut b = Vec::new();
        b.extend_from_slice(&[b'Z', 0, 0, 0, 5, b'I']);
        b.extend_from_slice(&[b'C', 0, 0, 0, 13]);
        assert!(frame(&b[..3]).unwrap().is_none());
        let (f, n) = frame(&b).unwrap().unwrap();
        assert_eq!((f.tag, f.body, n), (b'Z', &b"I"[..], 6));
        assert!(frame(&b[n..]).unwrap().is_none());
        assert!(frame(&[b'Z', 0, 0, 0, 3]).is_err());
    }

    #[test]
    fn headers_are_read_at_any_offset() {
        // BindComplete, then CommandComplete "SELECT 1", then the start of a ReadyForQuery.
        let mut b = vec![b'2', 0, 0, 0, 4];
        b.extend_from_slice(b"C\0\0\0\x0dSELECT 1\0");
        b.extend_from_slice(&[b'Z', 0, 0]);
        let cases: &[(usize, Option<(u8, usize)>)] = &[
            (0, Some((b'2', 5))),
            (5, Some((b'C', 19))),
            (19, None), // only 3 of the 5 header bytes
            (20, None),
            (22, None), // the end of the buffer
            (23, None), // past it
        ];
        for &(pos, want) in cases {
            assert_eq!(header(&b, pos).unwrap(), want, "at {pos}");
        }
        // A whole header whose body has not arrived yet, and lengths below 4 or above 1 GiB.
        assert_eq!(header(&[b'D', 0, 0, 0, 9, 1], 0).unwrap(), None);
        assert!(header(&[b'x', b'Z', 0, 0, 0, 3], 1).is_err());
        assert!(header(&[b'D', 0x40, 0, 0, 1], 0).is_err());
    }

    #[test]
    fn messages_encode() {
        let mut out = Vec::new();
        parse(&mut out, "s1", "select 1").unwrap();
        assert_eq!(out, b"P\0\0\0\x12s1\0select 1\0\0\0");
        out.clear();
        startup(&mut out, &[("user", "u")]).unwrap();
        assert_eq!(out, b"\0\0\0\x10\0\x03\0\0user\0u\0\0");
        assert!(query(&mut Vec::new(), "a\0b").is_err());
    }

    proptest::proptest! {
        /// Arbitrary input frames or fails cleanly, and a frame never claims bytes it lacks.
        #[test]
        fn framing_never_panics(buf in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64)) {
            if let Ok(Some((f, n))) = frame(&buf) {
                proptest::prop_assert!(n <= buf.len());
                proptest::prop_assert_eq!(f.body.len() + 5, n);
            }
            let _ = crate::pg::DbError::parse(&buf);
        }
    }

    #[test]
    fn command_tags_count_rows() {
        assert_eq!(rows_affected(b"INSERT 0 5\0"), 5);
        assert_eq!(rows_affected(b"UPDATE 3"), 3);
        assert_eq!(rows_affected(b"CREATE TABLE"), 0);
        assert_eq!(rows_affected(b"SELECT 18446744073709551615\0"), u64::MAX);
        assert_eq!(rows_affected(b"SELECT 18446744073709551616"), 0);
        assert_eq!(rows_affected(b"SELECT 1x"), 0);
        assert_eq!(rows_affected(b""), 0);
    }
}
