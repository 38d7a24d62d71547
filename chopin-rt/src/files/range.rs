//! The `Range` request header (RFC 9110 §14.1–14.2) for the `bytes` unit.

/// At most this many range specs are honoured; a request with more is answered in full.
pub(super) const MAX_RANGES: usize = 16;

/// What to do with a `Range` header, given the representation's length.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum RangeOutcome {
    /// Answer 200 with the whole representation: the header is malformed, uses another unit, or
    /// was refused as abusive (more than [`MAX_RANGES`] specs, or satisfiable ranges totalling
    /// more than twice the length).
    Ignore,
    /// No spec is satisfiable: 416 with `Content-Range: bytes */len`.
    Unsatisfiable,
    /// The satisfiable ranges as inclusive `(first, last)` byte positions, in request order
    /// (neither sorted nor coalesced; unsatisfiable specs are dropped). Never empty.
    Ranges(Vec<(u64, u64)>),
}

/// One `range-spec`.
#[derive(Clone, Copy, Debug)]
enum Spec {
    /// `first-last` or `first-` (`last` is `u64::MAX` when absent).
    Int(u64, u64),
    /// `-suffix`.
    Suffix(u64),
}

/// `1*DIGIT` → value, saturating at `u64::MAX` (a larger position is past any file's end, so
/// saturation does not change the outcome); `None` unless all digits and non-empty.
fn number(s: &[u8]) -> Option<u64> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u64, |n, &d| n.saturating_mul(10).saturating_add(u64::from(d - b'0'))))
}

/// `a > b` for two digit strings of any length (exact even beyond `u64`).
fn decimal_gt(a: &[u8], b: &[u8]) -> bool {
    let strip = |s: &[u8]| -> usize { s.iter().take_while(|&&d| d == b'0').count() };
    let (a, b) = (&a[strip(a)..], &b[strip(b)..]);
    (a.len(), a) > (b.len(), b)
}

fn spec(s: &[u8]) -> Option<Spec> {
    let dash = s.iter().position(|&b| b == b'-')?;
    let (first, last) = (&s[..dash], &s[dash + 1..]);
    if first.is_empty() {
        return Some(Spec::Suffix(number(last)?));
    }
    let f = number(first)?;
    if last.is_empty() {
        return Some(Spec::Int(f, u64::MAX));
    }
    let l = number(last)?;
    // first-pos greater than last-pos is invalid syntax (RFC 9110 §14.1.1).
    if decimal_gt(first, last) {
        return None;
    }
    Some(Spec::Int(f, l))
}

fn is_ows(b: &u8) -> bool {
    *b == b' ' || *b == b'\t'
}

fn trim_ows(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s
        && is_ows(first)
    {
        s = rest;
    }
    while let [rest @ .., last] = s
        && is_ows(last)
    {
        s = rest;
    }
    s
}

/// Parses the header into specs; `None` when it must be ignored (malformed, another unit, or
/// more than [`MAX_RANGES`] specs).
fn parse(value: &[u8]) -> Option<Vec<Spec>> {
    let value = trim_ows(value);
    let eq = value.iter().position(|&b| b == b'=')?;
    // The range unit is compared case-insensitively (RFC 9110 §14.1).
    if !value[..eq].eq_ignore_ascii_case(b"bytes") {
        return None;
    }
    let mut specs = Vec::new();
    // `1#range-spec`: elements separated by OWS "," OWS; empty elements are tolerated
    // (RFC 9110 §5.6.1.2) but at least one spec is required.
    for elem in value[eq + 1..].split(|&b| b == b',') {
        let elem = trim_ows(elem);
        if elem.is_empty() {
            continue;
        }
        if specs.len() == MAX_RANGES {
            return None;
        }
        specs.push(spec(elem)?);
    }
    if specs.is_empty() { None } else { Some(specs) }
}

/// Evaluates a `Range` header value against a representation of `len` bytes.
///
/// A spec is satisfiable when its first position is below `len` (`last` is clamped to
/// `len - 1`), or when it is a non-zero suffix of a non-empty representation (a suffix longer
/// than the representation selects all of it). A zero-length representation has no
/// satisfiable range.
pub(super) fn evaluate(value: &[u8], len: u64) -> RangeOutcome {
    let Some(specs) = parse(value) else { return RangeOutcome::Ignore };
    let mut ranges = Vec::with_capacity(specs.len());
    for s in specs {
        match s {
            Spec::Int(first, last) if first < len => ranges.push((first, last.min(len - 1))),
            Spec::Suffix(n) if n > 0 && len > 0 => ranges.push((len.saturating_sub(n), len - 1)),
            _ => {}
        }
    }
    if ranges.is_empty() {
        return RangeOutcome::Unsatisfiable;
    }
    // Overlapping ranges could make a small file produce a large response: refuse the request
    // for ranges (and send the file once) when they add up to more than twice its length.
    let total: u128 = ranges.iter().map(|&(a, b)| u128::from(b - a) + 1).sum();
    if total > 2 * u128::from(len) {
        return RangeOutcome::Ignore;
    }
    RangeOutcome::Ranges(ranges)
}
