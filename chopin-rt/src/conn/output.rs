//! A connection's output queue and response serialisation. Heads (and small owned bodies) are
//! appended to one buffer; static bodies, large owned bodies, file ranges and streams are queued
//! as segments in order, so a pipelined batch leaves in one `writev` and static bytes are never
//! copied. Files go out with `sendfile`; streams are pulled only when the queue ahead of them
//! is nearly drained (backpressure).

use std::collections::VecDeque;
use std::io::{self, IoSlice};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::task::{Context, Poll};

use crate::response::{Body, BodyPart, BodyStream, FileRange, Response, Status};

/// Owned bodies up to this size are copied into the buffer (cheaper than an extra iovec).
const COPY_MAX: usize = 4096;
/// A stream is pulled for its next chunk only while fewer bytes than this are queued before it.
const STREAM_LOW_WATER: usize = 64 * 1024;
/// Most iovecs passed to one `writev`.
const MAX_IOV: usize = 64;

enum Seg {
    /// Buffer bytes up to this offset.
    Buf(usize),
    Static(&'static [u8]),
    Bytes(Vec<u8>),
    File(FileRange),
    Stream { stream: Box<dyn BodyStream>, chunked: bool },
}

/// How the framing of one response is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConnHeader {
    /// Nothing (HTTP/1.1 keep-alive default).
    None,
    /// `Connection: close`.
    Close,
    /// `Connection: keep-alive` (an HTTP/1.0 client that asked for it).
    KeepAlive,
}

/// What a finished flush reports.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Flush {
    /// Everything queued was written.
    Done,
    /// The socket is full; wait for EPOLLOUT.
    Blocked,
    /// A stream is waiting for its producer (the connection's waker will fire).
    StreamPending,
}

/// The output queue of one connection.
#[derive(Default)]
pub(crate) struct Output {
    pub(crate) buf: Vec<u8>,
    segs: VecDeque<Seg>,
    /// Bytes of `buf` already written.
    buf_pos: usize,
    /// Bytes of the front non-buffer segment already written.
    front_off: usize,
    /// Bytes queued and not yet written (streams count only their produced chunks).
    pub(crate) queued: usize,
    /// Buffer bytes already covered by `Seg::Buf` segments.
    sealed: usize,
    /// Streams queued (a count, so the per-request check is O(1)).
    streams: usize,
}

impl Output {
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.segs.is_empty() && self.buf_pos == self.buf.len()
    }

    /// True while a streaming body is queued (later responses must wait behind it).
    #[inline]
    pub(crate) fn has_stream(&self) -> bool {
        self.streams > 0
    }

    /// Marks the buffer bytes appended since the last segment.
    #[inline]
    fn seal_buf(&mut self) {
        let end = self.buf.len();
        if end > self.sealed {
            match self.segs.back_mut() {
                Some(Seg::Buf(e)) => *e = end,
                _ => self.segs.push_back(Seg::Buf(end)),
            }
            self.sealed = end;
        }
    }

    #[inline]
    fn push_seg(&mut self, seg: Seg) {
        self.seal_buf();
        self.segs.push_back(seg);
    }

    /// A point to roll back to if a handler panics mid-response.
    pub(crate) fn mark(&self) -> (usize, usize, usize) {
        (self.buf.len(), self.segs.len(), self.queued)
    }

    /// Drops everything queued after `mark`.
    pub(crate) fn rollback(&mut self, mark: (usize, usize, usize)) {
        self.buf.truncate(mark.0);
        self.segs.truncate(mark.1);
        self.streams = self.segs.iter().filter(|s| matches!(s, Seg::Stream { .. })).count();
        self.queued = mark.2;
        self.sealed = self.sealed.min(mark.0);
        if let Some(Seg::Buf(e)) = self.segs.back_mut() {
            *e = (*e).min(mark.0);
        }
    }

    /// Appends raw bytes (an interim `100 Continue`, say).
    pub(crate) fn push_raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        self.queued += bytes.len();
        self.seal_buf();
    }

    /// Serialises `resp`. `date` is the cached `Server: …\r\nDate: …\r\n` block.
    /// Returns the status actually written (500 for a response with an invalid header).
    pub(crate) fn write_response(
        &mut self,
        resp: Response,
        date: &[u8],
        head_only: bool,
        conn: ConnHeader,
        http10: bool,
    ) -> (u16, bool) {
        if let Some(err) = &resp.invalid {
            eprintln!("chopin: response refused, {err}; sending 500");
            let r = Response::error(Status::INTERNAL_SERVER_ERROR, "");
            return self.write_response(r, date, head_only, conn, http10);
        }
        let Response { status, content_type, content_type_line, headers, body, .. } = resp;
        let start = self.buf.len();
        let buf = &mut self.buf;
        buf.reserve(160);
        match status.status_line() {
            Some(line) => buf.extend_from_slice(line),
            None => {
                buf.extend_from_slice(b"HTTP/1.1 ");
                buf.extend_from_slice(itoa::Buffer::new().format(status.as_u16()).as_bytes());
                buf.extend_from_slice(b" \r\n");
            }
        }
        buf.extend_from_slice(date);
        if let Some(line) = content_type_line {
            buf.extend_from_slice(line);
        } else if let Some(ct) = &content_type {
            buf.extend_from_slice(b"Content-Type: ");
            buf.extend_from_slice(ct.as_bytes());
            buf.extend_from_slice(b"\r\n");
        }
        for (n, v) in &headers {
            buf.extend_from_slice(n.as_bytes());
            buf.extend_from_slice(b": ");
            buf.extend_from_slice(v);
            buf.extend_from_slice(b"\r\n");
        }
        let bodyless = status.bodyless();
        let mut close_after = conn == ConnHeader::Close;
        let mut stream_chunked = false;
        if !bodyless {
            match body.len() {
                Some(n) => {
                    buf.extend_from_slice(b"Content-Length: ");
                    buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
                    buf.extend_from_slice(b"\r\n");
                }
                None if http10 => close_after = true,
                None => {
                    buf.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
                    stream_chunked = true;
                }
            }
        }
        match (close_after, conn) {
            (true, _) => buf.extend_from_slice(b"Connection: close\r\n\r\n"),
            (false, ConnHeader::KeepAlive) => buf.extend_from_slice(b"Connection: keep-alive\r\n\r\n"),
            _ => buf.extend_from_slice(b"\r\n"),
        }
        self.queued += self.buf.len() - start;
        if !(bodyless || head_only) {
            self.push_body(body, stream_chunked);
        }
        self.seal_buf();
        (status.as_u16(), close_after)
    }

    fn push_body(&mut self, body: Body, chunked: bool) {
        match body {
            Body::Empty => {}
            Body::Static(b) => self.push_part(BodyPart::Static(b)),
            Body::Bytes(b) => self.push_part(BodyPart::Bytes(b)),
            Body::File(f) => self.push_part(BodyPart::File(f)),
            Body::Parts(parts) => parts.into_iter().for_each(|p| self.push_part(p)),
            Body::Stream(stream) => {
                self.streams += 1;
                self.push_seg(Seg::Stream { stream, chunked });
            }
        }
    }

    fn push_part(&mut self, part: BodyPart) {
        match part {
            BodyPart::Static(b) => {
                self.queued += b.len();
                self.push_seg(Seg::Static(b));
            }
            BodyPart::Bytes(b) => self.push_bytes(b),
            BodyPart::File(f) => {
                self.queued += f.len as usize;
                self.push_seg(Seg::File(f));
            }
        }
    }

    fn push_bytes(&mut self, b: Vec<u8>) {
        self.queued += b.len();
        if b.len() <= COPY_MAX {
            self.buf.extend_from_slice(&b);
        } else {
            self.push_seg(Seg::Bytes(b));
        }
    }

    /// Writes as much as the socket takes. `cx` is the connection's waker, for streams.
    pub(crate) fn flush(&mut self, sock: &mut TcpStream, cx: &mut Context<'_>) -> io::Result<Flush> {
        loop {
            if self.segs.is_empty() {
                self.reset();
                return Ok(Flush::Done);
            }
            match self.segs.front_mut() {
                Some(Seg::File(_)) => {
                    if !self.send_file(sock)? {
                        return Ok(Flush::Blocked);
                    }
                    continue;
                }
                Some(Seg::Stream { .. }) => match self.pull_stream(cx) {
                    Poll::Ready(()) => continue,
                    Poll::Pending => return Ok(Flush::StreamPending),
                },
                _ => {}
            }
            if !self.write_vectored(sock)? {
                return Ok(Flush::Blocked);
            }
        }
    }

    /// Everything queued, as the bytes a client would receive (files read, streams pulled
    /// and framed). For the in-process test client; a pending stream is awaited.
    pub(crate) async fn drain_to_vec(&mut self) -> io::Result<Vec<u8>> {
        let mut v = Vec::with_capacity(self.queued);
        while let Some(seg) = self.segs.front() {
            match seg {
                Seg::Stream { .. } => {
                    std::future::poll_fn(|cx| self.pull_stream(cx)).await;
                    continue;
                }
                Seg::Buf(end) => {
                    v.extend_from_slice(&self.buf[self.buf_pos..*end]);
                    self.buf_pos = *end;
                }
                Seg::Static(b) => v.extend_from_slice(b),
                Seg::Bytes(b) => v.extend_from_slice(b),
                Seg::File(f) => {
                    use std::os::unix::fs::FileExt;
                    let start = v.len();
                    v.resize(start + f.len as usize, 0);
                    f.file.read_exact_at(&mut v[start..], f.offset)?;
                }
            }
            self.segs.pop_front();
        }
        v.extend_from_slice(&self.buf[self.buf_pos..]);
        self.discard();
        Ok(v)
    }

    /// Drops everything queued (file handles and streams included) and keeps the buffer's
    /// allocation for the slot's next connection.
    pub(crate) fn discard(&mut self) {
        self.segs.clear();
        self.streams = 0;
        self.reset();
    }

    fn reset(&mut self) {
        self.buf.clear();
        self.buf_pos = 0;
        self.front_off = 0;
        self.queued = 0;
        self.sealed = 0;
        if self.buf.capacity() > 256 * 1024 {
            self.buf.shrink_to(16 * 1024);
        }
    }

    /// One `writev` of the leading buffer/static/bytes segments. Returns false on EAGAIN.
    fn write_vectored(&mut self, sock: &mut TcpStream) -> io::Result<bool> {
        // Size the iovec array to the queue: zeroing 64 entries costs more than a small write.
        let n = if self.segs.len() <= 4 {
            self.writev_n::<4>(sock)?
        } else {
            self.writev_n::<MAX_IOV>(sock)?
        };
        match n {
            Some(n) => {
                self.advance(n);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Gathers up to `N` leading segments and writes them. `None` on EAGAIN.
    fn writev_n<const N: usize>(&self, sock: &mut TcpStream) -> io::Result<Option<usize>> {
        let mut iov: [IoSlice<'_>; N] = [IoSlice::new(&[]); N];
        let mut cnt = 0;
        let mut pos = self.buf_pos;
        let mut off = self.front_off;
        for seg in self.segs.iter() {
            if cnt == N {
                break;
            }
            let bytes: &[u8] = match seg {
                Seg::Buf(end) => {
                    let b = &self.buf[pos..*end];
                    pos = *end;
                    b
                }
                Seg::Static(b) => &b[off..],
                Seg::Bytes(b) => &b[off..],
                Seg::File(_) | Seg::Stream { .. } => break,
            };
            off = 0;
            if !bytes.is_empty() {
                iov[cnt] = IoSlice::new(bytes);
                cnt += 1;
            }
        }
        if cnt == 0 {
            // Only empty segments ahead: `advance(0)` drops them.
            return Ok(Some(0));
        }
        let r = crate::sys::writev(sock.as_raw_fd(), &iov[..cnt]);
        match r {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(Some(0)),
            Err(e) => Err(e),
        }
    }

    /// Consumes `n` written bytes from the front, dropping finished (and empty) segments.
    fn advance(&mut self, mut n: usize) {
        self.queued = self.queued.saturating_sub(n);
        while let Some(front) = self.segs.front() {
            let left = match front {
                Seg::Buf(end) => *end - self.buf_pos,
                Seg::Static(b) => b.len() - self.front_off,
                Seg::Bytes(b) => b.len() - self.front_off,
                Seg::File(_) | Seg::Stream { .. } => return,
            };
            if n < left {
                match front {
                    Seg::Buf(_) => self.buf_pos += n,
                    _ => self.front_off += n,
                }
                return;
            }
            n -= left;
            if let Some(Seg::Buf(end)) = self.segs.pop_front() {
                self.buf_pos = end;
            }
            self.front_off = 0;
        }
    }

    /// Sends the front file segment. Returns false on EAGAIN.
    fn send_file(&mut self, sock: &mut TcpStream) -> io::Result<bool> {
        let Some(Seg::File(f)) = self.segs.front_mut() else { return Ok(true) };
        while f.len > 0 {
            let want = f.len.min(1 << 30) as usize;
            match crate::sys::sendfile(sock.as_raw_fd(), &f.file, &mut f.offset, want) {
                Ok(0) => {
                    // The file shrank under us: the promised length cannot be met.
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "file truncated"));
                }
                Ok(n) => {
                    f.len -= n as u64;
                    self.queued = self.queued.saturating_sub(n);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.segs.pop_front();
        Ok(true)
    }

    /// Pulls chunks from the front stream while little is queued. Ready when the stream ended
    /// or produced bytes (now queued ahead of it).
    fn pull_stream(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let Some(Seg::Stream { stream, chunked }) = self.segs.front_mut() else { return Poll::Ready(()) };
        let chunked = *chunked;
        let mut produced: Vec<Vec<u8>> = Vec::new();
        let mut ended = false;
        let mut bytes = 0;
        while bytes < STREAM_LOW_WATER {
            match stream.poll_chunk(cx) {
                Poll::Ready(Some(c)) if c.is_empty() => {}
                Poll::Ready(Some(c)) => {
                    bytes += c.len();
                    produced.push(c);
                }
                Poll::Ready(None) => {
                    ended = true;
                    break;
                }
                Poll::Pending => break,
            }
        }
        if produced.is_empty() && !ended {
            return Poll::Pending;
        }
        let stream_seg = self.segs.pop_front();
        // Build the framed chunks in front of the stream, in order.
        let mut front: Vec<Seg> = Vec::with_capacity(produced.len() * 3 + 1);
        for c in produced {
            if chunked {
                let mut line = Vec::with_capacity(12);
                write_hex(&mut line, c.len());
                line.extend_from_slice(b"\r\n");
                self.queued += line.len() + c.len() + 2;
                front.push(Seg::Bytes(line));
                front.push(Seg::Bytes(c));
                front.push(Seg::Static(b"\r\n"));
            } else {
                self.queued += c.len();
                front.push(Seg::Bytes(c));
            }
        }
        if ended {
            self.streams -= 1;
            if chunked {
                self.queued += 5;
                front.push(Seg::Static(b"0\r\n\r\n"));
            }
        } else if let Some(s) = stream_seg {
            front.push(s);
        }
        for seg in front.into_iter().rev() {
            self.segs.push_front(seg);
        }
        // `buf_pos` still points at the next unwritten buffer byte; pushing non-buffer
        // segments to the front does not change it.
        Poll::Ready(())
    }
}

fn write_hex(out: &mut Vec<u8>, mut n: usize) {
    let mut tmp = [0u8; 16];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b"0123456789abcdef"[n & 15];
        n >>= 4;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&tmp[i..]);
}

/// Writes a complete runtime error response (4xx with its reason as the body, 5xx with the
/// reason phrase only) that closes the connection.
pub(crate) fn error_response(status: Status, reason: &'static str) -> Response {
    let body = if status.is_server_error() { status.reason() } else { reason };
    Response::text(body).with_status(status).close_connection()
}
