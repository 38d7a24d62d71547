//! Request-head parser: strict RFC 9112 / RFC 9110 syntax, one pass over borrowed bytes, no
//! allocation.
//!
//! # How a head is found and parsed
//!
//! The common case is a whole head (often followed by more pipelined requests) already in the
//! buffer. For that case [`parse_head`] runs one fused pass: each line is validated while its end
//! is searched for (16 bytes at a time, in loops LLVM vectorises), common field names are
//! recognised from their first words (case-insensitively, which also proves them tokens), every
//! field is stored and the interpreted fields are folded into the [`Head`] as they go by.
//!
//! When that pass cannot finish (the head is incomplete, or something is wrong with it) the
//! [`HeadScanner`] takes over. It walks the buffer line by line with `memchr` for `\n`,
//! remembering how far it got, so a head arriving in many reads is scanned once: each completed
//! line is validated when its CRLF arrives and limits are checked against byte positions. When
//! the empty line that ends the head is seen, the fused pass runs once over the complete head to
//! fill in the fields.
//!
//! # Which error is reported
//!
//! The answer does not depend on how the bytes were split across reads: it is the first problem
//! found in this order:
//!
//! 1. lines in order; for each line, a bare LF ending it, then the line's own syntax (request
//!    line, or field line), checked once the line's CRLF is there;
//! 2. a limit, at the byte position where it is first exceeded: the request line must end
//!    (including its CRLF) within `max_target + 34` bytes of its start ([`ParseError::TargetTooLong`]),
//!    the head within `max_head` bytes ([`ParseError::HeadTooLarge`]), and a field line beyond
//!    `max_headers` is [`ParseError::TooManyHeaders`] when its CRLF arrives;
//! 3. a method byte that is neither a token character nor the space after it is refused at once
//!    ([`ParseError::BadMethod`]), without waiting for the line end (binary garbage, a TLS
//!    handshake on the plain port);
//! 4. after the empty line: the checks across fields (`Host`, `Content-Length`,
//!    `Transfer-Encoding`), in the order written in `Fields::finish`.

use super::head::{
    ConnectionFlags, Expect, Head, HeaderSpan, Limits, MAX_HEADERS, Method, ParseError, Span,
    Version,
};

// ---------------------------------------------------------------------------------------------
// Byte classes
// ---------------------------------------------------------------------------------------------

const fn make_tchar() -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'|'
                    | b'~'
            );
        i += 1;
    }
    t
}

/// `tchar` of RFC 9110 §5.6.2: the bytes a token (method, field name) may contain.
pub(super) static TCHAR: [bool; 256] = make_tchar();

pub(super) use crate::sys::is_value_byte;

const ONES: u64 = 0x0101_0101_0101_0101;

// Scans for the next byte of interest (a colon, the end of a target, the end of a field value)
// go 16 bytes at a time with SSE2 (`crate::sys::simd`, the only place `unsafe` is allowed).

/// The eight bytes at `at`, little-endian.
#[inline(always)]
fn load(buf: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&buf[at..at + 8]);
    u64::from_le_bytes(a)
}

/// Index of the first non-tchar byte at or after `p`, or `buf.len()`.
#[inline]
fn token_end(buf: &[u8], p: usize) -> usize {
    match buf.get(p..) {
        Some(s) => {
            p + s
                .iter()
                .position(|&b| !TCHAR[b as usize])
                .unwrap_or(s.len())
        }
        None => p,
    }
}

/// True when every byte of `s` is a tchar.
#[inline(always)]
fn all_tchar(s: &[u8]) -> bool {
    s.iter().fold(true, |ok, &b| ok & TCHAR[b as usize])
}

/// Scans a request-target from `p`: returns the index of the first byte outside 0x21..=0x7E
/// (or `buf.len()`) and the index of the first `?` before it.
#[inline(always)]
fn scan_target(buf: &[u8], p: usize) -> (usize, Option<usize>) {
    let (te, q) = crate::sys::target_end(buf, p);
    (te, (q < te).then_some(q))
}

#[inline(always)]
fn w64(s: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&s[at..at + 8]);
    u64::from_le_bytes(a)
}

#[inline(always)]
fn w32(s: &[u8], at: usize) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&s[at..at + 4]);
    u32::from_le_bytes(a)
}

/// ASCII case-insensitive equality of `s` with `lit`, which is lower case and made of letters,
/// digits and `-` (at least four bytes). Exact for tokens and field values: OR-ing 0x20 only
/// merges a byte with one that cannot occur there (a control, or the other letter case).
#[inline(always)]
pub(super) fn eq_ci(s: &[u8], lit: &[u8]) -> bool {
    let n = lit.len();
    debug_assert!(n >= 4);
    if s.len() != n {
        return false;
    }
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if w64(s, i) | (ONES * 0x20) != w64(lit, i) {
                return false;
            }
            i += 8;
        }
        w64(s, n - 8) | (ONES * 0x20) == w64(lit, n - 8)
    } else {
        w32(s, 0) | 0x2020_2020 == w32(lit, 0) && w32(s, n - 4) | 0x2020_2020 == w32(lit, n - 4)
    }
}

/// `s` without leading and trailing SP / HTAB.
#[inline]
pub(super) fn trim_ows(mut s: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = s {
        s = rest;
    }
    while let [rest @ .., b' ' | b'\t'] = s {
        s = rest;
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

/// Why a line could not be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineErr {
    /// The buffer ends before the line does.
    Incomplete,
    /// The line is malformed.
    Bad(ParseError),
}

type LineResult<T> = Result<T, LineErr>;

/// Classifies a CR at `q` where the line may not end: incomplete when it is the last byte,
/// `crlf` when the line ends there, a bare CR otherwise.
#[inline]
fn at_cr(buf: &[u8], q: usize, crlf: ParseError) -> LineErr {
    match buf.get(q + 1) {
        None => LineErr::Incomplete,
        Some(b'\n') => LineErr::Bad(crlf),
        Some(_) => LineErr::Bad(ParseError::BareCr),
    }
}

/// A parsed request line.
#[derive(Clone, Copy, Debug)]
struct RequestLine {
    method: Method,
    method_end: usize,
    target: Span,
    path: Span,
    query: Option<Span>,
    path_is_root: bool,
    /// The authority of an absolute-form target.
    authority: Option<Span>,
    version: Version,
    /// Index after the line's CRLF.
    next: usize,
}

#[inline]
fn method_of(m: &[u8]) -> Method {
    match m {
        b"GET" => Method::Get,
        b"HEAD" => Method::Head,
        b"POST" => Method::Post,
        b"PUT" => Method::Put,
        b"DELETE" => Method::Delete,
        b"PATCH" => Method::Patch,
        b"OPTIONS" => Method::Options,
        b"CONNECT" => Method::Connect,
        b"TRACE" => Method::Trace,
        _ => Method::Other,
    }
}

/// Parses the request line starting at `start`.
#[inline(always)]
fn request_line(buf: &[u8], start: usize, limits: &Limits) -> LineResult<RequestLine> {
    use LineErr::{Bad, Incomplete};
    // Method.
    // `short_method`: the method leaves room for the whole line within its limit whenever the
    // target is within its own (see `version_field`).
    let (method, method_end, short_method) = if buf.get(start..start + 4) == Some(b"GET ") {
        (Method::Get, start + 3, true)
    } else {
        let p = token_end(buf, start);
        match buf.get(p) {
            None => return Err(Incomplete),
            Some(b' ') if p > start => {}
            Some(b' ') => return Err(Bad(ParseError::BadRequestLine)),
            Some(b'\r') => return Err(at_cr(buf, p, ParseError::BadRequestLine)),
            Some(b'\n') => return Err(Bad(ParseError::BareLf)),
            Some(_) => return Err(Bad(ParseError::BadMethod)),
        }
        (method_of(&buf[start..p]), p, p - start <= REQUEST_LINE_SLACK - 12)
    };
    // Request-target.
    let ts = method_end + 1;
    let (te, query) = scan_target(buf, ts);
    // The usual ending, " HTTP/1.1\r\n" after a non-empty target within the limit, is checked
    // in one go; everything else goes through the field-by-field checks.
    let usual = buf.get(te..te + 11).is_some_and(|tail| {
        load(tail, 0) == u64::from_le_bytes(*b" HTTP/1.")
            && load(tail, 3) == u64::from_le_bytes(*b"TP/1.1\r\n")
    }) && te != ts
        && te - ts <= limits.max_target
        && short_method;
    let (version, next) = if usual {
        (Version::Http11, te + 11)
    } else {
        version_field(buf, start, ts, te, limits)?
    };
    // Target form: origin-form inline, the others out of line.
    if buf[ts] == b'/' && method != Method::Connect {
        return Ok(RequestLine {
            method,
            method_end,
            target: Span::new(ts, te),
            path: Span::new(ts, query.unwrap_or(te)),
            query: query.map(|q| Span::new(q + 1, te)),
            path_is_root: false,
            authority: None,
            version,
            next,
        });
    }
    let form = target_form_other(buf, method, ts, te, query).map_err(Bad)?;
    Ok(RequestLine {
        method,
        method_end,
        target: Span::new(ts, te),
        path: form.path,
        query: form.query,
        path_is_root: form.path_is_root,
        authority: form.authority,
        version,
        next,
    })
}

/// The checks of a request line after its target (`buf[ts..te]`) other than the usual
/// ending: the byte after the target, the target's length, the version field and the CRLF,
/// and the whole line's length. Returns the version and the index after the line.
#[cold]
fn version_field(
    buf: &[u8],
    start: usize,
    ts: usize,
    te: usize,
    limits: &Limits,
) -> LineResult<(Version, usize)> {
    use LineErr::{Bad, Incomplete};
    match buf.get(te) {
        Some(b' ') => {}
        None => return Err(Incomplete),
        Some(b'\r') => return Err(at_cr(buf, te, ParseError::BadRequestLine)),
        Some(b'\n') => return Err(Bad(ParseError::BareLf)),
        Some(_) => return Err(Bad(ParseError::BadTarget)),
    }
    if te == ts {
        return Err(Bad(ParseError::BadRequestLine));
    }
    if te - ts > limits.max_target {
        return Err(Bad(ParseError::TargetTooLong));
    }
    let (version, next) = version_slow(buf, te + 1)?;
    // A long method can make the line too long even with a target within its limit.
    if next - start > limits.max_target.saturating_add(REQUEST_LINE_SLACK) {
        return Err(Bad(ParseError::TargetTooLong));
    }
    Ok((version, next))
}

/// The version field from `vs` and the CRLF after it.
fn version_slow(buf: &[u8], vs: usize) -> LineResult<(Version, usize)> {
    use LineErr::{Bad, Incomplete};
    let rest = buf.get(vs..).unwrap_or_default();
    let e = vs
        + rest
            .iter()
            .position(|&b| b == b'\r' || b == b'\n')
            .ok_or(Incomplete)?;
    match buf[e] {
        b'\n' => return Err(Bad(ParseError::BareLf)),
        _ => match buf.get(e + 1) {
            None => return Err(Incomplete),
            Some(b'\n') => {}
            Some(_) => return Err(Bad(ParseError::BareCr)),
        },
    }
    let field = &buf[vs..e];
    if field.contains(&b' ') {
        return Err(Bad(ParseError::BadRequestLine));
    }
    let version = match *field {
        [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
            if major.is_ascii_digit() && minor.is_ascii_digit() =>
        {
            if major != b'1' {
                return Err(Bad(ParseError::UnsupportedVersion));
            }
            if minor == b'0' {
                Version::Http10
            } else {
                Version::Http11
            }
        }
        _ => return Err(Bad(ParseError::BadVersion)),
    };
    Ok((version, e + 2))
}

struct TargetForm {
    path: Span,
    query: Option<Span>,
    path_is_root: bool,
    authority: Option<Span>,
}

/// Sorts a target that is not origin-form (`buf[ts..te]`, `query`: its first `?`) into the
/// asterisk, authority or absolute form.
#[cold]
fn target_form_other(
    buf: &[u8],
    method: Method,
    ts: usize,
    te: usize,
    query: Option<usize>,
) -> Result<TargetForm, ParseError> {
    let t = &buf[ts..te];
    // Authority-form and asterisk-form: the target is the whole "path".
    let whole_target =
        || TargetForm { path: Span::new(ts, te), query: None, path_is_root: false, authority: None };
    if method == Method::Connect {
        // authority-form: uri-host ":" port, nothing else.
        if t.iter().any(|&b| matches!(b, b'/' | b'?' | b'@' | b'#')) {
            return Err(ParseError::BadTarget);
        }
        let colon = t
            .iter()
            .rposition(|&b| b == b':')
            .ok_or(ParseError::BadTarget)?;
        let port = &t[colon + 1..];
        if colon == 0 || port.is_empty() || port.len() > 5 || !port.iter().all(u8::is_ascii_digit) {
            return Err(ParseError::BadTarget);
        }
        return Ok(whole_target());
    }
    if t == b"*" {
        if method != Method::Options {
            return Err(ParseError::BadTarget);
        }
        return Ok(whole_target());
    }
    // absolute-form: "http://" or "https://" authority [path] ["?" query].
    let skip = if t.len() >= 7 && t[..7].eq_ignore_ascii_case(b"http://") {
        7
    } else if t.len() >= 8 && t[..8].eq_ignore_ascii_case(b"https://") {
        8
    } else {
        return Err(ParseError::BadTarget);
    };
    let a_start = ts + skip;
    let a_end = a_start
        + buf[a_start..te]
            .iter()
            .position(|&b| b == b'/' || b == b'?')
            .unwrap_or(te - a_start);
    let authority = &buf[a_start..a_end];
    // An empty authority has no host; userinfo is refused (RFC 9110 §4.2.4).
    if authority.is_empty() || authority.contains(&b'@') {
        return Err(ParseError::BadTarget);
    }
    let path_end = query.unwrap_or(te);
    let (path, path_is_root) = if a_end < path_end {
        (Span::new(a_end, path_end), false)
    } else {
        (Span::new(a_end, a_end), true)
    };
    Ok(TargetForm {
        path,
        query: query.map(|q| Span::new(q + 1, te)),
        path_is_root,
        authority: Some(Span::new(a_start, a_end)),
    })
}

/// Parses one field line starting at `start` (which is not the empty line). Returns the field
/// and the index after its CRLF.
#[inline(always)]
fn header_line(buf: &[u8], start: usize) -> LineResult<(HeaderSpan, usize)> {
    let name_end = crate::sys::find_byte(buf, start, b':');
    if name_end == start || name_end == buf.len() || !all_tchar(&buf[start..name_end]) {
        return Err(name_error_at(buf, start));
    }
    let (vs, ve, next) = field_value(buf, name_end)?;
    Ok((
        HeaderSpan {
            name: Span::new(start, name_end),
            value: Span::new(vs, ve),
        },
        next,
    ))
}

/// The value of a field line whose colon is at `colon`: the value's trimmed bounds and the
/// index after the line's CRLF.
#[inline(always)]
fn field_value(buf: &[u8], colon: usize) -> LineResult<(usize, usize, usize)> {
    use LineErr::{Bad, Incomplete};
    let mut vs = colon + 1;
    if buf.get(vs) == Some(&b' ') {
        vs += 1;
    }
    let q = crate::sys::value_end(buf, vs);
    if buf.get(q..q + 2).map(|s| u16::from_le_bytes([s[0], s[1]]))
        != Some(u16::from_le_bytes(*b"\r\n"))
    {
        return Err(match buf.get(q) {
            None => Incomplete,
            Some(b'\r') => match buf.get(q + 1) {
                None => Incomplete,
                Some(_) => Bad(ParseError::BareCr),
            },
            Some(b'\n') => Bad(ParseError::BareLf),
            Some(_) => Bad(ParseError::BadHeaderValue),
        });
    }
    // Trim the optional whitespace around the value (usually there is none left). The value's
    // bytes at or below SP are SP and HTAB only. (`vs < q` and the CRLF at `q` put both reads
    // in bounds.)
    if q > vs && (buf[vs] <= b' ' || buf[q - 1] <= b' ') {
        let (vs, ve) = trim_span(buf, vs, q);
        return Ok((vs, ve, q + 2));
    }
    Ok((vs, q, q + 2))
}

/// An interpreted field name, or a common one known to be a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Name {
    Host,
    Connection,
    Expect,
    ContentLength,
    TransferEncoding,
    /// Another name, known to be a token.
    Token,
}

/// A field name with its colon, matched case-insensitively over three words: the bytes to OR
/// into each word (0x20 on letters only, so `-` and `:` match exactly), the bytes that count,
/// and the expected lower-case text.
struct Pattern {
    or: [u64; 3],
    and: [u64; 3],
    text: [u64; 3],
    /// Index of the colon.
    colon: usize,
    name: Name,
}

const fn pattern(text: &[u8], name: Name) -> Pattern {
    let mut p = Pattern {
        or: [0; 3],
        and: [0; 3],
        text: [0; 3],
        colon: text.len() - 1,
        name,
    };
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        let shift = (i % 8) * 8;
        if b.is_ascii_lowercase() {
            p.or[i / 8] |= 0x20 << shift;
        }
        p.and[i / 8] |= 0xff << shift;
        p.text[i / 8] |= (b as u64) << shift;
        i += 1;
    }
    p
}

const HOST: Pattern = pattern(b"host:", Name::Host);
const CONNECTION: Pattern = pattern(b"connection:", Name::Connection);
const EXPECT: Pattern = pattern(b"expect:", Name::Expect);
const CONTENT_LENGTH: Pattern = pattern(b"content-length:", Name::ContentLength);
const TRANSFER_ENCODING: Pattern = pattern(b"transfer-encoding:", Name::TransferEncoding);
const ACCEPT: Pattern = pattern(b"accept:", Name::Token);
const ACCEPT_ENCODING: Pattern = pattern(b"accept-encoding:", Name::Token);
const ACCEPT_LANGUAGE: Pattern = pattern(b"accept-language:", Name::Token);
const CONTENT_TYPE: Pattern = pattern(b"content-type:", Name::Token);
const COOKIE: Pattern = pattern(b"cookie:", Name::Token);
const USER_AGENT: Pattern = pattern(b"user-agent:", Name::Token);

impl Pattern {
    /// Whether the pattern is at `p` (reading only the words it covers).
    #[inline(always)]
    fn at(&self, buf: &[u8], p: usize) -> Option<(Name, usize)> {
        let words = self.colon / 8 + 1;
        // (`p` is inside `buf`, so this split never overflows, unlike `p + 8 * words`.)
        let w = buf.get(p..)?.get(..8 * words)?;
        let word = |i: usize| (load(w, 8 * i) | self.or[i]) & self.and[i] == self.text[i];
        let hit = word(0) && (words < 2 || word(1)) && (words < 3 || word(2));
        hit.then_some((self.name, p + self.colon))
    }
}

/// Recognises a common field name and its colon at `p`. `None` means "not recognised", not
/// "invalid".
#[inline(always)]
fn probe_name(buf: &[u8], p: usize) -> Option<(Name, usize)> {
    match buf[p] | 0x20 {
        b'h' => HOST.at(buf, p),
        b'a' => ACCEPT
            .at(buf, p)
            .or_else(|| ACCEPT_ENCODING.at(buf, p))
            .or_else(|| ACCEPT_LANGUAGE.at(buf, p)),
        b'c' => CONNECTION
            .at(buf, p)
            .or_else(|| CONTENT_LENGTH.at(buf, p))
            .or_else(|| CONTENT_TYPE.at(buf, p))
            .or_else(|| COOKIE.at(buf, p)),
        b'u' => USER_AGENT.at(buf, p),
        b't' => TRANSFER_ENCODING.at(buf, p),
        b'e' => EXPECT.at(buf, p),
        _ => None,
    }
}

/// Classifies a valid field name that [`probe_name`] did not recognise.
#[cold]
fn name_kind(name: &[u8]) -> Name {
    match name.len() {
        4 if eq_ci(name, b"host") => Name::Host,
        6 if eq_ci(name, b"expect") => Name::Expect,
        10 if eq_ci(name, b"connection") => Name::Connection,
        14 if eq_ci(name, b"content-length") => Name::ContentLength,
        17 if eq_ci(name, b"transfer-encoding") => Name::TransferEncoding,
        _ => Name::Token,
    }
}

/// `vs..ve` without leading and trailing SP / HTAB.
#[cold]
fn trim_span(buf: &[u8], mut vs: usize, mut ve: usize) -> (usize, usize) {
    while vs < ve && matches!(buf[vs], b' ' | b'\t') {
        vs += 1;
    }
    while ve > vs && matches!(buf[ve - 1], b' ' | b'\t') {
        ve -= 1;
    }
    (vs, ve)
}

/// The error of a field line whose name is not a non-empty token followed by a colon.
#[cold]
fn name_error_at(buf: &[u8], start: usize) -> LineErr {
    let e = token_end(buf, start);
    match buf.get(e) {
        None => LineErr::Incomplete,
        Some(_) => name_error(buf, start, e),
    }
}

/// Classifies a field line whose name (from `start`) stopped at `p` on something other than a
/// colon after a non-empty token.
#[cold]
fn name_error(buf: &[u8], start: usize, mut p: usize) -> LineErr {
    use LineErr::{Bad, Incomplete};
    match buf[p] {
        b' ' | b'\t' if p == start => return Bad(ParseError::ObsFold),
        b' ' | b'\t' => {
            while let Some(b' ' | b'\t') = buf.get(p) {
                p += 1;
            }
            if buf.get(p) == Some(&b':') {
                return Bad(ParseError::SpaceBeforeColon);
            }
        }
        _ => {}
    }
    // Anything else: a bad name when a colon follows on this line, else a missing colon.
    let rest = &buf[p..];
    match rest.iter().position(|&b| matches!(b, b':' | b'\r' | b'\n')) {
        None => Incomplete,
        Some(k) => match rest[k] {
            b':' => Bad(ParseError::BadHeaderName),
            b'\r' => at_cr(buf, p + k, ParseError::MissingColon),
            _ => Bad(ParseError::BareLf),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// Interpreted fields
// ---------------------------------------------------------------------------------------------

/// What the interpreted fields said so far.
#[derive(Clone, Copy, Default)]
struct Fields {
    host: Option<Span>,
    /// `Host` fields seen (at most `MAX_HEADERS`, so a `u8` cannot overflow).
    hosts: u8,
    /// A `Content-Length` or `Transfer-Encoding` field was seen: `finish` has more to check.
    framing: bool,
    content_length: Option<u64>,
    content_lengths: u8,
    content_length_bad: bool,
    te: bool,
    te_chunked: u8,
    te_last_chunked: bool,
    te_other_known: bool,
    te_unknown: bool,
    te_syntax: bool,
    connection: ConnectionFlags,
    expect: Expect,
}

impl Fields {
    /// Folds in one field.
    #[inline(always)]
    fn add(&mut self, buf: &[u8], name: Name, h: HeaderSpan) {
        match name {
            Name::Token => {}
            Name::Host => {
                self.hosts += 1;
                self.host = Some(h.value);
            }
            Name::Connection => self.connection(h.value.get(buf)),
            Name::Expect => self.expect(h.value.get(buf)),
            Name::ContentLength => self.content_length(h.value.get(buf)),
            Name::TransferEncoding => self.transfer_encoding(h.value.get(buf)),
        }
    }

    #[inline]
    fn connection(&mut self, v: &[u8]) {
        if eq_ci(v, b"keep-alive") {
            self.connection.keep_alive = true;
        } else if eq_ci(v, b"close") {
            self.connection.close = true;
        } else {
            self.connection_list(v);
        }
    }

    #[cold]
    fn connection_list(&mut self, v: &[u8]) {
        for token in v.split(|&b| b == b',').map(trim_ows) {
            if eq_ci(token, b"close") {
                self.connection.close = true;
            } else if eq_ci(token, b"keep-alive") {
                self.connection.keep_alive = true;
            } else if eq_ci(token, b"upgrade") {
                self.connection.upgrade = true;
            }
        }
    }

    #[cold]
    fn expect(&mut self, v: &[u8]) {
        let cont = eq_ci(v, b"100-continue");
        self.expect = match (self.expect, cont) {
            (Expect::None | Expect::Continue, true) => Expect::Continue,
            _ => Expect::Unknown,
        };
    }

    #[cold]
    fn content_length(&mut self, v: &[u8]) {
        self.framing = true;
        self.content_lengths = self.content_lengths.saturating_add(1);
        match parse_content_length(v) {
            Some(n) => self.content_length = Some(n),
            None => self.content_length_bad = true,
        }
    }

    #[cold]
    fn transfer_encoding(&mut self, v: &[u8]) {
        self.framing = true;
        self.te = true;
        for coding in v.split(|&b| b == b',').map(trim_ows) {
            if coding.is_empty() || !coding.iter().all(|&b| TCHAR[b as usize]) {
                self.te_syntax = true;
                self.te_last_chunked = false;
            } else if eq_ci(coding, b"chunked") {
                self.te_chunked = self.te_chunked.saturating_add(1);
                self.te_last_chunked = true;
            } else {
                self.te_last_chunked = false;
                let known = [
                    b"gzip" as &[u8],
                    b"x-gzip",
                    b"deflate",
                    b"compress",
                    b"x-compress",
                    b"identity",
                ]
                .iter()
                .any(|k| eq_ci(coding, k));
                if known {
                    self.te_other_known = true;
                } else {
                    self.te_unknown = true;
                }
            }
        }
    }

    /// The checks across fields, once the head is complete. Returns whether the body is chunked.
    #[inline(always)]
    fn finish(&self, version: Version) -> Result<bool, ParseError> {
        // The usual head: one Host, no framing fields.
        if self.hosts == 1 && !self.framing {
            return Ok(false);
        }
        self.finish_checks(version)
    }

    #[cold]
    fn finish_checks(&self, version: Version) -> Result<bool, ParseError> {
        if self.hosts > 1 {
            return Err(ParseError::DuplicateHost);
        }
        if self.hosts == 0 && version == Version::Http11 {
            return Err(ParseError::MissingHost);
        }
        if self.content_lengths > 1 {
            return Err(ParseError::DuplicateContentLength);
        }
        if self.content_length_bad {
            return Err(ParseError::BadContentLength);
        }
        if !self.te {
            return Ok(false);
        }
        self.finish_te(version)
    }

    #[cold]
    fn finish_te(&self, version: Version) -> Result<bool, ParseError> {
        if version == Version::Http10 {
            return Err(ParseError::TransferEncodingInHttp10);
        }
        if self.content_lengths > 0 {
            return Err(ParseError::ContentLengthWithTransferEncoding);
        }
        if self.te_syntax {
            return Err(ParseError::BadTransferEncoding);
        }
        if self.te_unknown {
            return Err(ParseError::UnknownTransferEncoding);
        }
        if !self.te_last_chunked || self.te_chunked > 1 {
            return Err(ParseError::BadTransferEncoding);
        }
        if self.te_other_known {
            return Err(ParseError::UnknownTransferEncoding);
        }
        Ok(true)
    }
}

/// `Content-Length`: 1 to 19 ASCII digits.
fn parse_content_length(v: &[u8]) -> Option<u64> {
    if v.is_empty() || v.len() > 19 {
        return None;
    }
    let mut n: u64 = 0;
    for &b in v {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(d))?;
    }
    Some(n)
}

// ---------------------------------------------------------------------------------------------
// The fused pass
// ---------------------------------------------------------------------------------------------

/// Bytes a request line may take, CRLF included, beyond `max_target`.
const REQUEST_LINE_SLACK: usize = 34;

/// Parses a head that is expected to be complete in `buf`. `Ok(None)` here means "not a
/// complete, valid head": the scanner decides what that is (incomplete, or which error comes
/// first). `Err(e)` is an error across fields of a complete, well-formed head. (The result type
/// is the public one so that the head is built where it is returned.)
#[inline(always)]
fn parse_complete(
    buf: &[u8],
    limits: &Limits,
    headers: &mut [HeaderSpan; MAX_HEADERS],
) -> Result<Option<Head>, ParseError> {
    let rl_start = match buf.first() {
        Some(b'\r') if buf.get(1) == Some(&b'\n') => 2,
        Some(b'\r') => return Ok(None),
        _ => 0,
    };
    let Ok(rl) = request_line(buf, rl_start, limits) else {
        return Ok(None);
    };
    let max_headers = limits.max_headers.min(MAX_HEADERS);
    let mut fields = Fields::default();
    let mut n = 0;
    let mut p = rl.next;
    loop {
        match buf.get(p) {
            Some(b'\r') => {
                if buf.get(p + 1) == Some(&b'\n') {
                    p += 2;
                    break;
                }
                return Ok(None);
            }
            None => return Ok(None),
            Some(_) => {}
        }
        if n >= max_headers {
            return Ok(None);
        }
        let (name, name_end) = match probe_name(buf, p) {
            Some(known) => known,
            None => {
                let name_end = crate::sys::find_byte(buf, p, b':');
                if name_end == p || name_end == buf.len() || !all_tchar(&buf[p..name_end]) {
                    return Ok(None);
                }
                (name_kind(&buf[p..name_end]), name_end)
            }
        };
        let Ok((vs, ve, next)) = field_value(buf, name_end) else {
            return Ok(None);
        };
        let h = HeaderSpan {
            name: Span::new(p, name_end),
            value: Span::new(vs, ve),
        };
        headers[n] = h;
        n += 1;
        fields.add(buf, name, h);
        p = next;
    }
    if p > limits.max_head {
        return Ok(None);
    }
    let chunked = fields.finish(rl.version)?;
    Ok(Some(Head {
        method: rl.method,
        method_span: Span::new(rl_start, rl.method_end),
        target: rl.target,
        path: rl.path,
        query: rl.query,
        path_is_root: rl.path_is_root,
        version: rl.version,
        header_count: n,
        head_len: p,
        content_length: if chunked { None } else { fields.content_length },
        chunked,
        connection: fields.connection,
        expect: fields.expect,
        host: rl.authority.or(fields.host),
    }))
}

// ---------------------------------------------------------------------------------------------
// The incremental scanner
// ---------------------------------------------------------------------------------------------

/// Incremental scan state for one request head: remembers how far the buffer was checked, so a
/// head arriving in many reads is not re-scanned from its start on each read.
#[derive(Clone, Debug, Default)]
pub struct HeadScanner {
    /// The search for the next `\n` resumes here; 0 means a fresh scanner.
    scanned: usize,
    /// Start of the line being received.
    line_start: usize,
    /// Start of the request line (2 after a tolerated leading CRLF).
    rl_start: usize,
    /// How far the method bytes were checked.
    method_pos: usize,
    /// The method's end (or the line's) was seen.
    method_done: bool,
    /// The request line is complete; field lines follow.
    in_headers: bool,
    /// Field lines completed.
    count: usize,
}

impl HeadScanner {
    /// Forgets progress (the next call starts a new head).
    pub fn reset(&mut self) {
        *self = HeadScanner::default();
    }

    /// Scans complete lines from where the last call stopped. `Ok(Some(head_len))` once the
    /// empty line ending the head is there.
    fn scan(&mut self, buf: &[u8], limits: &Limits) -> Result<Option<usize>, ParseError> {
        if self.scanned > buf.len() {
            // Not the buffer this scan started on: start over.
            self.reset();
        }
        let rl_room = limits.max_target.saturating_add(REQUEST_LINE_SLACK);
        loop {
            // No `\n` may sit at or after `limit_end`.
            let (limit_end, limit_err) = if self.in_headers {
                (limits.max_head, ParseError::HeadTooLarge)
            } else {
                let rl_end = self.rl_start.saturating_add(rl_room);
                if rl_end <= limits.max_head {
                    (rl_end, ParseError::TargetTooLong)
                } else {
                    (limits.max_head, ParseError::HeadTooLarge)
                }
            };
            let win_end = buf.len().min(limit_end);
            let from = self.scanned;
            if from > win_end {
                // Only reachable when the limits changed between calls.
                return Err(limit_err);
            }
            if !self.in_headers && !self.method_done {
                let m = self.method_pos.max(self.line_start);
                if let Some(k) = buf[m..win_end].iter().position(|&b| !TCHAR[b as usize]) {
                    self.method_done = true;
                    if !matches!(buf[m + k], b' ' | b'\r' | b'\n') {
                        return Err(ParseError::BadMethod);
                    }
                } else {
                    self.method_pos = win_end;
                }
            }
            let Some(k) = memchr::memchr(b'\n', &buf[from..win_end]) else {
                if buf.len() >= limit_end {
                    return Err(limit_err);
                }
                self.scanned = win_end;
                return Ok(None);
            };
            let i = from + k;
            if i == 0 || buf[i - 1] != b'\r' {
                return Err(ParseError::BareLf);
            }
            let line = self.line_start;
            let next = i + 1;
            let upto = &buf[..next];
            if i - 1 == line {
                if self.in_headers {
                    return Ok(Some(next));
                }
                if line != 0 {
                    return Err(ParseError::LeadingEmptyLines);
                }
                self.rl_start = next;
                self.method_pos = next;
                self.method_done = false;
            } else if !self.in_headers {
                request_line(upto, line, limits).map_err(complete_line)?;
                self.in_headers = true;
            } else {
                self.count += 1;
                if self.count > limits.max_headers.min(MAX_HEADERS) {
                    return Err(ParseError::TooManyHeaders);
                }
                header_line(upto, line).map_err(complete_line)?;
            }
            self.line_start = next;
            self.scanned = next;
        }
    }
}

/// The error of a line known to be complete.
fn complete_line(e: LineErr) -> ParseError {
    match e {
        LineErr::Bad(e) => e,
        LineErr::Incomplete => {
            debug_assert!(false, "a complete line parsed as incomplete");
            ParseError::BadRequestLine
        }
    }
}

/// Parses the request head at the start of `buf`.
///
/// `Ok(None)` means more bytes are needed. On `Ok(Some(head))` the scanner is reset, the first
/// `head.header_count` entries of `headers` are filled and `head.head_len` bytes were consumed.
/// On `Err` the scanner is reset too. Between calls for one head, `buf` must keep its prefix and
/// only grow.
pub fn parse_head(
    buf: &[u8],
    scanner: &mut HeadScanner,
    limits: &Limits,
    headers: &mut [HeaderSpan; MAX_HEADERS],
) -> Result<Option<Head>, ParseError> {
    parse_head_inline(buf, scanner, limits, headers)
}

/// [`parse_head`], inlined into its caller: a connection's request loop parses every request
/// with it, and inlined, the head it builds is used where it is built instead of being returned
/// through memory.
#[inline(always)]
pub(crate) fn parse_head_inline(
    buf: &[u8],
    scanner: &mut HeadScanner,
    limits: &Limits,
    headers: &mut [HeaderSpan; MAX_HEADERS],
) -> Result<Option<Head>, ParseError> {
    if scanner.scanned == 0 {
        match parse_complete(buf, limits, headers) {
            Ok(None) => {}
            done => return done,
        }
    }
    slow_path(buf, scanner, limits, headers)
}

#[cold]
#[inline(never)]
fn slow_path(
    buf: &[u8],
    scanner: &mut HeadScanner,
    limits: &Limits,
    headers: &mut [HeaderSpan; MAX_HEADERS],
) -> Result<Option<Head>, ParseError> {
    let head_len = match scanner.scan(buf, limits) {
        Ok(None) => return Ok(None),
        Ok(Some(n)) => n,
        Err(e) => {
            scanner.reset();
            return Err(e);
        }
    };
    scanner.reset();
    match parse_complete(&buf[..head_len], limits, headers) {
        Ok(Some(head)) => Ok(Some(head)),
        Err(e) => Err(e),
        Ok(None) => {
            debug_assert!(false, "the scanner accepted a head the parser refuses");
            Err(ParseError::BadRequestLine)
        }
    }
}
