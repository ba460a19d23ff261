//! The native HTML path on arbitrary bytes (lossy-decoded as UTF-8):
//! `extract::html::parse` builds the block list a browser's content script
//! would, `extract::extract` finds the article in it, and the article is
//! annotated. Checks: no panic, no stack overflow (nesting is capped), every
//! paragraph the text of the block it names, and every promise of the
//! annotations (`tests/robust_support`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robust_support/mod.rs"]
mod robust_support;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let page = lede::extract::html::parse(&html);
    for block in &page.blocks {
        assert!(
            (block.node as usize) < page.nodes.len(),
            "the parser names only nodes it made"
        );
    }
    if let Ok(article) = lede::extract::extract(&page) {
        robust_support::assert_article_sane(&page, &article);
    }
});
