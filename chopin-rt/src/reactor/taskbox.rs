//! The boxes of async handlers' futures (and then their answers), with their memory kept for
//! reuse by the thread.
//!
//! Every request to an async handler puts one future on the heap. A general-purpose allocator
//! serves that well on average, but its fast paths are not free: mimalloc's aligned entry
//! point (what its `GlobalAlloc` calls) and the periodic collection of freed blocks cost about
//! a hundred instructions per request for a box freed as soon as its response is sent. A
//! worker's futures come from a handful of handler types of steady sizes, so each thread
//! keeps a few freed blocks per size class (powers of two from 64 bytes to 4 KiB) and hands
//! them out again: a box costs a vector pop and push. Larger or over-aligned futures use the
//! global allocator directly.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::ptr::NonNull;
use std::task::{Context, Poll};

use crate::response::IntoResponse;
use crate::service::Reply;

/// The smallest class, as a power of two (64 bytes).
const MIN_SHIFT: u32 = 6;
/// Classes: 64, 128, …, 4096 bytes.
const CLASSES: usize = 7;
/// Alignment of every pooled block (futures asking for more use the global allocator).
const ALIGN: usize = 16;
/// Freed blocks kept per class and thread.
const KEEP: usize = 64;

/// A thread's freed blocks, by class; given back to the allocator when the thread exits.
struct FreeLists([Vec<NonNull<u8>>; CLASSES]);

impl Drop for FreeLists {
    fn drop(&mut self) {
        for (class, list) in self.0.iter_mut().enumerate() {
            for p in list.drain(..) {
                // SAFETY: every block in list `class` came from `alloc(class_layout(class))`.
                unsafe { dealloc(p.as_ptr(), class_layout(class)) };
            }
        }
    }
}

thread_local! {
    static FREE: RefCell<FreeLists> = const { RefCell::new(FreeLists([const { Vec::new() }; CLASSES])) };
}

/// The layout of the blocks of `class`.
fn class_layout(class: usize) -> Layout {
    // A power of two between 64 and 4096 with alignment 16 is always a valid layout.
    Layout::from_size_align(1 << (MIN_SHIFT as usize + class), ALIGN).expect("a valid class layout")
}

/// The class serving `layout`, if one does.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > ALIGN {
        return None;
    }
    let size = layout.size().max(1).next_power_of_two().max(1 << MIN_SHIFT);
    let class = (size.trailing_zeros() - MIN_SHIFT) as usize;
    (class < CLASSES).then_some(class)
}

/// A block for `layout`: a kept one of its class, or a new one.
#[inline(always)]
fn take(layout: Layout) -> NonNull<u8> {
    let class = class_of(layout);
    if let Some(class) = class
        && let Some(p) = FREE.try_with(|f| f.borrow_mut().0[class].pop()).ok().flatten()
    {
        return p;
    }
    let real = class.map_or(layout, class_layout);
    // SAFETY: `real` has a non-zero size (a class, or a future of non-zero size: zero-sized
    // ones fall in the smallest class).
    let p = unsafe { alloc(real) };
    NonNull::new(p).unwrap_or_else(|| handle_alloc_error(real))
}

/// Gives back the block of a value of `layout` (already dropped).
#[inline]
fn give(p: NonNull<u8>, layout: Layout) {
    let class = class_of(layout);
    let real = class.map_or(layout, class_layout);
    if let Some(class) = class {
        let kept = FREE
            .try_with(|f| {
                let mut f = f.borrow_mut();
                let list = &mut f.0[class];
                if list.len() < KEEP {
                    list.push(p);
                    true
                } else {
                    false
                }
            })
            .unwrap_or(false);
        if kept {
            return;
        }
    }
    // SAFETY: `p` was allocated by `take` with exactly `real`.
    unsafe { dealloc(p.as_ptr(), real) };
}

/// A connection's answer in the making: polled to completion, it keeps the handler's value
/// (`R: IntoResponse`) where the future was, and [`Answer::send`] later writes that value
/// into the connection's output as a synchronous handler's would be ([`IntoResponse::send_to`]:
/// a `Json` value straight into the write buffer), with no [`Response`](crate::Response) in
/// between.
pub(crate) trait Answer {
    /// Polls the future; `Ready` once the value is kept.
    fn poll_answer(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
    /// Sends the kept value into `reply` (once, after [`Answer::poll_answer`] was ready);
    /// false when there was none (the stage holds a future, or was sent before).
    fn send(self: Pin<&mut Self>, reply: &mut Reply<'_>) -> bool;
}

/// The future, then its value, then nothing.
enum Stage<F, R> {
    Running(F),
    Done(R),
    Sent,
}

impl<F: Future<Output = R>, R: IntoResponse> Answer for Stage<F, R> {
    #[inline]
    fn poll_answer(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: the future is structurally pinned: it is polled where it lies and only
        // ever dropped in place (by `Pin::set` below or with the block); the value `R` is
        // never pinned.
        let fut = match unsafe { self.as_mut().get_unchecked_mut() } {
            // SAFETY: see above.
            Stage::Running(f) => unsafe { Pin::new_unchecked(f) },
            _ => return Poll::Ready(()),
        };
        match fut.poll(cx) {
            Poll::Ready(v) => {
                // Drops the future in place and keeps its value. Should dropping the future
                // panic, the assignment still leaves the value in the stage (an assignment's
                // unwinding path writes the new value), so nothing is dropped twice.
                self.set(Stage::Done(v));
                Poll::Ready(())
            }
            Poll::Pending => Poll::Pending,
        }
    }

    #[inline]
    fn send(self: Pin<&mut Self>, reply: &mut Reply<'_>) -> bool {
        // SAFETY: only the unpinned value is moved out, and only when the stage holds it
        // (never a running future).
        let this = unsafe { self.get_unchecked_mut() };
        let Stage::Done(v) = this else { return false };
        // SAFETY: `v` is initialised and read exactly once: the stage is overwritten with
        // `Sent` right after without dropping what it held (so the value is not dropped
        // twice), and nothing between the two can unwind. Moving just the value, rather than
        // `mem::replace` of the whole stage, copies a few words instead of the future's size.
        let v = unsafe { std::ptr::read(v) };
        // SAFETY: `this` is valid for writes; its old contents were moved out above.
        unsafe { std::ptr::write(this, Stage::Sent) };
        v.send_to(reply);
        true
    }
}

/// An owned, pinned [`Answer`] (a handler's future and then its value), in a block from the
/// thread's free lists.
pub(crate) struct TaskBox {
    fut: NonNull<dyn Answer>,
}

impl TaskBox {
    /// Moves `fut` into a block.
    #[inline]
    pub(crate) fn new<F, R>(fut: F) -> TaskBox
    where
        F: Future<Output = R> + 'static,
        R: IntoResponse + 'static,
    {
        let p = take(Layout::new::<Stage<F, R>>()).cast::<Stage<F, R>>();
        // SAFETY: `p` is valid for writes of `Stage<F, R>` (at least its size, at least its
        // alignment) and not aliased.
        unsafe { p.as_ptr().write(Stage::Running(fut)) };
        let fut: NonNull<dyn Answer> = p;
        TaskBox { fut }
    }

    /// Polls the future to its value.
    #[inline]
    pub(crate) fn poll_answer(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: the answer lives in its block until the box drops it, and is never moved
        // out of it: it is pinned, whatever happens to the `TaskBox` itself.
        unsafe { Pin::new_unchecked(self.fut.as_mut()) }.poll_answer(cx)
    }

    /// Sends the value (see [`Answer::send`]).
    #[inline]
    fn send(&mut self, reply: &mut Reply<'_>) -> bool {
        // SAFETY: as in `poll_answer`.
        unsafe { Pin::new_unchecked(self.fut.as_mut()) }.send(reply)
    }

    /// Sends the value of a finished answer (one [`TaskBox::poll_answer`] found ready) and
    /// gives its block back. Once sent, the stage holds nothing to drop (the future was
    /// dropped when it finished, the value was moved out to be sent), so the block goes back
    /// without the drop's virtual call; should sending panic, the box is dropped as usual
    /// while unwinding (a drop that cannot panic: there is nothing left in it).
    #[inline]
    pub(crate) fn send_and_free(mut self, reply: &mut Reply<'_>) {
        if !self.send(reply) {
            // Nothing was sent (an unfinished future): dropped as usual.
            return;
        }
        // SAFETY: the block is the box's own; the stage in it was overwritten with `Sent`
        // by `send` (a state with nothing to drop), and the box is forgotten right after, so
        // the block is neither dropped in place nor given back twice.
        unsafe {
            let layout = Layout::for_value(self.fut.as_ref());
            give(self.fut.cast::<u8>(), layout);
        }
        std::mem::forget(self);
    }
}

impl Drop for TaskBox {
    fn drop(&mut self) {
        // SAFETY: the answer is initialised and owned by this box; its layout is read before
        // it is dropped in place, and its block is not used again after being given back.
        unsafe {
            let layout = Layout::for_value(self.fut.as_ref());
            std::ptr::drop_in_place(self.fut.as_ptr());
            give(self.fut.cast::<u8>(), layout);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::Response;
    use std::cell::Cell;
    use std::rc::Rc;

    #[test]
    fn classes_cover_sizes_up_to_4_kib() {
        assert_eq!(class_of(Layout::from_size_align(0, 1).unwrap()), Some(0));
        assert_eq!(class_of(Layout::from_size_align(64, 8).unwrap()), Some(0));
        assert_eq!(class_of(Layout::from_size_align(65, 8).unwrap()), Some(1));
        assert_eq!(class_of(Layout::from_size_align(504, 8).unwrap()), Some(3));
        assert_eq!(class_of(Layout::from_size_align(4096, 16).unwrap()), Some(6));
        assert_eq!(class_of(Layout::from_size_align(4097, 8).unwrap()), None);
        assert_eq!(class_of(Layout::from_size_align(64, 32).unwrap()), None);
    }

    /// Counts its drops.
    struct Probe(Rc<Cell<u32>>);
    impl Drop for Probe {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    /// Runs the box's future to its answer, sends that and returns the response's body.
    fn run(mut b: TaskBox) -> Vec<u8> {
        crate::reactor::block_on(std::future::poll_fn(|cx| b.poll_answer(cx)));
        let date = crate::conn::output::date_line(0);
        let mut out = crate::conn::output::Output::default();
        let mut reply = Reply::new(&mut out, &date, false, crate::conn::output::ConnHeader::None, false);
        b.send_and_free(&mut reply);
        drop(reply);
        let bytes = crate::reactor::block_on(out.drain_to_vec()).expect("an in-memory response");
        let at = bytes.windows(4).position(|w| w == b"\r\n\r\n").expect("a head") + 4;
        bytes[at..].to_vec()
    }

    #[test]
    fn runs_drops_and_reuses_blocks() {
        let drops = Rc::new(Cell::new(0));
        let probe = Probe(drops.clone());
        let b = TaskBox::new(async move {
            let _p = probe;
            Response::text("first")
        });
        let first = b.fut.cast::<u8>();
        assert_eq!(run(b), b"first");
        assert_eq!(drops.get(), 1, "the future's captures were dropped");
        // Same size class: the freed block comes back.
        let probe = Probe(drops.clone());
        let b = TaskBox::new(async move {
            let _p = probe;
            Response::text("second")
        });
        assert_eq!(b.fut.cast::<u8>(), first);
        drop(b);
        assert_eq!(drops.get(), 2, "an unpolled future is dropped with its box");
    }

    /// A finished future whose drop panics (after its other field was dropped).
    struct Bomb;
    impl Drop for Bomb {
        fn drop(&mut self) {
            panic!("dropping the future");
        }
    }
    struct Finished {
        _bomb: Bomb,
        _probe: Probe,
    }
    impl Future for Finished {
        type Output = &'static str;
        fn poll(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<&'static str> {
            Poll::Ready("done")
        }
    }

    #[test]
    fn a_future_whose_drop_panics_is_dropped_once() {
        let drops = Rc::new(Cell::new(0));
        let mut b = TaskBox::new(Finished { _bomb: Bomb, _probe: Probe(drops.clone()) });
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            b.poll_answer(&mut Context::from_waker(std::task::Waker::noop()))
        }));
        assert!(r.is_err(), "the drop's panic reaches the poller");
        assert_eq!(drops.get(), 1, "the future's other field was dropped while unwinding");
        drop(b);
        assert_eq!(drops.get(), 1, "nothing of the future is dropped again with the box");
    }

    #[test]
    fn large_and_over_aligned_futures_use_the_allocator() {
        #[repr(align(64))]
        struct Aligned([u8; 64]);
        let a = Aligned([7; 64]);
        let b = TaskBox::new(async move {
            let a = a; // the whole value, not just the field read below
            Response::text(format!("{}", a.0[63]))
        });
        assert_eq!(b.fut.cast::<u8>().as_ptr() as usize % 64, 0);
        assert_eq!(run(b), b"7");
        let big = [3u8; 10_000];
        let b = TaskBox::new(async move { Response::text(format!("{}", big.iter().map(|&x| x as u32).sum::<u32>())) });
        assert_eq!(run(b), b"30000");
    }
}
