//! A hashed timing wheel for connection deadlines. A connection has at most one entry; moving
//! its deadline later costs nothing (the entry is re-filed when its slot comes round), so the
//! request path only stores a number.

const SLOTS: usize = 1024;
/// Milliseconds per slot.
pub(crate) const TICK_MS: u64 = 10;

pub(crate) struct Wheel {
    slots: Vec<Vec<(u32, u32, u64)>>,
    /// The last tick processed.
    tick: u64,
    /// The first millisecond of the tick after `tick` (so the per-turn check is one compare).
    next_tick_ms: u64,
    len: usize,
    /// No entry is filed before this tick (a lower bound, recomputed only when passed).
    min_tick: u64,
}

impl Wheel {
    pub(crate) fn new(now_ms: u64) -> Wheel {
        Wheel {
            slots: (0..SLOTS).map(|_| Vec::new()).collect(),
            tick: now_ms / TICK_MS,
            next_tick_ms: (now_ms / TICK_MS + 1) * TICK_MS,
            len: 0,
            min_tick: u64::MAX,
        }
    }

    /// Files connection `(slot, generation)` under `deadline_ms` (never in the past tick). The
    /// entry carries the deadline it was filed for, so a superseded entry can be recognised.
    pub(crate) fn insert(&mut self, deadline_ms: u64, slot: u32, generation: u32) {
        let t = (deadline_ms / TICK_MS).max(self.tick + 1);
        self.slots[(t % SLOTS as u64) as usize].push((slot, generation, deadline_ms));
        self.len += 1;
        self.min_tick = self.min_tick.min(t);
    }

    /// Whether `now_ms` is past the last tick processed (so [`Wheel::advance`] has work).
    #[inline]
    pub(crate) fn ticks_by(&self, now_ms: u64) -> bool {
        now_ms >= self.next_tick_ms
    }

    /// Takes every entry filed in the ticks up to `now_ms` (entries may be due later: the caller
    /// checks the connection's current deadline and re-files it).
    pub(crate) fn advance(&mut self, now_ms: u64, out: &mut Vec<(u32, u32, u64)>) {
        let now_tick = now_ms / TICK_MS;
        if now_tick <= self.tick {
            return;
        }
        let steps = (now_tick - self.tick).min(SLOTS as u64);
        for i in 1..=steps {
            let s = ((self.tick + i) % SLOTS as u64) as usize;
            self.len -= self.slots[s].len();
            out.append(&mut self.slots[s]);
        }
        self.tick = now_tick;
        self.next_tick_ms = (now_tick + 1) * TICK_MS;
        if now_tick >= self.min_tick {
            self.min_tick = self.scan_next().unwrap_or(u64::MAX);
        }
    }

    /// The first non-empty tick after the current one (scans at most one revolution).
    fn scan_next(&self) -> Option<u64> {
        if self.len == 0 {
            return None;
        }
        (1..=SLOTS as u64)
            .map(|i| self.tick + i)
            .find(|t| !self.slots[(t % SLOTS as u64) as usize].is_empty())
    }

    /// Milliseconds until the next non-empty slot, if any entry exists (O(1): a cached bound).
    pub(crate) fn next_in(&self, now_ms: u64) -> Option<u64> {
        if self.len == 0 || self.min_tick == u64::MAX {
            return None;
        }
        Some((self.min_tick * TICK_MS).saturating_sub(now_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_come_out_at_their_tick() {
        let mut w = Wheel::new(0);
        w.insert(25, 1, 0);
        w.insert(95, 2, 0);
        w.insert(20_000, 3, 0);
        let mut out = Vec::new();
        w.advance(19, &mut out);
        assert!(out.is_empty());
        assert_eq!(w.next_in(19), Some(1));
        w.advance(20, &mut out);
        assert_eq!(out, vec![(1, 0, 25)]);
        out.clear();
        w.advance(100, &mut out);
        assert_eq!(out, vec![(2, 0, 95)]);
        out.clear();
        // 20 s is past one revolution (10.24 s): it surfaces early, for the caller to re-file.
        w.advance(10_300, &mut out);
        assert_eq!(out, vec![(3, 0, 20_000)]);
        assert_eq!(w.next_in(10_300), None);
    }

    #[test]
    fn a_long_gap_visits_every_slot_once() {
        let mut w = Wheel::new(0);
        for i in 0..50 {
            w.insert(i * 300, i as u32, 7);
        }
        let mut out = Vec::new();
        w.advance(1_000_000, &mut out);
        assert_eq!(out.len(), 50);
        assert_eq!(w.next_in(1_000_000), None);
    }
}
