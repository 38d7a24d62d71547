//! Response bodies: static bytes (never copied), owned bytes, file ranges sent with
//! `sendfile`, sequences of parts (e.g. `multipart/byteranges`) and chunked streams.

use std::fmt;
use std::fs::File;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A byte range of an open file, sent with `sendfile`.
#[derive(Clone, Debug)]
pub struct FileRange {
    /// The file (shared by the parts of a multi-range response).
    pub file: Rc<File>,
    /// First byte.
    pub offset: u64,
    /// Number of bytes.
    pub len: u64,
}

/// One piece of a [`Body::Parts`] body.
#[derive(Debug)]
pub enum BodyPart {
    /// Static bytes, written without copying.
    Static(&'static [u8]),
    /// Owned bytes.
    Bytes(Vec<u8>),
    /// A file range.
    File(FileRange),
}

impl BodyPart {
    /// Length in bytes.
    pub fn len(&self) -> u64 {
        match self {
            BodyPart::Static(b) => b.len() as u64,
            BodyPart::Bytes(b) => b.len() as u64,
            BodyPart::File(f) => f.len,
        }
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A producer of body chunks, pulled by the connection only when the socket has room for more
/// (backpressure): a slow client never makes the server buffer the whole body.
pub trait BodyStream {
    /// The next chunk; `Ready(None)` ends the body. `Pending` must arrange for `cx`'s waker to
    /// be woken when a chunk is ready. An empty chunk is skipped.
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Vec<u8>>>;
}

/// A [`BodyStream`] over an iterator of chunks (always ready).
struct IterStream<I>(I);

impl<I: Iterator<Item = Vec<u8>>> BodyStream for IterStream<I> {
    fn poll_chunk(&mut self, _cx: &mut Context<'_>) -> Poll<Option<Vec<u8>>> {
        Poll::Ready(self.0.next())
    }
}

/// A response body.
#[derive(Default)]
pub enum Body {
    /// No body (`Content-Length: 0`).
    #[default]
    Empty,
    /// Static bytes: written with `writev` straight from the binary, never copied.
    Static(&'static [u8]),
    /// Owned bytes.
    Bytes(Vec<u8>),
    /// A file range, sent with `sendfile`.
    File(FileRange),
    /// A fixed sequence of parts, sent in order with one `Content-Length`.
    Parts(Vec<BodyPart>),
    /// A stream of chunks, sent with `Transfer-Encoding: chunked`.
    Stream(Box<dyn BodyStream>),
    /// A value written as JSON straight into the connection's write buffer when the response
    /// is sent (no intermediate buffer), framed with `Content-Length` measured as it is
    /// written. [`Response::json`](crate::Response::json) builds one.
    Json(Box<dyn crate::json::Serialize>),
}

impl Body {
    /// A chunked body pulled from an iterator of chunks.
    pub fn from_chunks<I: Iterator<Item = Vec<u8>> + 'static>(iter: I) -> Body {
        Body::Stream(Box::new(IterStream(iter)))
    }

    /// A chunked body from a [`BodyStream`].
    pub fn stream(s: impl BodyStream + 'static) -> Body {
        Body::Stream(Box::new(s))
    }

    /// The exact length, or `None` for a stream and for a [`Body::Json`] value (whose length is
    /// known once it is written).
    pub fn len(&self) -> Option<u64> {
        Some(match self {
            Body::Empty => 0,
            Body::Static(b) => b.len() as u64,
            Body::Bytes(b) => b.len() as u64,
            Body::File(f) => f.len,
            Body::Parts(p) => p.iter().map(BodyPart::len).sum(),
            Body::Stream(_) | Body::Json(_) => return None,
        })
    }

    /// True for a known length of zero.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Body::Empty => f.write_str("Empty"),
            Body::Static(b) => write!(f, "Static({} bytes)", b.len()),
            Body::Bytes(b) => write!(f, "Bytes({} bytes)", b.len()),
            Body::File(r) => write!(f, "File({}+{})", r.offset, r.len),
            Body::Parts(p) => write!(f, "Parts({})", p.len()),
            Body::Stream(_) => f.write_str("Stream"),
            Body::Json(_) => f.write_str("Json"),
        }
    }
}

impl From<&'static [u8]> for Body {
    fn from(b: &'static [u8]) -> Body {
        Body::Static(b)
    }
}
impl From<&'static str> for Body {
    fn from(b: &'static str) -> Body {
        Body::Static(b.as_bytes())
    }
}
impl From<Vec<u8>> for Body {
    fn from(b: Vec<u8>) -> Body {
        Body::Bytes(b)
    }
}
impl From<String> for Body {
    fn from(b: String) -> Body {
        Body::Bytes(b.into_bytes())
    }
}
impl From<FileRange> for Body {
    fn from(f: FileRange) -> Body {
        Body::File(f)
    }
}
