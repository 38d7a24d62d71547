//! The request as handlers see it: a [`Request`] borrows the head and body straight from the
//! connection's read buffer (no copy); [`OwnedRequest`] is its owned form, for async handlers
//! that outlive the buffer and for tests that build requests without a socket.

use std::fmt;

use crate::http::{HeaderSpan, Head, Method, Span, Version};

/// A request, borrowed from the connection's buffers for the duration of the handler call.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    pub(crate) buf: &'a [u8],
    pub(crate) head: &'a Head,
    pub(crate) headers: &'a [HeaderSpan],
    pub(crate) body: &'a [u8],
}

#[inline]
fn ascii(b: &[u8]) -> &str {
    // The parser admits only visible ASCII in targets and tokens, so this never fails.
    crate::sys::ascii_str(b).unwrap_or("")
}

impl<'a> Request<'a> {
    /// The method.
    #[inline]
    pub fn method(&self) -> Method {
        self.head.method
    }
    /// The method token as sent (useful for extension methods).
    #[inline]
    pub fn method_str(&self) -> &'a str {
        ascii(self.head.method_span.get(self.buf))
    }
    /// The request-target exactly as sent.
    #[inline]
    pub fn target(&self) -> &'a str {
        ascii(self.head.target.get(self.buf))
    }
    /// The path, still percent-encoded (`/` for an absolute-form target without a path).
    #[inline]
    pub fn path(&self) -> &'a str {
        if self.head.path_is_root { "/" } else { ascii(self.head.path.get(self.buf)) }
    }
    /// The bytes of [`Request::path`] without the text conversion: what route lookup hashes
    /// (the parser admits only visible ASCII in a target, so these are the same characters).
    #[inline]
    pub fn path_bytes(&self) -> &'a [u8] {
        if self.head.path_is_root { b"/" } else { self.head.path.get(self.buf) }
    }
    /// The query string after `?`, still percent-encoded.
    #[inline]
    pub fn query(&self) -> Option<&'a str> {
        self.head.query.map(|q| ascii(q.get(self.buf)))
    }
    /// The protocol version.
    #[inline]
    pub fn version(&self) -> Version {
        self.head.version
    }
    /// The authority (`Host` header, or the authority of an absolute-form target).
    pub fn host(&self) -> Option<&'a [u8]> {
        self.head.host.map(|h| h.get(self.buf))
    }
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&'a [u8]> {
        let name = name.as_bytes();
        self.headers
            .iter()
            .find(|h| h.name.len() == name.len() && h.name.get(self.buf).eq_ignore_ascii_case(name))
            .map(|h| h.value.get(self.buf))
    }
    /// The first value of header `name` as text, if it is valid UTF-8.
    pub fn header_str(&self, name: &str) -> Option<&'a str> {
        self.header(name).and_then(|v| std::str::from_utf8(v).ok())
    }
    /// Every header in order, as (name, value).
    pub fn headers(&self) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        let buf = self.buf;
        self.headers.iter().map(move |h| (ascii(h.name.get(buf)), h.value.get(buf)))
    }
    /// The body (de-chunked), complete.
    #[inline]
    pub fn body(&self) -> &'a [u8] {
        self.body
    }
    /// Whether the client asked to keep the connection open.
    #[inline]
    pub fn keep_alive(&self) -> bool {
        self.head.keep_alive()
    }
    /// The parsed head.
    #[inline]
    pub fn head(&self) -> &'a Head {
        self.head
    }
    /// Copies the request into an [`OwnedRequest`].
    pub fn to_owned(&self) -> OwnedRequest {
        let start = self.head.method_span.start as usize;
        let end = self.head.head_len;
        let rebase = |s: Span| Span { start: s.start - start as u32, end: s.end - start as u32 };
        let mut head = *self.head;
        head.method_span = rebase(head.method_span);
        head.target = rebase(head.target);
        head.path = rebase(head.path);
        head.query = head.query.map(rebase);
        head.host = head.host.map(rebase);
        head.head_len = end - start;
        OwnedRequest {
            buf: self.buf[start..end].to_vec(),
            head,
            headers: self
                .headers
                .iter()
                .map(|h| HeaderSpan { name: rebase(h.name), value: rebase(h.value) })
                .collect(),
            body: self.body.to_vec(),
        }
    }
}

impl fmt::Debug for Request<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method_str())
            .field("target", &self.target())
            .field("version", &self.version())
            .field("headers", &self.headers().map(|(n, v)| (n, String::from_utf8_lossy(v))).collect::<Vec<_>>())
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// An owned request: the head bytes, header spans and body.
///
/// ```
/// use chopin_rt::{OwnedRequest, Method};
/// let r = OwnedRequest::new(Method::Get, "/a?b=1", &[("Host", "x"), ("X-Y", "z")], b"");
/// let req = r.as_request();
/// assert_eq!(req.path(), "/a");
/// assert_eq!(req.query(), Some("b=1"));
/// assert_eq!(req.header("x-y"), Some(&b"z"[..]));
/// ```
#[derive(Clone, Debug)]
pub struct OwnedRequest {
    buf: Vec<u8>,
    head: Head,
    headers: Vec<HeaderSpan>,
    body: Vec<u8>,
}

impl OwnedRequest {
    /// Builds an HTTP/1.1 request from parts without parsing (for tests and in-process
    /// clients). `target` must be origin-form; names and values are taken as given.
    pub fn new(method: Method, target: &str, headers: &[(&str, &str)], body: &[u8]) -> OwnedRequest {
        let mut buf = Vec::with_capacity(64 + target.len());
        let m = method.as_str();
        buf.extend_from_slice(m.as_bytes());
        let method_span = Span::new(0, buf.len());
        buf.push(b' ');
        let t0 = buf.len();
        buf.extend_from_slice(target.as_bytes());
        let target_span = Span::new(t0, buf.len());
        let (path, query) = match target.find('?') {
            Some(q) => (Span::new(t0, t0 + q), Some(Span::new(t0 + q + 1, buf.len()))),
            None => (target_span, None),
        };
        buf.extend_from_slice(b" HTTP/1.1\r\n");
        let mut spans = Vec::with_capacity(headers.len());
        let mut head = Head {
            method,
            method_span,
            target: target_span,
            path,
            query,
            path_is_root: false,
            version: Version::Http11,
            header_count: headers.len(),
            head_len: 0,
            content_length: if body.is_empty() { None } else { Some(body.len() as u64) },
            chunked: false,
            connection: Default::default(),
            expect: Default::default(),
            host: None,
        };
        for (n, v) in headers {
            let n0 = buf.len();
            buf.extend_from_slice(n.as_bytes());
            let name = Span::new(n0, buf.len());
            buf.extend_from_slice(b": ");
            let v0 = buf.len();
            buf.extend_from_slice(v.as_bytes());
            let value = Span::new(v0, buf.len());
            buf.extend_from_slice(b"\r\n");
            if n.eq_ignore_ascii_case("host") {
                head.host = Some(value);
            }
            spans.push(HeaderSpan { name, value });
        }
        buf.extend_from_slice(b"\r\n");
        head.head_len = buf.len();
        OwnedRequest { buf, head, headers: spans, body: body.to_vec() }
    }

    /// Borrows it as a [`Request`].
    pub fn as_request(&self) -> Request<'_> {
        Request { buf: &self.buf, head: &self.head, headers: &self.headers, body: &self.body }
    }
}
