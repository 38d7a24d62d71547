//! A connection's output queue and response serialisation. Heads and small owned bodies are
//! appended to one buffer; static bodies, large owned bodies, file ranges and streams are queued
//! as segments, each remembering the buffer offset it sits at, so a pipelined batch leaves in one
//! `writev` and static bytes are never copied. Files go out with `sendfile`; streams are
//! pulled only when the queue ahead of them is nearly drained (backpressure).

use std::io::{self, IoSlice};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::task::{Context, Poll};

use super::framing::{
    write_conn_end, write_content_length, write_hex, write_measured, write_status_line, LastHead,
};
pub(crate) use super::framing::{date_line, DateLine};
use crate::response::{Body, BodyPart, BodyStream, FileRange, Response, Status};

/// Owned bodies up to this size are copied into the buffer (cheaper than an extra iovec).
const COPY_MAX: usize = 4096;
/// A stream is pulled for its next chunk only while fewer bytes than this are queued before it.
const STREAM_LOW_WATER: usize = 64 * 1024;
/// Most iovecs passed to one `writev`.
const MAX_IOV: usize = 64;

/// Bytes that do not live in the buffer, sent after the buffer bytes before `at`.
struct Seg {
    /// Buffer offset this item sits at: `buf[..at]` goes out before it, `buf[at..]` after.
    at: usize,
    item: Item,
}

enum Item {
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
    /// Items out of the buffer, in order; `segs[head..]` are not fully written.
    segs: Vec<Seg>,
    head: usize,
    /// Bytes of `buf` already written.
    buf_pos: usize,
    /// Bytes of the front item already written (only once the buffer before it is written).
    front_off: usize,
    /// Bytes queued and not yet written (streams count only their produced chunks).
    pub(crate) queued: usize,
    /// Streams queued (a count, so the per-request check is O(1)).
    streams: usize,
    /// The last head [`Output::write_part`] wrote: a keep-alive client usually asks the same
    /// route again, and then the next head is one copy.
    last_head: Option<LastHead>,
    /// An item other than `Item::Static` was queued since the last reset, so the items may own
    /// memory; while false, a reset has nothing to drop.
    owning: bool,
}

impl Output {
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.head == self.segs.len() && self.buf_pos == self.buf.len()
    }

    /// True while a streaming body is queued (later responses must wait behind it).
    #[inline]
    pub(crate) fn has_stream(&self) -> bool {
        self.streams > 0
    }

    /// Queues `item` after the buffer bytes written so far.
    #[inline]
    fn push_item(&mut self, item: Item) {
        self.owning |= !matches!(item, Item::Static(_));
        self.segs.push(Seg { at: self.buf.len(), item });
    }

    /// A point to roll back to if a handler panics mid-response.
    pub(crate) fn mark(&self) -> (usize, usize, usize) {
        (self.buf.len(), self.segs.len(), self.queued)
    }

    /// Drops everything queued after `mark`.
    pub(crate) fn rollback(&mut self, mark: (usize, usize, usize)) {
        self.buf.truncate(mark.0);
        self.segs.truncate(mark.1.max(self.head));
        self.streams = self.segs[self.head..]
            .iter()
            .filter(|s| matches!(s.item, Item::Stream { .. }))
            .count();
        self.queued = mark.2;
    }

    /// Appends raw bytes (an interim `100 Continue`, say).
    pub(crate) fn push_raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        self.queued += bytes.len();
    }

    /// Serialises `resp`. `date` is the cached `Server: …\r\nDate: …\r\n` block.
    /// Returns the status actually written (500 for a response with an invalid header).
    pub(crate) fn write_response(
        &mut self,
        resp: Response,
        date: &DateLine,
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
        write_status_line(buf, status);
        buf.extend_from_slice(&date.bytes);
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
        if let (false, Body::Json(value)) = (bodyless, &body) {
            let hint = value.json_size_hint();
            write_measured(buf, hint, conn, head_only, |out| value.write_json(out));
            self.queued += self.buf.len() - start;
            return (status.as_u16(), conn == ConnHeader::Close);
        }
        let mut close_after = conn == ConnHeader::Close;
        let mut stream_chunked = false;
        if !bodyless {
            match body.len() {
                Some(n) => write_content_length(buf, n),
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
        (status.as_u16(), close_after)
    }

    /// Serialises a response whose body `write_body` appends straight into the buffer (no
    /// intermediate `Vec`), framed by `Content-Length`. `content_type_line` is a whole
    /// `Content-Type: …\r\n` line; `hint` estimates the body size. The length field is written
    /// with the digit count of `hint` and widened in place when the body came out longer or
    /// shorter. For `head_only` the body is measured and then dropped.
    #[expect(clippy::too_many_arguments, reason = "the framing inputs of `write_response`, plus the body writer and its estimate")]
    pub(crate) fn write_with_body(
        &mut self,
        status: Status,
        content_type_line: &'static [u8],
        date: &DateLine,
        head_only: bool,
        conn: ConnHeader,
        hint: usize,
        write_body: impl FnOnce(&mut Vec<u8>),
    ) -> (u16, bool) {
        let start = self.buf.len();
        let buf = &mut self.buf;
        buf.reserve(160 + hint);
        write_status_line(buf, status);
        buf.extend_from_slice(&date.bytes);
        buf.extend_from_slice(content_type_line);
        if status.bodyless() {
            write_conn_end(buf, conn);
        } else {
            write_measured(buf, hint, conn, head_only, write_body);
        }
        self.queued += self.buf.len() - start;
        (status.as_u16(), conn == ConnHeader::Close)
    }

    /// Serialises a response with no headers of its own beyond a pre-built `Content-Type` line
    /// and a body of known length: what plain `&'static str`, `String`, `&'static [u8]` and
    /// `Vec<u8>` answers write, without building a [`Response`]. Byte-identical to
    /// [`Output::write_response`] of the equivalent `Response`.
    #[inline]
    pub(crate) fn write_part(
        &mut self,
        status: Status,
        content_type_line: &'static [u8],
        date: &DateLine,
        head_only: bool,
        conn: ConnHeader,
        body: BodyPart,
    ) -> (u16, bool) {
        let len = body.len();
        self.write_plain(status, content_type_line, date, head_only, conn, len, |out| out.push_part(body))
    }

    /// [`Output::write_part`] of static bytes (what `&'static str` and `&'static [u8]` answers
    /// send), without wrapping them in a [`BodyPart`] on the way.
    #[inline]
    pub(crate) fn write_static(
        &mut self,
        status: Status,
        content_type_line: &'static [u8],
        date: &DateLine,
        head_only: bool,
        conn: ConnHeader,
        body: &'static [u8],
    ) -> (u16, bool) {
        self.write_plain(status, content_type_line, date, head_only, conn, body.len() as u64, |out| {
            out.queued += body.len();
            out.push_item(Item::Static(body));
        })
    }

    /// A plain answer: its head, then (unless the status or a `HEAD` request has no body) the
    /// body `push` queues, of `len` bytes.
    #[inline(always)]
    #[expect(clippy::too_many_arguments, reason = "the response's parts, passed through from the two callers")]
    fn write_plain(
        &mut self,
        status: Status,
        content_type_line: &'static [u8],
        date: &DateLine,
        head_only: bool,
        conn: ConnHeader,
        len: u64,
        push: impl FnOnce(&mut Self),
    ) -> (u16, bool) {
        self.write_plain_head(status, content_type_line, date, conn, len);
        if !(status.bodyless() || head_only) {
            push(self);
        }
        (status.as_u16(), conn == ConnHeader::Close)
    }

    /// The head of a plain answer (see [`Output::write_part`]) for a body of `len` bytes: the
    /// last head again when it fits, else written afresh and remembered.
    #[inline(always)]
    fn write_plain_head(&mut self, status: Status, content_type_line: &'static [u8], date: &DateLine, conn: ConnHeader, len: u64) {
        let start = self.buf.len();
        match &self.last_head {
            Some(last) if last.fits(status, content_type_line, len, conn, date) => last.write_to(&mut self.buf),
            _ => self.write_new_head(status, content_type_line, date, conn, len),
        }
        self.queued += self.buf.len() - start;
    }

    /// [`Output::write_plain_head`] when the last head does not fit.
    #[inline(never)]
    fn write_new_head(&mut self, status: Status, content_type_line: &'static [u8], date: &DateLine, conn: ConnHeader, len: u64) {
        let start = self.buf.len();
        let buf = &mut self.buf;
        buf.reserve(160);
        write_status_line(buf, status);
        buf.extend_from_slice(&date.bytes);
        buf.extend_from_slice(content_type_line);
        if !status.bodyless() {
            write_content_length(buf, len);
        }
        write_conn_end(buf, conn);
        self.last_head = LastHead::new(status, content_type_line, len, conn, date.secs, &buf[start..]);
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
                self.push_item(Item::Stream { stream, chunked });
            }
            // `write_response` writes (and frames) these itself.
            Body::Json(value) => {
                let start = self.buf.len();
                value.write_json(&mut self.buf);
                self.queued += self.buf.len() - start;
            }
        }
    }

    #[inline]
    fn push_part(&mut self, part: BodyPart) {
        match part {
            BodyPart::Static(b) => {
                self.queued += b.len();
                self.push_item(Item::Static(b));
            }
            BodyPart::Bytes(b) => self.push_bytes(b),
            BodyPart::File(f) => {
                self.queued += f.len as usize;
                self.push_item(Item::File(f));
            }
        }
    }

    fn push_bytes(&mut self, b: Vec<u8>) {
        self.queued += b.len();
        if b.len() <= COPY_MAX {
            self.buf.extend_from_slice(&b);
        } else {
            self.push_item(Item::Bytes(b));
        }
    }

    /// True when everything queued sits in the buffer (no segments): [`Output::flush_buffer`]
    /// writes it.
    #[inline]
    pub(crate) fn only_buffer(&self) -> bool {
        self.segs.is_empty()
    }

    /// Writes a queue that is all buffer bytes (see [`Output::only_buffer`]): `write` until
    /// the buffer is out or the socket is full. No waker is needed: nothing here can wait for
    /// a producer.
    #[inline]
    pub(crate) fn flush_buffer(&mut self, sock: &TcpStream) -> io::Result<Flush> {
        debug_assert!(self.segs.is_empty());
        loop {
            match crate::sys::write(sock.as_raw_fd(), &self.buf[self.buf_pos..]) {
                Ok(n) => {
                    self.buf_pos += n;
                    if self.buf_pos == self.buf.len() {
                        self.reset_buffer();
                        return Ok(Flush::Done);
                    }
                    self.queued = self.queued.saturating_sub(n);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(Flush::Blocked),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Writes a queue of buffer bytes around one in-memory item (a static or owned body, the
    /// usual unpipelined answer) with one `writev`, without the general loop. `None` when the
    /// queue has another shape, or after a short or interrupted write: [`Output::flush`] then
    /// carries on from where this left the queue.
    #[inline(always)]
    pub(crate) fn flush_single(&mut self, sock: &TcpStream) -> Option<io::Result<Flush>> {
        let [seg] = &self.segs[..] else { return None };
        if self.head != 0 {
            return None;
        }
        let item: &[u8] = match &seg.item {
            Item::Static(b) => &b[self.front_off..],
            Item::Bytes(b) => &b[self.front_off..],
            Item::File(_) | Item::Stream { .. } => return None,
        };
        let iov = [IoSlice::new(&self.buf[self.buf_pos..seg.at]), IoSlice::new(item), IoSlice::new(&self.buf[seg.at..])];
        match crate::sys::writev(sock.as_raw_fd(), &iov) {
            Ok(n) if n == self.queued => {
                // Everything went out. Dropped by variant, so a static item (nothing to drop)
                // costs no call into the drop glue.
                match self.segs.pop().map(|s| s.item) {
                    Some(Item::Static(_)) | None => {}
                    Some(Item::Bytes(b)) => drop(b),
                    Some(Item::File(f)) => drop(f),
                    Some(Item::Stream { stream, .. }) => drop(stream),
                }
                self.front_off = 0;
                self.reset_buffer();
                Some(Ok(Flush::Done))
            }
            Ok(n) => {
                self.advance(n);
                None
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Some(Ok(Flush::Blocked)),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => None,
            Err(e) => Some(Err(e)),
        }
    }

    /// Writes as much as the socket takes. `cx` is the connection's waker, for streams.
    pub(crate) fn flush(&mut self, sock: &mut TcpStream, cx: &mut Context<'_>) -> io::Result<Flush> {
        if self.only_buffer() {
            return self.flush_buffer(sock);
        }
        if let Some(r) = self.flush_single(sock) {
            return r;
        }
        loop {
            let Some(front) = self.segs.get(self.head) else {
                if self.buf_pos == self.buf.len() {
                    self.reset();
                    return Ok(Flush::Done);
                }
                if !self.write_vectored(sock)? {
                    return Ok(Flush::Blocked);
                }
                continue;
            };
            if front.at == self.buf_pos {
                match front.item {
                    Item::File(_) => {
                        if !self.send_file(sock)? {
                            return Ok(Flush::Blocked);
                        }
                        continue;
                    }
                    Item::Stream { .. } => match self.pull_stream(cx) {
                        Poll::Ready(()) => continue,
                        Poll::Pending => return Ok(Flush::StreamPending),
                    },
                    _ => {}
                }
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
        while let Some(seg) = self.segs.get(self.head) {
            v.extend_from_slice(&self.buf[self.buf_pos..seg.at]);
            self.buf_pos = seg.at;
            match &seg.item {
                Item::Stream { .. } => {
                    std::future::poll_fn(|cx| self.pull_stream(cx)).await;
                    continue;
                }
                Item::Static(b) => v.extend_from_slice(&b[self.front_off..]),
                Item::Bytes(b) => v.extend_from_slice(&b[self.front_off..]),
                Item::File(f) => {
                    use std::os::unix::fs::FileExt;
                    let start = v.len();
                    v.resize(start + f.len as usize, 0);
                    f.file.read_exact_at(&mut v[start..], f.offset)?;
                }
            }
            self.finish_front();
        }
        v.extend_from_slice(&self.buf[self.buf_pos..]);
        self.discard();
        Ok(v)
    }

    /// Drops everything queued (file handles and streams included) and keeps the buffer's
    /// allocation for the slot's next connection.
    pub(crate) fn discard(&mut self) {
        self.streams = 0;
        self.reset();
    }

    /// [`Output::reset`] for a queue without segments.
    #[inline]
    fn reset_buffer(&mut self) {
        self.buf.clear();
        self.buf_pos = 0;
        self.queued = 0;
        if self.buf.capacity() > 256 * 1024 {
            self.shrink();
        }
    }

    #[inline]
    fn reset(&mut self) {
        self.buf.clear();
        if self.owning {
            self.segs.clear();
            self.owning = false;
        } else {
            // Only static items, which own nothing: forgetting them is dropping them, without
            // a call into the items' drop glue for each of a pipelined burst's responses.
            self.segs.drain(..).for_each(std::mem::forget);
        }
        self.head = 0;
        self.buf_pos = 0;
        self.front_off = 0;
        self.queued = 0;
        if self.buf.capacity() > 256 * 1024 || self.segs.capacity() > 1024 {
            self.shrink();
        }
    }

    /// Gives back what a burst of large responses made the buffers grow to.
    #[cold]
    fn shrink(&mut self) {
        self.buf.shrink_to(16 * 1024);
        self.segs.shrink_to(64);
    }

    /// The front item is written: release what it holds and move past it.
    #[inline]
    fn finish_front(&mut self) {
        let seg = &mut self.segs[self.head];
        if !matches!(seg.item, Item::Static(_)) {
            seg.item = Item::Static(&[]);
        }
        self.head += 1;
        self.front_off = 0;
    }

    /// One `writev` of the leading buffer/static/bytes segments. Returns false on EAGAIN.
    fn write_vectored(&mut self, sock: &mut TcpStream) -> io::Result<bool> {
        if self.head == self.segs.len() {
            // Only buffer bytes: one `write`.
            return match crate::sys::write(sock.as_raw_fd(), &self.buf[self.buf_pos..]) {
                Ok(n) => {
                    self.queued = self.queued.saturating_sub(n);
                    self.buf_pos += n;
                    Ok(true)
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(true),
                Err(e) => Err(e),
            };
        }
        // Size the iovec array to the queue: zeroing 64 entries costs more than a small write.
        let n = if self.segs.len() - self.head == 1 {
            self.writev_one(sock)?
        } else {
            self.writev_n::<MAX_IOV>(sock)?
        };
        match n {
            // Everything queued went out (no stream waits for its producer): start afresh.
            Some(n) if n == self.queued && self.streams == 0 => {
                self.reset();
                Ok(true)
            }
            Some(n) => {
                self.advance(n);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The common unpipelined shape, one item queued: the buffer bytes before it, the item, the
    /// buffer bytes after it, in one `writev` (empty pieces are harmless). `None` on EAGAIN.
    #[inline]
    fn writev_one(&self, sock: &mut TcpStream) -> io::Result<Option<usize>> {
        let seg = &self.segs[self.head];
        let item: &[u8] = match &seg.item {
            Item::Static(b) => &b[self.front_off..],
            Item::Bytes(b) => &b[self.front_off..],
            Item::File(_) | Item::Stream { .. } => return self.writev_n::<3>(sock),
        };
        let iov = [IoSlice::new(&self.buf[self.buf_pos..seg.at]), IoSlice::new(item), IoSlice::new(&self.buf[seg.at..])];
        match crate::sys::writev(sock.as_raw_fd(), &iov) {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(Some(0)),
            Err(e) => Err(e),
        }
    }

    /// Gathers up to `N` leading pieces (buffer runs and in-memory items) and writes them.
    /// `None` on EAGAIN.
    fn writev_n<const N: usize>(&self, sock: &mut TcpStream) -> io::Result<Option<usize>> {
        let mut room = crate::sys::IoVecs::room::<N>();
        let mut iov = crate::sys::IoVecs::new(&mut room);
        let mut pos = self.buf_pos;
        let mut off = self.front_off;
        let mut stopped = false;
        for seg in &self.segs[self.head..] {
            if seg.at > pos {
                if iov.is_full() {
                    stopped = true;
                    break;
                }
                iov.push(&self.buf[pos..seg.at]);
                pos = seg.at;
            }
            let bytes: &[u8] = match &seg.item {
                Item::Static(b) => &b[off..],
                Item::Bytes(b) => &b[off..],
                Item::File(_) | Item::Stream { .. } => {
                    stopped = true;
                    break;
                }
            };
            off = 0;
            if !bytes.is_empty() {
                if iov.is_full() {
                    stopped = true;
                    break;
                }
                iov.push(bytes);
            }
        }
        if !stopped && pos < self.buf.len() && !iov.is_full() {
            iov.push(&self.buf[pos..]);
        }
        if iov.len() == 0 {
            // Only empty items ahead: `advance(0)` drops them.
            return Ok(Some(0));
        }
        let r = crate::sys::writev(sock.as_raw_fd(), iov.as_slice());
        match r {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Ok(Some(0)),
            Err(e) => Err(e),
        }
    }

    /// Consumes `n` written bytes from the front, moving past finished (and empty) items.
    fn advance(&mut self, mut n: usize) {
        self.queued = self.queued.saturating_sub(n);
        while let Some(front) = self.segs.get(self.head) {
            let gap = front.at - self.buf_pos;
            if n < gap {
                self.buf_pos += n;
                return;
            }
            n -= gap;
            self.buf_pos = front.at;
            let left = match &front.item {
                Item::Static(b) => b.len() - self.front_off,
                Item::Bytes(b) => b.len() - self.front_off,
                Item::File(_) | Item::Stream { .. } => return,
            };
            if n < left {
                self.front_off += n;
                return;
            }
            n -= left;
            self.finish_front();
        }
        self.buf_pos += n;
    }

    /// Sends the front file item. Returns false on EAGAIN.
    fn send_file(&mut self, sock: &mut TcpStream) -> io::Result<bool> {
        let Some(Seg { item: Item::File(f), .. }) = self.segs.get_mut(self.head) else { return Ok(true) };
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
        self.finish_front();
        Ok(true)
    }

    /// Pulls chunks from the front stream while little is queued. Ready when the stream ended
    /// or produced bytes (now queued ahead of it).
    fn pull_stream(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let head = self.head;
        let Some(Seg { at, item: Item::Stream { stream, chunked } }) = self.segs.get_mut(head) else {
            return Poll::Ready(());
        };
        let (at, chunked) = (*at, *chunked);
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
        // The framed chunks go in front of the stream (at the same buffer offset), in order.
        let mut front: Vec<Seg> = Vec::with_capacity(produced.len() * 3 + 1);
        let seg = |item| Seg { at, item };
        for c in produced {
            if chunked {
                let mut line = Vec::with_capacity(12);
                write_hex(&mut line, c.len());
                line.extend_from_slice(b"\r\n");
                self.queued += line.len() + c.len() + 2;
                front.push(seg(Item::Bytes(line)));
                front.push(seg(Item::Bytes(c)));
                front.push(seg(Item::Static(b"\r\n")));
            } else {
                self.queued += c.len();
                front.push(seg(Item::Bytes(c)));
            }
        }
        if ended {
            self.streams -= 1;
            if chunked {
                self.queued += 5;
                front.push(seg(Item::Static(b"0\r\n\r\n")));
            }
            self.segs.splice(head..head + 1, front);
        } else {
            self.segs.splice(head..head, front);
        }
        Poll::Ready(())
    }
}

/// Writes a complete runtime error response (4xx with its reason as the body, 5xx with the
/// reason phrase only) that closes the connection.
pub(crate) fn error_response(status: Status, reason: &'static str) -> Response {
    let body = if status.is_server_error() { status.reason() } else { reason };
    Response::text(body).with_status(status).close_connection()
}
