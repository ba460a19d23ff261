//! Fast word lookups: a small open-addressing hash table from a word to
//! the set of word lists it belongs to.
//!
//! The closed word lists (speech verbs, titles, function words…) are asked
//! about every token several times over; a binary search or a linear scan
//! per question cost a fifth of the annotation time. One hash probe answers
//! every list at once, as a bit set. Words are packed, zero-padded, into
//! four machine words, so hashing and comparing take a few instructions
//! and no call to `memcmp`. Written here rather than taken from a crate:
//! it is short and needs no dependency.

/// Bytes of a packed word; longer words are kept aside (none is, today).
const KEY_BYTES: usize = 32;

/// A word of at most [`KEY_BYTES`] bytes, zero-padded, as machine words.
type Key = [u64; KEY_BYTES / 8];

/// Multiplier of the Fx hash, an odd constant with well-mixed bits.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// `bytes` packed into a [`Key`], lowered to ASCII lower case when `lower`;
/// `None` when longer than [`KEY_BYTES`].
fn pack(bytes: &[u8], lower: bool) -> Option<Key> {
    let mut buf = [0u8; KEY_BYTES];
    buf.get_mut(..bytes.len())?.copy_from_slice(bytes);
    if lower {
        buf.make_ascii_lowercase();
    }
    let mut key = [0u64; KEY_BYTES / 8];
    for (k, chunk) in key.iter_mut().zip(buf.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        *k = u64::from_le_bytes(b);
    }
    Some(key)
}

/// The Fx hash of a packed word, with the high bits folded down (the low
/// bits pick the slot).
fn hash_key(key: &Key) -> u64 {
    let h = key
        .iter()
        .fold(0u64, |h, &w| (h.rotate_left(5) ^ w).wrapping_mul(SEED));
    h ^ (h >> 29)
}

/// One slot of the table: a packed word, its length and its bits. A slot
/// with `len == 0` is free.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    len: usize,
    bits: u32,
}

/// Words mapped to bit sets (one bit per list a word is in). Built once;
/// looked up by exact bytes, so callers normalise (lower-case, strip a
/// final period) before asking.
pub struct WordTable {
    /// Open-addressed slots; the length is a power of two.
    slots: Vec<Slot>,
    /// `slots.len() - 1`.
    mask: usize,
    /// Words longer than [`KEY_BYTES`], with their bits, looked at in turn.
    long: Vec<(Box<[u8]>, u32)>,
    /// The longest word stored: longer questions are answered at once.
    longest: usize,
}

impl WordTable {
    /// A table holding every word of every list, each list marked by its
    /// bit set `bits`. A word in several lists carries all their bits.
    /// Empty words are left out (no lookup of a real token is empty).
    pub fn new<'w>(
        lists: impl IntoIterator<Item = (u32, impl IntoIterator<Item = &'w [u8]>)>,
    ) -> Self {
        let entries: Vec<(&[u8], u32)> = lists
            .into_iter()
            .flat_map(|(bits, words)| words.into_iter().map(move |w| (w, bits)))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![Slot::default(); size],
            mask: size - 1,
            long: Vec::new(),
            longest: 0,
        };
        for (word, bits) in entries {
            table.longest = table.longest.max(word.len());
            let Some(key) = pack(word, false) else {
                match table.long.iter_mut().find(|(w, _)| **w == *word) {
                    Some((_, b)) => *b |= bits,
                    None => table.long.push((word.into(), bits)),
                }
                continue;
            };
            let i = table.slot(&key, word.len());
            let slot = &mut table.slots[i];
            slot.key = key;
            slot.len = word.len();
            slot.bits |= bits;
        }
        table
    }

    /// The slot holding the packed word, or the free slot where it would go.
    fn slot(&self, key: &Key, len: usize) -> usize {
        let mut i = hash_key(key) as usize & self.mask;
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 || slot.len == len && slot.key == *key {
                return i;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The bits of `word` (normalised by `lower` while packing).
    fn lookup(&self, word: &[u8], lower: bool) -> u32 {
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        match pack(word, lower) {
            Some(key) => self.slots[self.slot(&key, word.len())].bits,
            None => {
                let lowered = if lower {
                    word.to_ascii_lowercase()
                } else {
                    word.to_vec()
                };
                self.long
                    .iter()
                    .find(|(w, _)| **w == *lowered)
                    .map_or(0, |&(_, bits)| bits)
            }
        }
    }

    /// The bits of every list holding exactly `word`; 0 when none does.
    pub fn get(&self, word: &[u8]) -> u32 {
        self.lookup(word, false)
    }

    /// Like [`WordTable::get`] for `word` in ASCII lower case, lowered while
    /// packing: no allocation for any word short enough to match.
    pub fn get_ascii_lowercase(&self, word: &str) -> u32 {
        self.lookup(word.as_bytes(), true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&'static str]) -> Vec<&'static [u8]> {
        list.iter().map(|w| w.as_bytes()).collect()
    }

    #[test]
    fn a_word_carries_the_bits_of_every_list_it_is_in() {
        let table = WordTable::new([
            (1, words(&["said", "told", "wrote"])),
            (2, words(&["told", "he"])),
            (4, words(&["a-much-longer-word-than-the-rest"])),
        ]);
        assert_eq!(table.get(b"said"), 1);
        assert_eq!(table.get(b"told"), 3);
        assert_eq!(table.get(b"he"), 2);
        assert_eq!(table.get(b"a-much-longer-word-than-the-rest"), 4);
        assert_eq!(table.get(b"Said"), 0);
        assert_eq!(table.get(b""), 0);
        assert_eq!(table.get(b"an-even-much-longer-word-than-the-rest"), 0);
        assert_eq!(table.get_ascii_lowercase("ToLD"), 3);
        assert_eq!(
            table.get_ascii_lowercase("A-MUCH-LONGER-WORD-THAN-THE-REST"),
            4
        );
    }

    #[test]
    fn words_longer_than_a_key_are_found_too() {
        let long = "a-word-of-more-than-thirty-two-bytes-in-all";
        let table = WordTable::new([(1, words(&[long, "short"])), (2, words(&[long]))]);
        assert_eq!(table.get(long.as_bytes()), 3);
        assert_eq!(table.get_ascii_lowercase(&long.to_ascii_uppercase()), 3);
        assert_eq!(table.get(b"short"), 1);
        assert_eq!(table.get(b"a-word-of-more-than-thirty-two-bytes-in-al"), 0);
    }
}
