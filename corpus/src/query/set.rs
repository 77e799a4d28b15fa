//! A set of passage ids as a fixed bitset.
//!
//! Why not `roaring`: a corpus has at most ~100,000 passages, so a full bitset is 12.5 KB and an
//! intersection is ~1,600 word operations, well under a millisecond in WASM, with no dependency
//! and no allocation beyond one vector. The sets kept in the bundle (entity → passages) are
//! compact sorted varint lists instead, turned into bitsets only when a filter asks for them.

/// A set of passage ids below a fixed bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageSet {
    words: Vec<u64>,
    len: usize,
}

impl PassageSet {
    /// The empty set of ids below `len`.
    pub fn empty(len: usize) -> Self {
        PassageSet {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Every id below `len`.
    pub fn full(len: usize) -> Self {
        let mut s = PassageSet {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        s.trim();
        s
    }

    fn trim(&mut self) {
        let rem = self.len % 64;
        if rem != 0 {
            if let Some(last) = self.words.last_mut() {
                *last &= (1u64 << rem) - 1;
            }
        }
    }

    pub fn insert(&mut self, id: u32) {
        let i = id as usize;
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    pub fn insert_range(&mut self, range: std::ops::Range<u32>) {
        for id in range {
            self.insert(id);
        }
    }

    pub fn contains(&self, id: u32) -> bool {
        let i = id as usize;
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// How many ids of `range` are in the set (word by word, not id by id).
    pub fn count_range(&self, range: std::ops::Range<u32>) -> usize {
        let (a, b) = (range.start as usize, (range.end as usize).min(self.len));
        if a >= b {
            return 0;
        }
        let (wa, wb) = (a / 64, (b - 1) / 64);
        let mask_from = |bit: usize| u64::MAX << (bit % 64);
        let mask_to = |bit: usize| u64::MAX >> (63 - (bit % 64));
        if wa == wb {
            return (self.words[wa] & mask_from(a) & mask_to(b - 1)).count_ones() as usize;
        }
        let mut n = (self.words[wa] & mask_from(a)).count_ones() as usize;
        for w in &self.words[wa + 1..wb] {
            n += w.count_ones() as usize;
        }
        n + (self.words[wb] & mask_to(b - 1)).count_ones() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    pub fn intersect_with(&mut self, other: &PassageSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn union_with(&mut self, other: &PassageSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn subtract(&mut self, other: &PassageSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= !b;
        }
    }

    /// The bits, 64 ids a word, id `i` at bit `i % 64` of word `i / 64`.
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The ids in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some((i * 64) as u32 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_iterate_count() {
        let mut s = PassageSet::empty(130);
        for id in [0, 63, 64, 129, 500] {
            s.insert(id);
        }
        assert_eq!(s.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert_eq!(s.count(), 4);
        assert!(s.contains(64) && !s.contains(65) && !s.contains(500));
    }

    #[test]
    fn count_in_ranges() {
        let mut s = PassageSet::empty(300);
        for id in [0, 5, 63, 64, 127, 128, 200, 299] {
            s.insert(id);
        }
        for (range, n) in [
            (0..300, 8),
            (0..1, 1),
            (1..63, 1),
            (5..6, 1),
            (63..129, 4),
            (129..299, 1),
            (10..10, 0),
            (250..400, 1),
        ] {
            assert_eq!(s.count_range(range.clone()), n, "{range:?}");
        }
    }

    #[test]
    fn full_set_stops_at_its_length() {
        let s = PassageSet::full(70);
        assert_eq!(s.count(), 70);
        assert_eq!(s.iter().last(), Some(69));
    }

    #[test]
    fn set_operations() {
        let mut a = PassageSet::empty(10);
        a.insert_range(0..6);
        let mut b = PassageSet::empty(10);
        b.insert_range(4..9);
        let mut i = a.clone();
        i.intersect_with(&b);
        assert_eq!(i.iter().collect::<Vec<_>>(), [4, 5]);
        let mut u = a.clone();
        u.union_with(&b);
        assert_eq!(u.count(), 9);
        a.subtract(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 1, 2, 3]);
        assert!(!a.is_empty() && PassageSet::empty(10).is_empty());
    }
}
