//! Validators (`ETag`, `Last-Modified`) and conditional requests (RFC 9110 §8.8, §13).

use std::fs::Metadata;
use std::os::unix::fs::MetadataExt;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::date::{fmt_imf_fixdate, parse_http_date};
use crate::request::Request;

/// The validators of one file, from `fstat` on the open descriptor.
#[derive(Debug)]
pub(super) struct Validators {
    /// The strong entity tag, quotes included: `"<inode>-<size>-<mtime ns>"` in hex.
    pub(super) etag: String,
    /// `Last-Modified` in unix seconds: the file's mtime, or the current time if the mtime is in
    /// the future (RFC 9110 §8.8.2.1); `None` for an mtime before 1970.
    pub(super) last_modified: Option<u64>,
    /// `Last-Modified` may serve as a strong validator for `If-Range` (RFC 9110 §8.8.2.2): the
    /// second it names ended before now, so no later change can carry the same date.
    pub(super) last_modified_strong: bool,
}

impl Validators {
    pub(super) fn new(meta: &Metadata) -> Validators {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let (secs, nsec) = (meta.mtime(), meta.mtime_nsec());
        // Nanoseconds since the epoch, as two's complement so pre-1970 times still differ.
        let mtime_ns = (i128::from(secs) * 1_000_000_000 + i128::from(nsec)) as u128;
        let etag = format!("\"{:x}-{:x}-{:x}\"", meta.ino(), meta.size(), mtime_ns);
        let (last_modified, last_modified_strong) = match u64::try_from(secs) {
            Ok(s) if s < now => (Some(s), true),
            Ok(_) => (Some(now), false),
            Err(_) => (None, false),
        };
        Validators { etag, last_modified, last_modified_strong }
    }

    /// `Last-Modified` as an IMF-fixdate.
    pub(super) fn last_modified_text(&self) -> Option<[u8; 29]> {
        self.last_modified.map(fmt_imf_fixdate)
    }
}

/// The outcome of the preconditions.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Precondition {
    /// Go on to serve the file (and look at `Range`).
    Proceed,
    /// 304 Not Modified.
    NotModified,
    /// 412 Precondition Failed.
    Failed,
}

/// The values of every field line named `name`, in order.
fn lines<'a>(req: &Request<'a>, name: &'static str) -> impl Iterator<Item = &'a [u8]> + 'a {
    req.headers().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// The value of a singleton field: `None` when absent, `Some(None)` when sent more than once
/// (which makes it a list, invalid for a singleton).
pub(super) fn single<'a>(req: &Request<'a>, name: &'static str) -> Option<Option<&'a [u8]>> {
    let mut it = lines(req, name);
    let first = it.next()?;
    Some(if it.next().is_some() { None } else { Some(first) })
}

fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Calls `f(weak, opaque_tag)` for each entity-tag of a `#entity-tag` list (`opaque_tag`
/// includes its quotes); empty list elements are skipped. Stops and returns `false` at a
/// syntax error (tags before it have been reported).
fn each_etag(v: &[u8], mut f: impl FnMut(bool, &[u8])) -> bool {
    let mut i = 0;
    loop {
        while i < v.len() && (is_ows(v[i]) || v[i] == b',') {
            i += 1;
        }
        if i == v.len() {
            return true;
        }
        // entity-tag = [ weak ] opaque-tag; weak = %s"W/"; opaque-tag = DQUOTE *etagc DQUOTE
        let weak = v[i..].starts_with(b"W/");
        if weak {
            i += 2;
        }
        if v.get(i) != Some(&b'"') {
            return false;
        }
        let start = i;
        i += 1;
        while i < v.len() && v[i] != b'"' {
            // etagc = %x21 / %x23-7E / obs-text
            if v[i] < 0x21 || v[i] == 0x7f {
                return false;
            }
            i += 1;
        }
        if i == v.len() {
            return false;
        }
        i += 1;
        f(weak, &v[start..i]);
        while i < v.len() && is_ows(v[i]) {
            i += 1;
        }
        if i < v.len() && v[i] != b',' {
            return false;
        }
    }
}

/// Whether `If-Match`/`If-None-Match` field lines match `etag`: `*` matches any current
/// representation; otherwise strong or weak comparison (RFC 9110 §8.8.3.2) against each listed
/// tag. A malformed list matches through the tags before the error only.
fn list_matches<'a>(values: impl Iterator<Item = &'a [u8]>, etag: &str, strong: bool) -> bool {
    let mut found = false;
    for v in values {
        if trim(v) == b"*" {
            return true;
        }
        each_etag(v, |weak, tag| found |= (!strong || !weak) && tag == etag.as_bytes());
        if found {
            return true;
        }
    }
    false
}

fn trim(v: &[u8]) -> &[u8] {
    let start = v.iter().position(|&b| !is_ows(b)).unwrap_or(v.len());
    let end = v.iter().rposition(|&b| !is_ows(b)).map_or(start, |e| e + 1);
    &v[start..end]
}

/// A singleton date field, or `None` when absent, repeated or not a valid HTTP-date (such a
/// field is ignored: RFC 9110 §13.1.3, §13.1.4).
fn date_field(req: &Request<'_>, name: &'static str) -> Option<u64> {
    single(req, name).flatten().and_then(parse_http_date)
}

/// Evaluates `If-Match`, `If-Unmodified-Since`, `If-None-Match` and `If-Modified-Since` in the
/// order of RFC 9110 §13.2.2, for a GET or HEAD of an existing file.
pub(super) fn evaluate(req: &Request<'_>, v: &Validators) -> Precondition {
    // 1. If-Match (strong comparison); 2. If-Unmodified-Since only without If-Match.
    if lines(req, "if-match").next().is_some() {
        if !list_matches(lines(req, "if-match"), &v.etag, true) {
            return Precondition::Failed;
        }
    } else if let (Some(date), Some(lm)) = (date_field(req, "if-unmodified-since"), v.last_modified)
        && lm > date
    {
        return Precondition::Failed;
    }
    // 3. If-None-Match (weak comparison); 4. If-Modified-Since only without If-None-Match.
    if lines(req, "if-none-match").next().is_some() {
        if list_matches(lines(req, "if-none-match"), &v.etag, false) {
            return Precondition::NotModified;
        }
    } else if let (Some(date), Some(lm)) = (date_field(req, "if-modified-since"), v.last_modified)
        && lm <= date
    {
        return Precondition::NotModified;
    }
    Precondition::Proceed
}

/// Whether `If-Range` lets the `Range` header be honoured (RFC 9110 §13.1.5): absent, or an
/// entity-tag that strongly matches, or an HTTP-date exactly equal to `Last-Modified` when that
/// is strong. Anything else — a weak or different tag, another date, a malformed or repeated
/// field — means the range is ignored and the whole file is sent.
pub(super) fn if_range_allows(req: &Request<'_>, v: &Validators) -> bool {
    let Some(value) = single(req, "if-range") else { return true };
    let Some(value) = value.map(trim) else { return false };
    // An entity-tag is told from a date by a DQUOTE among the first three characters.
    if value.iter().take(3).any(|&b| b == b'"') {
        let mut tags = 0;
        let mut matched = false;
        let ok = each_etag(value, |weak, tag| {
            tags += 1;
            matched = !weak && tag == v.etag.as_bytes();
        });
        return ok && tags == 1 && matched;
    }
    match (v.last_modified_text(), v.last_modified_strong) {
        (Some(lm), true) => value == lm,
        _ => false,
    }
}
