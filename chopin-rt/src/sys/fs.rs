//! `sendfile` and `openat2(RESOLVE_BENEATH)` for static files.

use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, RawFd};

use super::cvt_size;

/// Sends up to `count` bytes of `file` from `offset` to `out`, advancing `offset`.
pub(crate) fn sendfile(out: RawFd, file: &File, offset: &mut u64, count: usize) -> io::Result<usize> {
    let mut off = *offset as libc::off_t;
    // SAFETY: `off` is a valid off_t the kernel updates; both fds are open for the call.
    let n = cvt_size(unsafe { libc::sendfile(out, file.as_raw_fd(), &mut off, count) })?;
    *offset = off as u64;
    Ok(n)
}

const RESOLVE_NO_MAGICLINKS: u64 = 0x02;
const RESOLVE_BENEATH: u64 = 0x08;

#[repr(C)]
struct OpenHow {
    flags: u64,
    mode: u64,
    resolve: u64,
}

/// Opens `rel` (a relative path) read-only under the directory `dir`, refusing by kernel path
/// resolution any result outside it: `..` escapes and symbolic links that leave the directory
/// fail with `EXDEV`. Opened with `O_NONBLOCK` so that a FIFO can never block the worker
/// (it has no effect on regular files or `sendfile`).
pub(crate) fn open_beneath(dir: &File, rel: &str) -> io::Result<File> {
    let path = CString::new(rel).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let how = OpenHow {
        flags: (libc::O_RDONLY | libc::O_CLOEXEC | libc::O_NOCTTY | libc::O_NONBLOCK) as u64,
        mode: 0,
        resolve: RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS,
    };
    // SAFETY: `path` is NUL-terminated; `how` is a live open_how of the size passed.
    let fd = unsafe {
        libc::syscall(
            libc::SYS_openat2,
            dir.as_raw_fd(),
            path.as_ptr(),
            &raw const how,
            std::mem::size_of::<OpenHow>(),
        )
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: openat2 returned a fresh fd we own.
    Ok(unsafe { File::from_raw_fd(fd as RawFd) })
}
