//! Offset conversion on arbitrary text and arbitrary byte offsets: each
//! converted offset is the number of code points (or UTF-16 units) before
//! that byte — the character's start when the byte falls inside one — and
//! conversion never goes backwards or past the end.

#![no_main]

use lede::text::offsets::Offsets;
use lede::OffsetUnit;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robust_support/mod.rs"]
mod robust_support;

fuzz_target!(|input: (String, Vec<u16>)| {
    let (text, probes) = input;
    for unit in [OffsetUnit::CodePoint, OffsetUnit::Utf16] {
        let table = robust_support::unit_offsets(&text, unit);
        let total = table[text.len()].expect("end is a boundary");
        let offsets = Offsets::new(&text, unit);
        let mut probes: Vec<usize> = probes.iter().map(|&p| usize::from(p)).collect();
        probes.sort_unstable();
        let mut last = 0;
        for byte in probes {
            let got = offsets.convert(byte);
            let clamped = byte.min(text.len());
            let char_start = (0..=clamped)
                .rev()
                .find(|&b| text.is_char_boundary(b))
                .unwrap_or(0);
            let want = table[char_start].expect("a boundary");
            assert_eq!(got, want, "{unit:?} byte {byte} of {text:?}");
            assert!(
                got >= last && got <= total,
                "{unit:?}: not monotonic or past the end"
            );
            last = got;
        }
    }
});
