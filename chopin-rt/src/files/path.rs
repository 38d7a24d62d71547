//! Request path → relative file path: percent-decoding and refusal of anything that could name
//! a file outside the served directory. The kernel (`openat2` with `RESOLVE_BENEATH`) enforces
//! the same again; this check makes the refusal independent of the file system's contents.

/// Why a path was refused.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum PathError {
    /// A `%` not followed by two hex digits (answered with 400).
    BadEscape,
    /// A NUL, a backslash, a `..` segment or bytes that are not UTF-8 (answered with 404).
    Forbidden,
}

/// A decoded, normalised path relative to the served directory.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct CleanPath {
    /// Segments joined by `/`, without empty or `.` segments; empty for the directory itself.
    pub(super) rel: String,
    /// The request path ended with `/` or `/.`: it must name a directory (as the kernel would
    /// require when resolving it unnormalised).
    pub(super) must_be_dir: bool,
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `raw` (a `+` stays a `+`: that is form encoding, not path encoding).
fn percent_decode(raw: &[u8]) -> Result<Vec<u8>, PathError> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            let (Some(&h), Some(&l)) = (raw.get(i + 1), raw.get(i + 2)) else {
                return Err(PathError::BadEscape);
            };
            let (Some(h), Some(l)) = (hex(h), hex(l)) else {
                return Err(PathError::BadEscape);
            };
            out.push(h << 4 | l);
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// Decodes and checks the still percent-encoded path below the mount point.
///
/// Leading slashes, empty segments and `.` segments are dropped (so an "absolute" path is taken
/// relative to the served directory); a `..` segment anywhere (also when produced by decoding,
/// e.g. `%2e%2e` or `%2f..%2f`), a NUL or a backslash refuses the path outright rather than being
/// resolved, as is a decoded path that is not UTF-8.
pub(super) fn clean(raw: &str) -> Result<CleanPath, PathError> {
    let decoded = percent_decode(raw.as_bytes())?;
    if decoded.iter().any(|&b| b == 0 || b == b'\\') {
        return Err(PathError::Forbidden);
    }
    let decoded = String::from_utf8(decoded).map_err(|_| PathError::Forbidden)?;
    let mut rel = String::with_capacity(decoded.len());
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return Err(PathError::Forbidden),
            _ => {
                if !rel.is_empty() {
                    rel.push('/');
                }
                rel.push_str(seg);
            }
        }
    }
    let must_be_dir = matches!(decoded.rsplit('/').next(), Some("" | "."));
    Ok(CleanPath { rel, must_be_dir })
}
