//! Perfect hashing of the static paths, computed at compile time (hash-and-displace, CHD):
//! keys hash into buckets, and each bucket gets a displacement pair that sends its keys to
//! free slots of a power-of-two table. The same hash is emitted as code by `emit::router`,
//! so host and target share no hashing crate. Deterministic: a fixed first seed, and buckets
//! visited in a fixed order.

/// Multiplier of the hash (odd, 64-bit).
pub(crate) const K: u64 = 0x9E37_79B9_7F4A_7C15;
/// The first seed tried.
const SEED0: u64 = 0x243F_6A88_85A3_08D3;

/// Which hash a table uses: the general one reads every word of a key; the two-word one only
/// the length and the first and last eight bytes (no loop), which is enough whenever no two
/// keys agree on those (always for keys up to 16 bytes). A path that is no key and collides
/// with one is refused by the key comparison after the lookup, as with any hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HashKind {
    /// [`hash`]: every word.
    Full,
    /// [`hash_ends`]: the length, the first word and the last word.
    Ends,
}

/// The hash of `kind`.
pub(crate) fn hash_of(kind: HashKind, b: &[u8], seed: u64) -> u64 {
    match kind {
        HashKind::Full => hash(b, seed),
        HashKind::Ends => hash_ends(b, seed),
    }
}

/// The key's short form for [`hash_ends`]: its first and last eight bytes (overlapping or
/// padded for short keys; injective for a given length up to 16 bytes).
fn ends(b: &[u8]) -> (u64, u64) {
    let len = b.len();
    if len >= 8 {
        let a = u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
        let z = u64::from_le_bytes(b[len - 8..].try_into().expect("8 bytes"));
        (a, z)
    } else {
        (tail_word(b), 0)
    }
}

/// A key shorter than eight bytes as one word (two overlapping reads, no byte loop).
fn tail_word(b: &[u8]) -> u64 {
    let len = b.len();
    if len >= 4 {
        let lo = u32::from_le_bytes(b[..4].try_into().expect("4 bytes")) as u64;
        let hi = u32::from_le_bytes(b[len - 4..].try_into().expect("4 bytes")) as u64;
        lo | (hi << 32)
    } else if len >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
        let hi = u16::from_le_bytes([b[len - 2], b[len - 1]]) as u64;
        lo | (hi << 16)
    } else if len == 1 {
        b[0] as u64
    } else {
        0
    }
}

/// The two-word hash: a folded multiplication (the high and low halves of a 128-bit product,
/// XORed) of the first eight bytes with the last eight and the length. One multiplication
/// reaches every output bit from every input bit (the low half carries upwards, the high half
/// gathers every bit, and the fold brings both together), so no finaliser is needed. Constant
/// work whatever the key's length.
pub(crate) fn hash_ends(b: &[u8], seed: u64) -> u64 {
    let (a, z) = ends(b);
    fold_mul(a ^ seed, z ^ (b.len() as u64) ^ ends_seed2(seed))
}

/// The second operand's seed of [`hash_ends`] (emitted as a constant).
pub(crate) fn ends_seed2(seed: u64) -> u64 {
    seed.rotate_left(32) ^ K
}

/// `x * y` over 128 bits, its halves XORed.
fn fold_mul(x: u64, y: u64) -> u64 {
    let p = u128::from(x) * u128::from(y);
    (p as u64) ^ ((p >> 64) as u64)
}

/// The hash the generated router computes: 8 bytes at a time, multiply-xorshift; the tail is
/// one overlapping read (the last 8 bytes, or two overlapping 4- or 2-byte reads of a short
/// key), so no byte loop. Injective on the tail for a given length, and the length is mixed in.
pub(crate) fn hash(b: &[u8], seed: u64) -> u64 {
    let len = b.len();
    let mut h = seed ^ (len as u64).wrapping_mul(K);
    let mut i = 0;
    while i + 8 <= len {
        let w = u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
        h = (h ^ w).wrapping_mul(K);
        h ^= h >> 29;
        i += 8;
    }
    let t = if i == len {
        0
    } else if len >= 8 {
        u64::from_le_bytes(b[len - 8..].try_into().expect("8 bytes"))
    } else {
        tail_word(b)
    };
    h = (h ^ t).wrapping_mul(K);
    fmix(h)
}

/// Final avalanche (every input bit reaches every output bit): the words are mixed in by
/// multiplication, which only carries upwards, so without it keys that differ in their last
/// byte would share the low bits that choose their bucket and slot.
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX1);
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX2);
    h ^ (h >> 33)
}

/// The finaliser's multipliers (odd 64-bit constants).
pub(crate) const FMIX1: u64 = 0xFF51_AFD7_ED55_8CCD;
pub(crate) const FMIX2: u64 = 0xC4CE_B9FE_1A85_EC53;

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
    pub(crate) kind: HashKind,
    pub(crate) seed: u64,
    /// One displacement pair per bucket (a power-of-two count).
    pub(crate) disps: Vec<(u32, u32)>,
    /// For each table slot, the index of the key stored there.
    pub(crate) slots: Vec<Option<usize>>,
}

impl Phf {
    /// Builds the table for `keys` (distinct, at least one).
    pub(crate) fn build(keys: &[&[u8]]) -> Phf {
        // The two-word hash when the keys' lengths and end words tell them apart.
        let mut short: Vec<(usize, (u64, u64))> = keys.iter().map(|k| (k.len(), ends(k))).collect();
        short.sort_unstable();
        let kind = if short.windows(2).all(|w| w[0] != w[1]) { HashKind::Ends } else { HashKind::Full };
        let n = keys.len().max(1);
        let mut table = n.next_power_of_two();
        let buckets = n.div_ceil(3).next_power_of_two();
        let mut seed = SEED0;
        // A seed fails only when two keys of one bucket cannot be separated; with a mixing
        // hash that is rare, so a few seeds suffice. The table grows if they do not.
        for attempt in 0.. {
            if let Some(p) = Self::try_seed(keys, kind, seed, table, buckets) {
                return p;
            }
            seed = seed.wrapping_mul(K).wrapping_add(1);
            if attempt % 64 == 63 {
                table *= 2;
            }
        }
        unreachable!("the loop above only ends by returning")
    }

    fn try_seed(keys: &[&[u8]], kind: HashKind, seed: u64, table: usize, buckets: usize) -> Option<Phf> {
        let hashes: Vec<(u32, u32, u32)> = keys.iter().map(|k| split(hash_of(kind, k, seed))).collect();
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
        Some(Phf { kind, seed, disps, slots })
    }

    /// The key index `key` would be stored at, if any (for tests; the emitted code does the
    /// same arithmetic).
    #[cfg(test)]
    pub(crate) fn lookup(&self, keys: &[&[u8]], key: &[u8]) -> Option<usize> {
        let (g, f1, f2) = split(hash_of(self.kind, key, self.seed));
        let d = self.disps[g as usize & (self.disps.len() - 1)];
        let s = slot(f1, f2, d, (self.slots.len() - 1) as u32);
        self.slots[s as usize].filter(|&k| keys[k] == key)
    }
}
