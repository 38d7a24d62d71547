//! Perfect hashing of the static paths, computed at compile time (hash-and-displace, CHD):
//! keys hash into buckets, and each bucket gets a displacement pair that sends its keys to
//! free slots of a power-of-two table. The same hash is emitted as code by `emit::router`,
//! so host and target share no hashing crate. Deterministic: a fixed first seed, and buckets
//! visited in a fixed order.

/// Multiplier of the hash (odd, 64-bit).
pub(crate) const K: u64 = 0x9E37_79B9_7F4A_7C15;
/// The first seed tried.
const SEED0: u64 = 0x243F_6A88_85A3_08D3;

/// The hash the generated router computes: 8 bytes at a time, multiply-xorshift.
pub(crate) fn hash(b: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 29;
    }
    let mut t = 0u64;
    for (i, &x) in chunks.remainder().iter().enumerate() {
        t |= (x as u64) << (8 * i);
    }
    h = (h ^ t).wrapping_mul(K);
    h ^ (h >> 32)
}

/// The three values one hash yields: a bucket selector and the two displacement factors.
pub(crate) fn split(h: u64) -> (u32, u32, u32) {
    let g = h as u32;
    let f1 = (h >> 32) as u32;
    let f2 = ((h >> 16) as u32) | 1;
    (g, f1, f2)
}

/// The slot of a key, given its bucket's displacement.
pub(crate) fn slot(f1: u32, f2: u32, d: (u32, u32), mask: u32) -> u32 {
    f1.wrapping_add(d.0.wrapping_mul(f2)).wrapping_add(d.1) & mask
}

/// A perfect hash of a key set.
#[derive(Debug)]
pub(crate) struct Phf {
    pub(crate) seed: u64,
    /// One displacement pair per bucket (a power-of-two count).
    pub(crate) disps: Vec<(u32, u32)>,
    /// For each table slot, the index of the key stored there.
    pub(crate) slots: Vec<Option<usize>>,
}

impl Phf {
    /// Builds the table for `keys` (distinct, at least one).
    pub(crate) fn build(keys: &[&[u8]]) -> Phf {
        let n = keys.len().max(1);
        let table = n.next_power_of_two();
        let buckets = n.div_ceil(3).next_power_of_two();
        let mut seed = SEED0;
        loop {
            if let Some(p) = Self::try_seed(keys, seed, table, buckets) {
                return p;
            }
            seed = seed.wrapping_mul(K).wrapping_add(1);
        }
    }

    fn try_seed(keys: &[&[u8]], seed: u64, table: usize, buckets: usize) -> Option<Phf> {
        let hashes: Vec<(u32, u32, u32)> = keys.iter().map(|k| split(hash(k, seed))).collect();
        let mut by_bucket: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, h) in hashes.iter().enumerate() {
            by_bucket[h.0 as usize & (buckets - 1)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| (std::cmp::Reverse(by_bucket[b].len()), b));
        let mask = (table - 1) as u32;
        let mut slots: Vec<Option<usize>> = vec![None; table];
        let mut disps = vec![(0u32, 0u32); buckets];
        let mut taken: Vec<u32> = Vec::new();
        for b in order {
            let members = &by_bucket[b];
            if members.is_empty() {
                continue;
            }
            let mut placed = false;
            'search: for d0 in 0..table as u32 {
                for d1 in 0..table as u32 {
                    taken.clear();
                    let fits = members.iter().all(|&k| {
                        let s = slot(hashes[k].1, hashes[k].2, (d0, d1), mask);
                        let free = slots[s as usize].is_none() && !taken.contains(&s);
                        taken.push(s);
                        free
                    });
                    if fits {
                        for (&k, &s) in members.iter().zip(&taken) {
                            slots[s as usize] = Some(k);
                        }
                        disps[b] = (d0, d1);
                        placed = true;
                        break 'search;
                    }
                }
            }
            if !placed {
                return None;
            }
        }
        Some(Phf { seed, disps, slots })
    }

    /// The key index `key` would be stored at, if any (for tests; the emitted code does the
    /// same arithmetic).
    #[cfg(test)]
    pub(crate) fn lookup(&self, keys: &[&[u8]], key: &[u8]) -> Option<usize> {
        let (g, f1, f2) = split(hash(key, self.seed));
        let d = self.disps[g as usize & (self.disps.len() - 1)];
        let s = slot(f1, f2, d, (self.slots.len() - 1) as u32);
        self.slots[s as usize].filter(|&k| keys[k] == key)
    }
}
