//! Bounded work: inputs far beyond any real article — long articles, words
//! that never end, thousands of quotation marks, sentences and names, a DOM
//! ten thousand elements deep — finish with sane output, and the work grows
//! linearly with the input.
//!
//! Work is counted, not timed: a counting allocator tallies the allocations
//! this thread makes, and each input is annotated at size `n` and `10 n`;
//! ten times the input may cost at most [`MAX_GROWTH`] times the
//! allocations. Sizes are small enough for a debug build to run each test
//! in seconds. A pass that is quadratic without allocating in its loop is
//! not seen here; the release timings at full size (5 MB, 100,000 marks)
//! are measured outside the tests (fuzz/README.md).

mod robust_support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use lede::extract::{self, Block, Node, Page};
use lede::{annotate_article, annotate_text, Annotations};
use robust_support::assert_sane;

/// Counts the allocations (and reallocations) of the current thread, so
/// tests running in parallel do not see each other's.
struct CountingAlloc;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is passed on unchanged to the system allocator; the
// counter is a const-initialised thread-local without a destructor, which
// never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static COUNTING: CountingAlloc = CountingAlloc;

/// How much more work ten times the input may cost: 10 for linear work,
/// with room for growth steps of vectors and tables. A quadratic pass costs
/// about 100.
const MAX_GROWTH: u64 = 15;

/// Annotates `text`, checks the result, and returns the allocations made.
fn annotation_work(text: &str) -> (Annotations, u64) {
    let before = ALLOCATIONS.with(Cell::get);
    let a = annotate_text(text);
    let work = ALLOCATIONS.with(Cell::get) - before;
    assert_sane(&a, false);
    (a, work)
}

/// Annotates `make(n)` and `make(10 n)` and asserts that the work grew at
/// most [`MAX_GROWTH`] times; returns the larger input's annotations.
fn assert_linear(what: &str, make: impl Fn(usize) -> String, n: usize) -> Annotations {
    // The knowledge base and lexicons are built on first use: not part of the work.
    annotation_work("Maria Lopez said on Tuesday: “We will win.”");
    let (_, small) = annotation_work(&make(n));
    let (a, large) = annotation_work(&make(10 * n));
    assert!(
        large <= MAX_GROWTH * small.max(1),
        "{what}: {large} allocations at {} against {small} at {n}: work grows faster than the input",
        10 * n
    );
    a
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
fn a_long_article_costs_work_in_proportion() {
    let article = |n: usize| (0..n).map(paragraph).collect::<String>();
    let a = assert_linear("article", article, 20);
    assert_eq!(a.paragraphs.len(), 200);
    assert!(a.quotes.len() >= 200, "the quotations are found");
}

#[test]
fn one_line_without_spaces_costs_work_in_proportion() {
    for unit in [
        "a", "a.", "U.S.", "a-", "don't", "3,0", "’s", "--", "😀", "e\u{301}",
    ] {
        let line = |n: usize| unit.repeat(n);
        let a = assert_linear(unit, line, 2_000);
        assert_eq!(a.paragraphs.len(), 1, "{unit:?}");
    }
}

#[test]
fn quotation_marks_in_bulk_cost_work_in_proportion() {
    for unit in [
        "“", "”", "\"", "'", "“a” ", "\"a ", "' '", "«", "”“", "“a. ", "said “",
    ] {
        let marks = |n: usize| format!("The minister said on Tuesday. {}", unit.repeat(n));
        assert_linear(unit, marks, 100);
    }
    // And as many real quotations, each with a speaker, in one paragraph.
    let quoted = |n: usize| {
        format!(
            "Maria Lopez spoke on Tuesday. {}",
            "“We will win,” he said. ".repeat(n)
        )
    };
    let a = assert_linear("quotations with speakers", quoted, 50);
    assert_eq!(a.quotes.len(), 500);
}

#[test]
fn many_paragraphs_cost_work_in_proportion() {
    let paragraphs = |n: usize| "Talks failed.\n".repeat(n);
    let a = assert_linear("paragraphs", paragraphs, 1_000);
    assert_eq!(a.paragraphs.len(), 10_000);
}

#[test]
fn many_mentions_of_one_name_cost_work_in_proportion() {
    let mentions = |n: usize| "Maria Lopez spoke in Geneva. ".repeat(n);
    assert_linear("mentions of one name", mentions, 300);
}

#[test]
fn sentences_in_one_paragraph_cost_work_in_proportion() {
    let sentences = |n: usize| "Mr. Smith met Sen. Jones in the U.S. The talks failed. ".repeat(n);
    let a = assert_linear("sentences", sentences, 20);
    assert_eq!(a.paragraphs.len(), 1);
}

/// `n` distinct capitalised names, each in its own short sentence.
fn distinct_names(n: u32) -> String {
    let mut text = String::new();
    for i in 0..n {
        let a = char::from_u32(0x41 + i % 26).unwrap_or('A');
        let b = char::from_u32(0x61 + (i / 26) % 26).unwrap_or('a');
        let c = char::from_u32(0x61 + (i / 676) % 26).unwrap_or('a');
        text.push_str(&format!("{a}{b}{c}son Mc{c}{b}{a} said so. "));
    }
    text
}

#[test]
fn many_distinct_capitalised_names_cost_work_in_proportion() {
    // Every word a new capitalised name: the worst case for an entity
    // pass that compares each name with every other.
    let names = |n: usize| distinct_names(u32::try_from(n).expect("few names"));
    assert_linear("names", names, 100);
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
