//! Offset conversion: the pipeline counts UTF-8 bytes; readers of the JSON
//! count code points, and JavaScript counts UTF-16 units.

/// The unit an offset counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust slices strings.
    Byte,
    /// Unicode scalar values, as the CLI JSON promises.
    CodePoint,
    /// UTF-16 code units, as JavaScript strings index.
    Utf16,
}

/// Converts byte offsets of one text into another unit.
///
/// Keeps one entry per non-ASCII character, so pure-ASCII text costs
/// nothing and each conversion is a binary search.
#[derive(Debug, Clone)]
pub struct Offsets {
    /// Each wide character, with the units lost before and after it.
    wide: Vec<WideChar>,
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct WideChar {
    start: usize,
    end: usize,
    lost_before: usize,
    lost_after: usize,
}

impl Offsets {
    /// Prepares conversions for `text` into `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> Self {
        let mut wide = Vec::new();
        let mut lost = 0usize;
        if unit != OffsetUnit::Byte {
            for (i, c) in text.char_indices() {
                let bytes = c.len_utf8();
                if bytes > 1 {
                    let units = match unit {
                        OffsetUnit::Utf16 => c.len_utf16(),
                        _ => 1,
                    };
                    wide.push(WideChar {
                        start: i,
                        end: i + bytes,
                        lost_before: lost,
                        lost_after: lost + bytes - units,
                    });
                    lost += bytes - units;
                }
            }
        }
        Offsets {
            wide,
            len: text.len(),
        }
    }

    /// The offset of byte `byte` in the target unit. A byte offset inside a
    /// character counts as that character's start; past the end, the end.
    pub fn convert(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let idx = self.wide.partition_point(|w| w.start < byte);
        match idx.checked_sub(1).map(|i| self.wide[i]) {
            None => byte,
            Some(w) if byte < w.end => w.start - w.lost_before,
            Some(w) => byte - w.lost_after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, unit: OffsetUnit) -> Vec<usize> {
        let o = Offsets::new(text, unit);
        text.char_indices()
            .map(|(i, _)| o.convert(i))
            .chain(std::iter::once(o.convert(text.len())))
            .collect()
    }

    #[test]
    fn ascii_is_identity() {
        assert_eq!(all("abc", OffsetUnit::CodePoint), vec![0, 1, 2, 3]);
    }

    #[test]
    fn code_points_count_each_character_once() {
        // “ is 3 bytes, é 2, 😀 4.
        assert_eq!(all("“é😀x”", OffsetUnit::CodePoint), vec![0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn utf16_counts_astral_characters_twice() {
        assert_eq!(all("a😀b", OffsetUnit::Utf16), vec![0, 1, 3, 4]);
    }

    #[test]
    fn offsets_inside_a_character_clamp_to_its_start() {
        let o = Offsets::new("a“b", OffsetUnit::CodePoint);
        assert_eq!(o.convert(2), 1);
        assert_eq!(o.convert(3), 1);
        assert_eq!(o.convert(4), 2);
        assert_eq!(o.convert(99), 3);
    }
}
