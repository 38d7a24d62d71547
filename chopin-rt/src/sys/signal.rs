//! Blocking SIGINT/SIGTERM in the serving threads and waiting for them synchronously.

use std::io;
use std::mem;
use std::time::Duration;

fn shutdown_set() -> libc::sigset_t {
    // SAFETY: sigemptyset initialises the set it is given; sigaddset adds valid signal numbers.
    unsafe {
        let mut set: libc::sigset_t = mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        set
    }
}

/// Blocks SIGINT and SIGTERM for the calling thread (threads spawned later inherit the mask),
/// so they are only ever received by [`wait_shutdown_signal`].
pub(crate) fn block_shutdown_signals() -> io::Result<()> {
    let set = shutdown_set();
    // SAFETY: `set` is initialised; the old mask is not wanted.
    let r = unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
    if r != 0 { Err(io::Error::from_raw_os_error(r)) } else { Ok(()) }
}

/// Waits up to `timeout` for SIGINT or SIGTERM; returns the signal number if one arrived.
pub(crate) fn wait_shutdown_signal(timeout: Duration) -> Option<i32> {
    let set = shutdown_set();
    let ts = libc::timespec {
        tv_sec: timeout.as_secs() as libc::time_t,
        tv_nsec: timeout.subsec_nanos() as libc::c_long,
    };
    // SAFETY: `set` and `ts` are valid; siginfo is not wanted (null allowed).
    let r = unsafe { libc::sigtimedwait(&set, std::ptr::null_mut(), &ts) };
    if r > 0 { Some(r) } else { None }
}
