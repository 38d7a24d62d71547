//! Executor, timer and readiness tests on a private reactor (`block_on`).

use std::cell::RefCell;
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::rc::Rc;
use std::time::{Duration, Instant};

use super::*;

#[test]
fn tasks_run_and_join_in_spawn_order() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let out = block_on({
        let log = log.clone();
        async move {
            let mut hs = Vec::new();
            for i in 0..5 {
                let log = log.clone();
                hs.push(spawn(async move {
                    log.borrow_mut().push(i);
                    i * 10
                }));
            }
            let mut sum = 0;
            for h in hs {
                sum += h.await.unwrap();
            }
            sum
        }
    });
    assert_eq!(out, 100);
    assert_eq!(*log.borrow(), vec![0, 1, 2, 3, 4]);
}

#[test]
fn a_panicking_task_reports_an_error_and_the_loop_survives() {
    let r = block_on(async {
        let bad = spawn(async { panic!("boom (expected by the test)") });
        let good = spawn(async { 7 });
        (bad.await, good.await)
    });
    assert_eq!(r.0, Err(JoinError::Panicked));
    assert_eq!(r.1, Ok(7));
}

#[test]
fn sleeps_wake_in_deadline_order() {
    let order = Rc::new(RefCell::new(Vec::new()));
    block_on({
        let order = order.clone();
        async move {
            let mut hs = Vec::new();
            for ms in [30u64, 10, 20] {
                let order = order.clone();
                hs.push(spawn(async move {
                    sleep(Duration::from_millis(ms)).await;
                    order.borrow_mut().push(ms);
                }));
            }
            for h in hs {
                h.await.unwrap();
            }
        }
    });
    assert_eq!(*order.borrow(), vec![10, 20, 30]);
}

#[test]
fn a_dropped_sleep_leaves_no_timer_behind() {
    block_on(async {
        for _ in 0..1000 {
            let r = timeout(Duration::from_millis(0), sleep(Duration::from_secs(3600))).await;
            assert_eq!(r, Err(Elapsed));
        }
        assert_eq!(with_core(|c| c.timers.borrow().len()), 0);
    });
}

#[test]
fn timeout_passes_through_a_fast_future() {
    let r = block_on(timeout(Duration::from_secs(5), async { 3 }));
    assert_eq!(r, Ok(3));
}

#[test]
fn blocking_work_wakes_the_loop_from_another_thread() {
    let start = Instant::now();
    let v = block_on(async {
        let a = spawn_blocking(|| {
            std::thread::sleep(Duration::from_millis(30));
            1
        });
        let b = spawn_blocking(|| -> u32 { panic!("blocking panic (expected by the test)") });
        (a.await, b.await)
    });
    assert_eq!(v, (Ok(1), Err(JoinError::Panicked)));
    assert!(start.elapsed() >= Duration::from_millis(30));
}

#[test]
fn async_fd_waits_for_readiness() {
    let (a, mut b) = UnixStream::pair().unwrap();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        b.write_all(b"late").unwrap();
        b
    });
    let got = block_on(async move {
        let mut a = Async::new(a).unwrap();
        let mut buf = [0u8; 8];
        let n = a.read(&mut buf).await.unwrap();
        buf[..n].to_vec()
    });
    assert_eq!(got, b"late");
    drop(writer.join().unwrap());
}

#[test]
fn async_write_all_waits_for_room() {
    let (a, b) = UnixStream::pair().unwrap();
    let payload: Vec<u8> = (0..4_000_000u32).map(|i| i as u8).collect();
    let expect = payload.clone();
    let reader = std::thread::spawn(move || {
        use std::io::Read;
        let mut b = b;
        let mut got = Vec::new();
        b.read_to_end(&mut got).unwrap();
        got
    });
    block_on(async move {
        let mut a = Async::new(a).unwrap();
        a.write_all(&payload).await.unwrap();
    });
    assert_eq!(reader.join().unwrap(), expect);
}

#[test]
fn block_on_refuses_nesting() {
    let r = std::panic::catch_unwind(|| block_on(async { block_on(async { 1 }) }));
    assert!(r.is_err());
}

/// A future that wakes its own task while being polled (a yield) must be polled again.
#[test]
fn a_task_that_wakes_itself_while_polled_runs_again() {
    let v = block_on(async {
        let task = spawn(async {
            let mut yielded = 0;
            std::future::poll_fn(|cx| {
                if yielded == 3 {
                    return std::task::Poll::Ready(yielded);
                }
                yielded += 1;
                cx.waker().wake_by_ref();
                std::task::Poll::Pending
            })
            .await
        });
        // A lost wake would leave the task pending forever: bound the wait.
        timeout(Duration::from_secs(5), task).await.expect("the task was not polled again").unwrap()
    });
    assert_eq!(v, 3);
}

/// A peer that writes its last bytes and closes before we read: the bytes and the hang-up come
/// as one edge. A short read marks the fd drained, but after a hang-up it must stay readable, or
/// the end of the stream would never be seen (a PostgreSQL backend's FATAL error then close).
#[test]
fn end_of_stream_after_a_short_read_is_still_seen() {
    let (a, mut b) = UnixStream::pair().unwrap();
    let got = block_on(async move {
        let mut a = Async::new(a).unwrap();
        // Let the registration's first readiness pass, then have the peer write and close.
        let mut buf = [0u8; 64];
        std::future::poll_fn(|cx| {
            let r = a.poll_io(cx, false, |s| std::io::Read::read(s, &mut buf));
            assert!(r.is_pending(), "nothing written yet");
            std::task::Poll::Ready(())
        })
        .await;
        b.write_all(b"bye").unwrap();
        drop(b);
        let n = a.read(&mut buf).await.unwrap();
        assert_eq!(&buf[..n], b"bye");
        a.clear(false); // what a short read does
        timeout(Duration::from_secs(5), a.read(&mut buf)).await.expect("the end of the stream was never seen")
    });
    assert_eq!(got.unwrap(), 0);
}
