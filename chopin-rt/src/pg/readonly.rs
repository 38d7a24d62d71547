//! The check behind [`Client::read`](super::Client::read): a statement may share a Sync (and
//! so an implicit transaction) with other requests' reads only if it does not write. The
//! text must start with `SELECT`, `WITH`, `VALUES` or `TABLE`, and no `INSERT`, `UPDATE`,
//! `DELETE`, `MERGE` or `INTO` may appear as a word outside literals, quoted identifiers and
//! comments (that refuses `SELECT … INTO`, data-modifying `WITH` and locking clauses such as
//! `FOR UPDATE`). A function that writes cannot be seen from the text: the guide says so.

/// True when `sql` passes the check above.
pub(crate) fn reads_only(sql: &str) -> bool {
    let mut words = Words { s: sql.as_bytes(), pos: 0 };
    let Some(first) = words.next() else { return false };
    if !["SELECT", "WITH", "VALUES", "TABLE"].iter().any(|k| first.eq_ignore_ascii_case(k.as_bytes())) {
        return false;
    }
    for w in words {
        if ["INSERT", "UPDATE", "DELETE", "MERGE", "INTO"].iter().any(|k| w.eq_ignore_ascii_case(k.as_bytes())) {
            return false;
        }
    }
    true
}

/// The bare words of SQL text (letters, digits, `_`, `$`), skipping string literals
/// (`'…'`, `E'…'`, dollar-quoted `$tag$…$tag$`), quoted identifiers and comments.
struct Words<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let s = self.s;
        while self.pos < s.len() {
            let c = s[self.pos];
            match c {
                b'\'' | b'"' => self.pos = skip_quoted(s, self.pos + 1, c),
                b'-' if s.get(self.pos + 1) == Some(&b'-') => {
                    self.pos = s[self.pos..].iter().position(|&b| b == b'\n').map_or(s.len(), |i| self.pos + i + 1);
                }
                b'/' if s.get(self.pos + 1) == Some(&b'*') => self.pos = skip_block_comment(s, self.pos + 2),
                b'$' => self.pos = skip_dollar(s, self.pos),
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                    let start = self.pos;
                    while self.pos < s.len() && is_word_byte(s[self.pos]) {
                        self.pos += 1;
                    }
                    // `E'…'` and friends: the prefix is part of a literal, not a word.
                    if self.pos < s.len() && s[self.pos] == b'\'' && self.pos - start == 1 {
                        continue;
                    }
                    return Some(&s[start..self.pos]);
                }
                _ => self.pos += 1,
            }
        }
        None
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

/// Past the closing `q` of a quoted run starting at `from` (a doubled `q` is part of it; a
/// backslash escapes the next byte, which is harmless to honour for plain literals too).
fn skip_quoted(s: &[u8], mut i: usize, q: u8) -> usize {
    while i < s.len() {
        if s[i] == b'\\' && q == b'\'' {
            i += 2;
            continue;
        }
        if s[i] == q {
            if s.get(i + 1) == Some(&q) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    s.len()
}

/// Past the end of a (nested) block comment whose body starts at `i`.
fn skip_block_comment(s: &[u8], mut i: usize) -> usize {
    let mut depth = 1;
    while i + 1 < s.len() {
        match (s[i], s[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    s.len()
}

/// Past a dollar-quoted literal starting at `i` (`$$…$$` or `$tag$…$tag$`), or past a lone
/// `$` (a parameter such as `$1` is skipped the same way).
fn skip_dollar(s: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while j < s.len() && (s[j].is_ascii_alphanumeric() || s[j] == b'_') {
        j += 1;
    }
    if j >= s.len() || s[j] != b'$' || s[i + 1..j].first().is_some_and(u8::is_ascii_digit) {
        return j;
    }
    let tag = &s[i..=j];
    match s[j + 1..].windows(tag.len()).position(|w| w == tag) {
        Some(k) => j + 1 + k + tag.len(),
        None => s.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::reads_only;

    #[test]
    fn reads_pass_and_writes_are_refused() {
        let pass = [
            "SELECT id, randomnumber FROM world WHERE id = $1",
            "  select 1",
            "-- a comment\nSELECT 'insert into x' AS s",
            "/* update */ SELECT \"into\" FROM t",
            "WITH a AS (SELECT 1) SELECT * FROM a",
            "VALUES (1), (2)",
            "TABLE fortune",
            "SELECT $$ delete $$, $q$ update $q$",
            "SELECT E'it\\'s an update'",
            "SELECT updated_at, inserted FROM t",
        ];
        for sql in pass {
            assert!(reads_only(sql), "{sql}");
        }
        let refuse = [
            "",
            "   ",
            "UPDATE world SET randomnumber = 1",
            "INSERT INTO t VALUES (1)",
            "delete from t",
            "SELECT * INTO newtable FROM t",
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            "SELECT * FROM t FOR UPDATE",
            "BEGIN",
            "CALL p()",
            "/* SELECT */ UPDATE t SET a = 1",
            "SELECT 1; UPDATE t SET a = 1",
        ];
        for sql in refuse {
            assert!(!reads_only(sql), "{sql}");
        }
    }
}
