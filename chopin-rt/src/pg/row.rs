//! Result rows: a DataRow's bytes where they were received (the rows of one reply share its
//! buffer: no copy and no allocation per row), with the statement's column list, and typed
//! access by position or name.

use std::fmt;
use std::rc::Rc;

use super::conn::ReplyBuf;
use super::types::{Column, FromSql};
use super::Error;

/// One row of a result.
///
/// ```no_run
/// # chopin_rt::block_on(async {
/// # let db = chopin_rt::pg::Client::connect("postgres://127.0.0.1/x").await?;
/// let row = db.query_one("SELECT 7::int4 AS n, NULL::text AS t", &[]).await?;
/// let n: i32 = row.get("n");
/// let t: Option<&str> = row.get(1);
/// assert_eq!((n, t), (7, None));
/// assert!(row.try_get::<_, i32>(1).is_err()); // NULL needs an Option
/// # Ok::<(), chopin_rt::pg::Error>(()) });
/// ```
///
/// A row refers to the buffer its reply arrived in, shared with the other rows of that reply
/// (as `bytes::Bytes` slices share theirs): keeping one row keeps the whole reply's bytes.
/// To keep values for long, copy them out (`row.get::<_, String>(…)`).
pub struct Row {
    columns: Rc<[Column]>,
    buf: ReplyBuf,
    // 32-bit offsets keep a row at 32 bytes: a reply buffer never reaches 4 GiB (messages are
    // at most 1 GiB, and reading pauses while a request has 8 MiB unread).
    start: u32,
    end: u32,
}

/// A column position or name (see [`Row::get`]): `usize` or `&str`.
///
/// ```
/// use chopin_rt::pg::ColumnIndex;
/// fn describe(i: impl ColumnIndex) -> String { i.to_string() }
/// assert_eq!(describe(0usize), "0");
/// assert_eq!(describe("id"), "id");
/// ```
pub trait ColumnIndex: fmt::Display {
    /// The position of this column among `columns`.
    fn index(&self, columns: &[Column]) -> Option<usize>;
}

impl ColumnIndex for usize {
    fn index(&self, columns: &[Column]) -> Option<usize> {
        (*self < columns.len()).then_some(*self)
    }
}

impl ColumnIndex for &str {
    fn index(&self, columns: &[Column]) -> Option<usize> {
        columns.iter().position(|c| c.name == *self)
    }
}

impl Row {
    /// A row of `columns` from a DataRow's `body`, which lies in `buf`.
    #[inline(always)]
    pub(crate) fn new(columns: Rc<[Column]>, buf: &ReplyBuf, body: &[u8]) -> Row {
        let start = (body.as_ptr() as usize).wrapping_sub(buf.as_ptr() as usize);
        let end = start.wrapping_add(body.len());
        assert!(start <= end && end <= buf.len(), "a DataRow outside its reply buffer");
        let offset = |v: usize| u32::try_from(v).expect("a reply buffer below 4 GiB");
        Row { columns, buf: buf.clone(), start: offset(start), end: offset(end) }
    }

    /// The DataRow's body.
    #[inline(always)]
    fn body(&self) -> &[u8] {
        &self.buf[self.start as usize..self.end as usize]
    }

    /// The columns.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        self.columns.len()
    }

    /// True for a row without columns.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// The raw bytes of column `i` (`None` for NULL).
    #[inline]
    fn raw(&self, i: usize) -> Result<Option<&[u8]>, Error> {
        value(self.body(), i).ok_or_else(malformed)
    }

    /// Reads column `idx` as `T`, or reports why it cannot.
    #[inline(always)]
    pub fn try_get<'a, I: ColumnIndex, T: FromSql<'a>>(&'a self, idx: I) -> Result<T, Error> {
        let Some(i) = idx.index(&self.columns) else { return Err(no_column(&idx)) };
        let col = &self.columns[i];
        match self.raw(i)? {
            Some(raw) => T::from_sql(col, raw),
            None => T::from_null(col),
        }
    }

    /// Reads column `idx` as `T`. Panics when the column is missing or does not convert;
    /// use [`Row::try_get`] to handle that.
    #[inline(always)]
    pub fn get<'a, I: ColumnIndex, T: FromSql<'a>>(&'a self, idx: I) -> T {
        match self.try_get(idx) {
            Ok(v) => v,
            Err(e) => get_failed(e),
        }
    }
}

/// [`Row::get`]'s panic (out of line: `get` is inlined where it is called).
#[cold]
#[inline(never)]
fn get_failed(e: Error) -> ! {
    panic!("{e}")
}

#[cold]
#[inline(never)]
fn no_column(idx: &dyn fmt::Display) -> Error {
    Error::conversion(format!("no column `{idx}` in the row"))
}

#[cold]
#[inline(never)]
fn malformed() -> Error {
    Error::protocol("a malformed DataRow (fewer values than columns)")
}

/// Value `i` of a DataRow body (a 16-bit count, then each value as a 32-bit length, -1 for
/// NULL, and its bytes): `Some(None)` for NULL, `None` when the body is too short.
#[inline]
fn value(body: &[u8], i: usize) -> Option<Option<&[u8]>> {
    let n = u16::from_be_bytes(body.get(..2)?.try_into().ok()?) as usize;
    if i >= n {
        return None;
    }
    let mut p = 2;
    for _ in 0..i {
        let len = i32::from_be_bytes(body.get(p..p + 4)?.try_into().ok()?);
        p += 4 + len.max(0) as usize;
    }
    let len = i32::from_be_bytes(body.get(p..p + 4)?.try_into().ok()?);
    if len < 0 {
        return Some(None);
    }
    body.get(p + 4..p + 4 + len as usize).map(Some)
}

impl fmt::Debug for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut l = f.debug_map();
        for (i, c) in self.columns.iter().enumerate() {
            match self.raw(i) {
                Ok(Some(raw)) => l.entry(&c.name, &raw),
                Ok(None) => l.entry(&c.name, &"NULL"),
                Err(_) => l.entry(&c.name, &"?"),
            };
        }
        l.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::value;

    /// A power of two: a result's `Vec<Row>` of one row is then a size class the allocator
    /// serves from its fast path (mimalloc's aligned entry point, which its `GlobalAlloc`
    /// uses, over-allocates for sizes like 40).
    #[test]
    fn a_row_is_32_bytes() {
        assert_eq!(std::mem::size_of::<super::Row>(), 32);
    }

    #[test]
    fn values_of_a_data_row() {
        // Three values: "ab", NULL, 7 (4 bytes).
        let mut body = vec![0, 3];
        body.extend_from_slice(&2i32.to_be_bytes());
        body.extend_from_slice(b"ab");
        body.extend_from_slice(&(-1i32).to_be_bytes());
        body.extend_from_slice(&4i32.to_be_bytes());
        body.extend_from_slice(&7i32.to_be_bytes());
        assert_eq!(value(&body, 0), Some(Some(&b"ab"[..])));
        assert_eq!(value(&body, 1), Some(None));
        assert_eq!(value(&body, 2), Some(Some(&7i32.to_be_bytes()[..])));
        assert_eq!(value(&body, 3), None);
        for cut in 0..body.len() {
            assert_eq!(value(&body[..cut], 2), None, "cut at {cut}");
        }
        assert_eq!(value(&[], 0), None);
    }
}
