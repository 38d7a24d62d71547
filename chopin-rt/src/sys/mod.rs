//! Every system call the runtime makes that std does not wrap: epoll, eventfd, sockets with
//! `SO_REUSEPORT`, `accept4`, `sendfile`, `openat2`, signal masks, `getrandom`, non-blocking
//! `connect`; the SSE2 byte scans of the HTTP parser; and text scans (UTF-8 with an ASCII
//! fast path, HTML escaping). This is the only module with `unsafe`; each block states why it
//! is sound.

mod buf;
mod epoll;
mod fs;
mod net;
mod random;
mod raw;
mod signal;
mod simd;
mod text;

pub(crate) use buf::append_prefix;
pub(crate) use epoll::{Epoll, EventFd, Event, EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLRDHUP};
pub(crate) use fs::{open_beneath, sendfile};
pub(crate) use net::{
    accept, bind_listener, connect_start, set_nodelay, set_nonblocking, shutdown_write,
    take_socket_error,
};
pub(crate) use random::fill_random;
pub(crate) use raw::{monotonic_ns, read, send, write, writev, IoVecs};
pub(crate) use signal::{block_shutdown_signals, wait_shutdown_signal};
pub(crate) use simd::{find_byte, is_value_byte, target_end, value_end};
pub(crate) use text::{html_special, utf8};

use std::io;

/// Turns a `-1` return into the thread's `errno` as an `io::Error`.
#[inline]
fn cvt(ret: libc::c_int) -> io::Result<libc::c_int> {
    if ret == -1 { Err(io::Error::last_os_error()) } else { Ok(ret) }
}

#[inline]
fn cvt_size(ret: libc::ssize_t) -> io::Result<usize> {
    if ret == -1 { Err(io::Error::last_os_error()) } else { Ok(ret as usize) }
}

/// `b` as `&str` when it is all ASCII (checked here, a word at a time; cheaper than full
/// UTF-8 validation on the request path).
#[inline]
pub(crate) fn ascii_str(b: &[u8]) -> Option<&str> {
    if b.is_ascii() {
        // SAFETY: every byte was just checked to be ASCII, and ASCII is valid UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(b) })
    } else {
        None
    }
}
