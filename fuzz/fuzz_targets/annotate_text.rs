//! Annotates arbitrary bytes (lossy-decoded as UTF-8) as plain text, and as
//! a titled article when a NUL splits the input into headline and body,
//! then checks every promise of the output: spans inside the text and on
//! char boundaries, quotes equal to their slice, entities in order, and
//! code-point and UTF-16 conversions that cut out the same words.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robust_support/mod.rs"]
mod robust_support;

/// Above this, cutting out every span in every unit is too slow per run;
/// the offset tables are still compared exactly.
const SLICE_EACH_MAX: usize = 512;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let slice_each = text.len() <= SLICE_EACH_MAX;
    let a = lede::annotate_text(&text);
    assert_eq!(a.text, text, "plain text is kept verbatim");
    robust_support::assert_sane(&a, slice_each);
    if let Some((title, body)) = text.split_once('\0') {
        let a = lede::annotate_titled(title, body);
        assert_eq!(a.text, body);
        robust_support::assert_sane(&a, slice_each);
    }
});
