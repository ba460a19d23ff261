//! Bounded work: inputs far beyond any real article — megabytes of text,
//! a hundred thousand quotation marks, words that never end, a DOM ten
//! thousand elements deep — finish with sane output. Timings are measured
//! outside the tests (fuzz/README.md); here the promise is completion, no
//! stack overflow and output that keeps every offset invariant.

mod robust_support;

use lede::extract::{self, Block, Node, Page};
use lede::{annotate_article, annotate_text};
use robust_support::assert_sane;

/// Five megabytes: the size of the largest pages the extension may meet.
const FIVE_MB: usize = 5 * 1024 * 1024;

/// Repeats `unit` until the text reaches `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

/// A plausible news paragraph with names, roles, quotes and numbers, so
/// every stage of the pipeline has work to do.
fn paragraph(i: usize) -> String {
    format!(
        "“We will not accept talks under fire number {i},” said Maria Lopez, the foreign minister, \
         on Tuesday in Geneva. Officials at the United Nations said the rebels had left {i} towns. \
         President John Smith told reporters the deal was “a disgrace” and the U.S. would respond.\n\n"
    )
}

#[test]
#[ignore = "unverified against the merged pipeline: runs for minutes in a debug build; run with `cargo test --release --test robust_bounded -- --ignored` (issue 9)"]
fn a_five_megabyte_article_is_annotated() {
    let mut text = String::with_capacity(FIVE_MB + 1024);
    let mut i = 0;
    while text.len() < FIVE_MB {
        text.push_str(&paragraph(i));
        i += 1;
    }
    let a = annotate_text(&text);
    assert_eq!(a.paragraphs.len(), i);
    assert_sane(&a, false);
}

#[test]
#[ignore = "unverified against the merged pipeline: runs for minutes in a debug build; run with `cargo test --release --test robust_bounded -- --ignored` (issue 9)"]
fn one_five_megabyte_line_without_spaces_is_annotated() {
    for unit in [
        "a", "a.", "U.S.", "a-", "don't", "3,0", "’s", "--", "😀", "e\u{301}",
    ] {
        let text = repeat_to(unit, FIVE_MB / 5);
        let a = annotate_text(&text);
        assert_eq!(a.paragraphs.len(), 1, "{unit:?}");
        assert_sane(&a, false);
    }
}

#[test]
#[ignore = "unverified against the merged pipeline: runs for minutes in a debug build; run with `cargo test --release --test robust_bounded -- --ignored` (issue 9)"]
fn a_hundred_thousand_quotation_marks_are_handled() {
    for unit in [
        "“", "”", "\"", "'", "“a” ", "\"a ", "' '", "«", "”“", "“a. ", "said “",
    ] {
        let text = format!("The minister said on Tuesday. {}", unit.repeat(100_000));
        let a = annotate_text(&text);
        assert_sane(&a, false);
    }
    // And as many real quotations, each with a speaker, in one paragraph.
    let quoted = "“We will win,” he said. ".repeat(25_000);
    let a = annotate_text(&format!("Maria Lopez spoke on Tuesday. {quoted}"));
    assert_sane(&a, false);
}

#[test]
fn a_hundred_thousand_paragraphs_are_handled() {
    let text = "Talks failed.\n".repeat(100_000);
    let a = annotate_text(&text);
    assert_eq!(a.paragraphs.len(), 100_000);
    assert_sane(&a, false);
}

#[test]
#[ignore = "unverified against the merged pipeline: runs for minutes in a debug build; run with `cargo test --release --test robust_bounded -- --ignored` (issue 9)"]
fn a_hundred_thousand_sentences_in_one_paragraph_are_handled() {
    let text = "Mr. Smith met Sen. Jones in the U.S. The talks failed. ".repeat(20_000);
    let a = annotate_text(&text);
    assert_eq!(a.paragraphs.len(), 1);
    assert_sane(&a, false);
}

#[test]
#[ignore = "unverified against the merged pipeline: runs for minutes in a debug build; run with `cargo test --release --test robust_bounded -- --ignored` (issue 9)"]
fn many_distinct_capitalised_names_are_handled() {
    // Every word a new capitalised name: the worst case for an entity
    // pass that compares each name with every other.
    let mut text = String::new();
    for i in 0..20_000u32 {
        let a = char::from_u32(0x41 + i % 26).unwrap_or('A');
        let b = char::from_u32(0x61 + (i / 26) % 26).unwrap_or('a');
        let c = char::from_u32(0x61 + (i / 676) % 26).unwrap_or('a');
        text.push_str(&format!("{a}{b}{c}son Mc{c}{b}{a} said so. "));
    }
    let a = annotate_text(&text);
    assert_sane(&a, false);
}

/// A page whose article paragraphs sit `depth` elements deep.
fn deep_page(depth: u32) -> Page {
    let mut nodes = vec![Node {
        tag: "body".into(),
        attrs: String::new(),
        parent: None,
        role: String::new(),
    }];
    for d in 1..depth {
        nodes.push(Node {
            tag: if d % 2 == 0 { "div" } else { "section" }.into(),
            attrs: format!("level-{d}"),
            parent: Some(d - 1),
            role: String::new(),
        });
    }
    let deepest = depth - 1;
    let mut blocks = Vec::new();
    for i in 0..20 {
        nodes.push(Node {
            tag: "p".into(),
            attrs: String::new(),
            parent: Some(deepest),
            role: String::new(),
        });
        blocks.push(Block {
            node: u32::try_from(nodes.len() - 1).expect("few nodes"),
            text: paragraph(i).trim().to_string(),
            link_chars: 0,
        });
    }
    Page {
        url: "https://example.com/news/deep".into(),
        title: "Deep page".into(),
        lang: "en".into(),
        nodes,
        blocks,
        ..Page::default()
    }
}

/// Runs `f` on a thread with a small stack, as a browser's worker or a
/// test harness might give: deep input must not need a deep stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("no panic, no stack overflow")
}

#[test]
fn a_ten_thousand_deep_block_tree_is_extracted() {
    let found = on_small_stack(|| {
        let page = deep_page(10_000);
        extract::extract(&page).map(|article| (annotate_article(&article), article))
    });
    if let Ok((a, article)) = found {
        assert_eq!(a.text, article.text);
        assert_sane(&a, false);
    }
}

#[test]
fn cyclic_or_dangling_parents_do_not_hang_extraction() {
    // The block list crosses from the content script (or JavaScript on the
    // playground) as JSON: parents pointing forward, at themselves, in a
    // loop or past the end are bad input, not a reason to spin.
    for parents in [
        vec![Some(0), Some(0)],
        vec![Some(1), Some(0)],
        vec![None, Some(2), Some(1)],
        vec![None, Some(99), Some(u32::MAX)],
    ] {
        let mut page = deep_page(2);
        let n = parents.len();
        for (node, parent) in page.nodes.iter_mut().zip(parents) {
            node.parent = parent;
        }
        for (i, b) in page.blocks.iter_mut().enumerate() {
            b.node = u32::try_from(i % (n + 2)).expect("small");
        }
        page.blocks.push(Block {
            node: u32::MAX,
            text: "A block of a node that does not exist.".into(),
            link_chars: 9999,
        });
        if let Ok(article) = on_small_stack(move || extract::extract(&page)) {
            assert_sane(&annotate_article(&article), false);
        }
    }
}
