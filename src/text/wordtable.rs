//! Fast word lookups: a small open-addressing hash table from a word to
//! the set of word lists it belongs to.
//!
//! The closed word lists (speech verbs, titles, function words…) are asked
//! about every token several times over; a binary search or a linear scan
//! per question cost a fifth of the annotation time. One hash probe answers
//! every list at once, as a bit set. Written here rather than taken from a
//! crate: it is fifty lines and needs no dependency.

use std::hash::Hasher;

use super::fxhash::FxHasher;

/// The Fx hash of a byte string.
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    let h = h.finish();
    // The low bits pick the slot; fold the better-mixed high bits down.
    h ^ (h >> 29)
}

/// Words mapped to bit sets (one bit per list a word is in). Built once;
/// looked up by exact bytes, so callers normalise (lower-case, strip a
/// final period) before asking.
pub struct WordTable {
    /// Slots of `(word, bits)`; an empty word marks a free slot.
    slots: Vec<(Box<[u8]>, u32)>,
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
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
            slots: vec![(Box::default(), 0); size],
            mask: size - 1,
            longest: 0,
        };
        for (word, bits) in entries {
            let i = table.slot(word);
            let slot = &mut table.slots[i];
            if slot.0.is_empty() {
                slot.0 = word.into();
            }
            slot.1 |= bits;
            table.longest = table.longest.max(word.len());
        }
        table
    }

    /// The slot holding `word`, or the free slot where it would go.
    fn slot(&self, word: &[u8]) -> usize {
        let mut i = hash_bytes(word) as usize & self.mask;
        loop {
            let key = &self.slots[i].0;
            if key.is_empty() || **key == *word {
                return i;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The bits of every list holding exactly `word`; 0 when none does.
    pub fn get(&self, word: &[u8]) -> u32 {
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        self.slots[self.slot(word)].1
    }

    /// Like [`WordTable::get`] for `word` in ASCII lower case, lowered in a
    /// stack buffer: no allocation for any word short enough to match.
    pub fn get_ascii_lowercase(&self, word: &str) -> u32 {
        const BUF: usize = 32;
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        if word.len() > BUF {
            return self.get(word.to_ascii_lowercase().as_bytes());
        }
        let mut buf = [0u8; BUF];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.get(lower)
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
    fn hash_tells_near_words_apart() {
        assert_ne!(hash_bytes(b"said"), hash_bytes(b"sain"));
        assert_ne!(hash_bytes(b"abcdefgh1"), hash_bytes(b"abcdefgh2"));
    }
}
