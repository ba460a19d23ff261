//! Collect and clean: gathers the container's siblings that belong to the
//! article (Readability's sibling pass), then drops what inside them is
//! not body text — link lists, share bars, bylines, captions, furniture —
//! and returns the surviving blocks in reading order.

use super::page::Page;
use super::prepare::NodeInfo;
use super::score::{contains, is_leaf, Flags};

/// A sibling joins when it scores at least this share of the container…
const SIBLING_SHARE: f32 = 0.2;
/// …and at least this much in absolute terms.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// A sibling paragraph longer than this joins if it has few links…
const SIBLING_PARA_CHARS: usize = 80;
/// …meaning a link density under this.
const SIBLING_PARA_LINK_DENSITY: f32 = 0.25;
/// Furniture holding more than this share of the article is kept: class
/// words on a main container ("tag-politics") must not throw it away.
const FURNITURE_MAX_SHARE: f32 = 0.5;
/// An element with this many commas is prose and escapes conditional cleaning.
const PROSE_COMMAS: u32 = 10;
/// A block mostly inside links (above this share) is navigation.
const LINKED_BLOCK_DENSITY: f32 = 0.6;
/// Short lines that are page furniture in any article ("Advertisement").
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisment",
    "story continues below advertisement",
    "continue reading",
    "read more",
    "related",
    "related articles",
    "related stories",
    "share",
    "share this",
    "share this article",
    "sponsored",
    "skip advertisement",
    "ad",
    "show more",
];

/// Phrases of the sign-off lines that close many stories: how to follow,
/// reach or subscribe. Only trailing lines are dropped for them.
const SIGN_OFF_PHRASES: &[&str] = &[
    "follow us",
    "follow him",
    "follow her",
    "follow me on",
    "follow @",
    "subscribe to",
    "sign up for",
    "newsletter",
    "join our",
    "have a tip",
    "news tip",
    "reached at",
];
/// Longest sign-off line, in characters.
const MAX_SIGN_OFF_CHARS: usize = 300;

/// First words of a dateline ("Updated 5:27 am, Wednesday").
const DATELINE_WORDS: &[&str] = &["published", "updated", "posted", "modified"];
/// Longest dateline, in characters.
const MAX_DATELINE_CHARS: usize = 80;

/// The article's parts: whole subtrees and loose text blocks.
#[derive(Debug, Default)]
pub struct Selection {
    /// Roots of the selected subtrees, in document order.
    pub roots: Vec<usize>,
    /// Blocks directly inside the container's parent that join.
    pub loose: Vec<usize>,
}

/// Readability's sibling pass: the container plus those of its siblings
/// (elements and loose text) that look like more of the same article.
pub fn siblings(page: &Page, info: &[NodeInfo], scores: &[Option<f32>], top: usize) -> Selection {
    let mut sel = Selection::default();
    let Some(parent) = info[top].parent else {
        sel.roots.push(top);
        return sel;
    };
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = SIBLING_MIN_SCORE.max(top_score * SIBLING_SHARE);
    let top_attrs = page.nodes[top].attrs.as_str();
    let mut child = parent + 1;
    while child < info[parent].end {
        let me = &info[child];
        let joins = child == top || {
            let bonus = if !top_attrs.is_empty() && page.nodes[child].attrs == top_attrs {
                top_score * SIBLING_SHARE
            } else {
                0.0
            };
            scores[child].is_some_and(|s| s + bonus >= threshold)
                || (page.nodes[child].tag == "p"
                    && prose_paragraph(me.chars as usize, me.link_density(), || {
                        text_of(page, info, child)
                    }))
        };
        if joins {
            sel.roots.push(child);
        }
        child = me.end.max(child + 1);
    }
    for (b, block) in page.blocks.iter().enumerate() {
        if block.node as usize == parent {
            let chars = block.text.chars().count();
            let density = block.link_chars as f32 / chars.max(1) as f32;
            if prose_paragraph(chars, density, || block.text.clone()) {
                sel.loose.push(b);
            }
        }
    }
    sel
}

/// Readability's test for a paragraph worth keeping beside the container.
fn prose_paragraph(chars: usize, link_density: f32, text: impl FnOnce() -> String) -> bool {
    if chars > SIBLING_PARA_CHARS {
        link_density < SIBLING_PARA_LINK_DENSITY
    } else if chars > 0 && link_density == 0.0 {
        let t = text();
        t.ends_with('.') || t.contains(". ")
    } else {
        false
    }
}

fn text_of(page: &Page, info: &[NodeInfo], node: usize) -> String {
    page.blocks
        .iter()
        .skip(info[node].first_block as usize)
        .take_while(|b| contains(info, node, b.node as usize))
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The blocks of `sel` that survive cleaning, in reading order.
pub fn clean(
    page: &Page,
    info: &[NodeInfo],
    scores: &[Option<f32>],
    sel: &Selection,
    top: usize,
    title: Option<&str>,
    flags: Flags,
) -> Vec<usize> {
    let total: u32 = sel.roots.iter().map(|&r| info[r].chars).sum();
    let mut removed = vec![false; info.len()];
    for &root in &sel.roots {
        for i in root..info[root].end {
            let inherited = i != root && info[i].parent.is_some_and(|p| removed[p]);
            removed[i] = inherited || (i != top && drop_node(page, info, scores, i, total, flags));
        }
    }
    let title_key = title.map(normalize);
    let mut kept = Vec::new();
    let mut loose = sel.loose.iter().peekable();
    for (b, block) in page.blocks.iter().enumerate() {
        let node = block.node as usize;
        let selected = if loose.peek() == Some(&&b) {
            loose.next();
            true
        } else {
            sel.roots.iter().any(|&r| contains(info, r, node)) && !removed[node]
        };
        if selected && keep_block(page, block, title_key.as_deref(), flags) {
            kept.push(b);
        }
    }
    while kept.len() > 1
        && kept
            .last()
            .is_some_and(|&b| is_sign_off(page, info, &page.blocks[b]))
    {
        kept.pop();
    }
    kept
}

/// True for a closing line that tells readers how to follow, reach or
/// subscribe ("Follow us on Twitter", "Sign up for our newsletter"), but
/// not for a quoted post that happens to say so.
fn is_sign_off(page: &Page, info: &[NodeInfo], block: &super::page::Block) -> bool {
    if block.text.chars().count() > MAX_SIGN_OFF_CHARS {
        return false;
    }
    let mut at = Some(block.node as usize);
    while let Some(n) = at {
        if page.nodes[n].tag == "blockquote" {
            return false;
        }
        at = info[n].parent;
    }
    let lower = block.text.to_lowercase();
    SIGN_OFF_PHRASES.iter().any(|p| lower.contains(p))
}

/// True when element `i` (inside the selection) is not article body.
fn drop_node(
    page: &Page,
    info: &[NodeInfo],
    scores: &[Option<f32>],
    i: usize,
    total: u32,
    flags: Flags,
) -> bool {
    let me = &info[i];
    let node = &page.nodes[i];
    let small = (me.chars as f32) < total as f32 * FURNITURE_MAX_SHARE;
    if node.tag == "header" || node.tag == "h1" {
        return true;
    }
    if me.embed {
        return false;
    }
    if small && (me.furniture || (flags.strip_unlikely && me.unlikely)) {
        return true;
    }
    if !flags.clean_conditionally || is_leaf(&node.tag) {
        return false;
    }
    let weight = if flags.weight_classes { me.weight } else { 0 };
    if weight as f32 + scores[i].unwrap_or(0.0) < 0.0 {
        return true;
    }
    if me.commas >= PROSE_COMMAS {
        return false;
    }
    let is_list = matches!(node.tag.as_str(), "ul" | "ol" | "dl")
        || me.list_chars as f32 > 0.9 * me.chars as f32;
    let density = me.link_density();
    let heading_density = me.heading_chars as f32 / me.chars.max(1) as f32;
    let is_table_part = matches!(node.tag.as_str(), "thead" | "tbody" | "tfoot" | "tr");
    (!is_list && !is_table_part && heading_density < 0.9 && me.chars < 25 && me.chars > 0)
        || (!is_list && weight < 25 && density > 0.2)
        || (weight >= 25 && density > 0.5)
        || (is_list && density > 0.5)
}

/// True when one block of the cleaned selection reads as body text.
fn keep_block(page: &Page, block: &super::page::Block, title: Option<&str>, flags: Flags) -> bool {
    let tag = page.nodes[block.node as usize].tag.as_str();
    if matches!(tag, "h1" | "figcaption" | "caption") {
        return false;
    }
    let chars = block.text.chars().count();
    if flags.clean_conditionally && block.link_chars as f32 > LINKED_BLOCK_DENSITY * chars as f32 {
        return false;
    }
    // Timestamps and counters ("09:45", "1/3") carry no words; a table's
    // figures are data.
    if chars <= 12 && !block.text.chars().any(char::is_alphabetic) && !matches!(tag, "td" | "th") {
        return false;
    }
    if is_dateline(&block.text, chars) {
        return false;
    }
    let key = normalize(&block.text);
    if title.is_some_and(|t| t == key) {
        return false;
    }
    !(chars <= 40 && FURNITURE_LINES.contains(&key.as_str()))
}

/// True for a short line that says when the story was published or
/// updated: a dateline word first, then a figure.
fn is_dateline(text: &str, chars: usize) -> bool {
    chars <= MAX_DATELINE_CHARS
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .is_some_and(|w| DATELINE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Lower-case words joined by single spaces, punctuation dropped at the ends.
fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}
