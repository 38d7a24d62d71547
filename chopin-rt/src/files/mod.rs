//! Static files: a [`StaticDir`] answers GET and HEAD for the files below one directory, with
//! validators, conditional requests (RFC 9110 §13) and byte ranges (RFC 9110 §14), sending file
//! contents with `sendfile` ([`Body::File`]).
//!
//! ```no_run
//! use chopin_rt::files::StaticDir;
//! use chopin_rt::{OwnedRequest, Method};
//! let dir = StaticDir::open("./public")?;
//! let req = OwnedRequest::new(Method::Get, "/files/app.js", &[("Range", "bytes=0-99")], b"");
//! let res = dir.serve(&req.as_request(), "app.js");
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! # Confinement
//!
//! The request path is percent-decoded and refused (404) if it holds a `..` segment, a NUL or a
//! backslash, before any file system access. Files are then opened with `openat2` and
//! `RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS` relative to the directory opened once by
//! [`StaticDir::open`], so the kernel refuses any resolution that leaves it, including through
//! symbolic links (relative links that stay inside are followed; absolute links never are).
//! Only regular files are served; a directory serves its `index.html`.
//!
//! # Ranges
//!
//! Satisfiable ranges are served in the order requested, neither sorted nor coalesced (RFC 9110
//! §14.2 allows either). More than 16 ranges, or ranges adding up to more than twice the file's
//! length, are not honoured: the whole file is sent with 200.

mod conditional;
mod mime;
mod path;
mod range;
#[cfg(test)]
mod tests;

pub use mime::mime_for;

use std::fs::{File, Metadata, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::http::Method;
use crate::request::Request;
use crate::response::{Body, BodyPart, FileRange, Response, Status};
use crate::sys::open_beneath;

use conditional::{Precondition, Validators};
use path::{CleanPath, PathError};
use range::RangeOutcome;

/// The file a directory is answered with.
const INDEX: &str = "index.html";

/// A directory served read-only.
///
/// The directory is opened once; every file is opened relative to that descriptor and confined
/// below it by the kernel (see the [module documentation](self)).
#[derive(Debug)]
pub struct StaticDir {
    /// The directory, opened with `O_DIRECTORY`.
    dir: File,
    /// Its canonical path (used only to refuse special files before opening them).
    path: PathBuf,
}

fn not_found() -> Response {
    Response::error(Status::NOT_FOUND, "not found")
}

fn internal_error() -> Response {
    Response::error(Status::INTERNAL_SERVER_ERROR, "")
}

/// Maps an open error: anything that means "no such file for you" is a 404 (without saying
/// which), other failures (descriptor exhaustion, I/O errors) a 500.
fn open_error(e: &io::Error) -> Response {
    match e.raw_os_error() {
        Some(
            libc::ENOENT
            | libc::ENOTDIR
            | libc::EXDEV
            | libc::ELOOP
            | libc::EACCES
            | libc::EPERM
            | libc::ENAMETOOLONG
            | libc::ENXIO
            | libc::ENODEV,
        ) => not_found(),
        None if e.kind() == io::ErrorKind::InvalidInput => not_found(),
        _ => internal_error(),
    }
}

/// A `multipart/byteranges` boundary: 32 characters of `[0-9a-f]`, a keyed hash (random key per
/// process) of the entity-tag and a per-process counter, followed by that counter.
fn boundary(etag: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    static KEY: OnceLock<std::collections::hash_map::RandomState> = OnceLock::new();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut h = KEY.get_or_init(Default::default).build_hasher();
    h.write(etag.as_bytes());
    h.write_u64(n);
    format!("{:016x}{n:016x}", h.finish())
}

impl StaticDir {
    /// Opens the directory at `path` to serve the files below it.
    pub fn open(path: impl AsRef<Path>) -> io::Result<StaticDir> {
        let path = std::fs::canonicalize(path)?;
        let dir = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_CLOEXEC)
            .open(&path)?;
        Ok(StaticDir { dir, path })
    }

    /// The served directory's canonical path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Answers `req` for the file at `rel_path` (the still percent-encoded path below the mount
    /// point, e.g. the `*path` part of `/files/*path`; a leading `/` is ignored).
    ///
    /// GET and HEAD only (405 with `Allow: GET, HEAD` otherwise); the response to HEAD is that
    /// to GET, the runtime leaves out the body. A malformed percent-escape is a 400; a path that
    /// is refused, does not exist, is not readable, is not a regular file or leaves the
    /// directory is a 404.
    pub fn serve(&self, req: &Request<'_>, rel_path: &str) -> Response {
        if !matches!(req.method(), Method::Get | Method::Head) {
            return Response::error(Status::METHOD_NOT_ALLOWED, "method not allowed")
                .header("Allow", "GET, HEAD");
        }
        let clean = match path::clean(rel_path) {
            Ok(p) => p,
            Err(PathError::BadEscape) => {
                return Response::error(Status::BAD_REQUEST, "malformed percent-encoding");
            }
            Err(PathError::Forbidden) => return not_found(),
        };
        let (file, meta, mime) = match self.open_file(&clean) {
            Ok(f) => f,
            Err(res) => return res,
        };
        let v = Validators::new(&meta);
        let lm = v.last_modified_text();
        let with_validators = |mut r: Response| {
            r = r.header("ETag", v.etag.clone());
            if let Some(lm) = lm {
                r = r.header("Last-Modified", lm.to_vec());
            }
            r
        };
        match conditional::evaluate(req, &v) {
            Precondition::Proceed => {}
            Precondition::NotModified => {
                return with_validators(Response::new(Status::NOT_MODIFIED));
            }
            Precondition::Failed => {
                return Response::error(Status::PRECONDITION_FAILED, "precondition failed");
            }
        }

        let len = meta.len();
        let file = Rc::new(file);
        let outcome = match conditional::single(req, "range") {
            Some(value) if conditional::if_range_allows(req, &v) => {
                value.map_or(RangeOutcome::Ignore, |value| range::evaluate(value, len))
            }
            _ => RangeOutcome::Ignore,
        };
        let res = match outcome {
            RangeOutcome::Ignore => {
                let body = if len == 0 {
                    Body::Empty
                } else {
                    Body::File(FileRange { file, offset: 0, len })
                };
                Response::new(Status::OK).content_type(mime).body(body)
            }
            RangeOutcome::Unsatisfiable => {
                return Response::error(Status::RANGE_NOT_SATISFIABLE, "range not satisfiable")
                    .header("Content-Range", format!("bytes */{len}"));
            }
            RangeOutcome::Ranges(ranges) => match ranges[..] {
                [(first, last)] => Response::new(Status::PARTIAL_CONTENT)
                    .content_type(mime)
                    .header("Content-Range", format!("bytes {first}-{last}/{len}"))
                    .body(FileRange { file, offset: first, len: last - first + 1 }),
                _ => multipart(&file, &ranges, len, mime, &v.etag),
            },
        };
        with_validators(res).header("Accept-Ranges", "bytes")
    }

    /// Opens the regular file `p` names, or the `index.html` of the directory it names, and
    /// returns it with its metadata and content type.
    #[expect(clippy::result_large_err, reason = "the error is the response to send, returned once to the caller")]
    fn open_file(&self, p: &CleanPath) -> Result<(File, Metadata, &'static str), Response> {
        let rel = if p.rel.is_empty() { "." } else { p.rel.as_str() };
        // Opened non-blocking, so a FIFO cannot stall the worker; `fstat` then refuses anything
        // that is not a regular file or a directory.
        let file = open_beneath(&self.dir, rel).map_err(|e| open_error(&e))?;
        let meta = file.metadata().map_err(|_| internal_error())?;
        if meta.is_file() {
            return if p.must_be_dir { Err(not_found()) } else { Ok((file, meta, mime_for(rel))) };
        }
        if !meta.is_dir() {
            return Err(not_found());
        }
        // The index is opened beneath the directory just opened, so it cannot leave it either.
        let index = open_beneath(&file, INDEX).map_err(|e| open_error(&e))?;
        let meta = index.metadata().map_err(|_| internal_error())?;
        if !meta.is_file() {
            return Err(not_found());
        }
        Ok((index, meta, mime_for(INDEX)))
    }
}

/// A 206 `multipart/byteranges` response: for each range a part head (boundary delimiter,
/// `Content-Type`, `Content-Range`) and the file range, then the close delimiter.
fn multipart(file: &Rc<File>, ranges: &[(u64, u64)], len: u64, mime: &str, etag: &str) -> Response {
    let boundary = boundary(etag);
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    for &(first, last) in ranges {
        let head = format!(
            "\r\n--{boundary}\r\nContent-Type: {mime}\r\nContent-Range: bytes {first}-{last}/{len}\r\n\r\n"
        );
        parts.push(BodyPart::Bytes(head.into_bytes()));
        let range = FileRange { file: Rc::clone(file), offset: first, len: last - first + 1 };
        parts.push(BodyPart::File(range));
    }
    parts.push(BodyPart::Bytes(format!("\r\n--{boundary}--\r\n").into_bytes()));
    Response::new(Status::PARTIAL_CONTENT)
        .content_type(format!("multipart/byteranges; boundary={boundary}"))
        .body(Body::Parts(parts))
}
