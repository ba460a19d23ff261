//! Prepare: reads each element's tag, class, id and role once and derives
//! what the later passes ask about it — its depth, the extent of its
//! subtree, how much (linked) text it holds, and which boilerplate kinds it
//! or an ancestor declares.
//!
//! Nodes come parents-before-children in document order, so a node's
//! subtree is the contiguous index range `[n, end[n])`, and one forward and
//! one backward pass over the nodes compute everything.

use super::page::Page;

/// Class or id words that mark page furniture rather than content
/// (Readability's "unlikely candidates").
const UNLIKELY: &[&str] = &[
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "newsletter",
    "cookie",
    "masthead",
    "navbar",
    "subscribe",
    "signup",
    "trending",
    "recommend",
    "promo",
    "outbrain",
    "taboola",
];

/// Words that rescue an element from [`UNLIKELY`]: they name content.
const MAYBE_CONTENT: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];

/// Whole class/id words of a post embedded in the article (a tweet quoted
/// by the story): its text is body even inside a "social" wrapper.
const EMBED_WORDS: &[&str] = &["embed", "embedded", "tweet"];

/// Class or id words that raise an element's score (Readability's "positive").
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
];

/// Class or id words that lower an element's score (Readability's "negative").
const NEGATIVE: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "newsletter",
    "subscribe",
];

/// Whole class/id words (split at `-` and `_`) that mark an element whose
/// text is never article body, wherever it stands: bylines, datelines,
/// captions, share bars, ads, tag lists, read-more links.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "byline",
    "author",
    "authors",
    "date",
    "dateline",
    "timestamp",
    "caption",
    "credit",
    "credits",
    "share",
    "sharing",
    "social",
    "tags",
    "tag",
    "related",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "promo",
    "breadcrumb",
    "breadcrumbs",
    "comments",
    "comment",
    "disqus",
    "toolbar",
    "meta",
    "sponsored",
    "recirc",
    "trending",
    "recommended",
    "outbrain",
    "taboola",
    "paywall",
    "copyright",
    "cta",
];

/// Endings of a class/id word that mark a caption or credit even when the
/// word runs several together ("imageEmbedCaption" → "imageembedcaption").
const FURNITURE_ENDINGS: &[&str] = &["caption", "credit"];

/// ARIA roles of page furniture.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    "banner",
    "contentinfo",
    "search",
];

/// Tags whose whole subtree is page furniture.
const FURNITURE_TAGS: &[&str] = &[
    "nav",
    "aside",
    "footer",
    "form",
    "figure",
    "figcaption",
    "menu",
];

/// What one element says about itself and its ancestors.
#[derive(Debug, Clone, Copy, Default)]
pub struct NodeInfo {
    /// Parent index, checked to be smaller than the node's own.
    pub parent: Option<usize>,
    /// Number of block-element ancestors.
    pub depth: u32,
    /// One past the last node of this node's subtree.
    pub end: usize,
    /// Characters of text in the subtree.
    pub chars: u32,
    /// Characters of linked text in the subtree.
    pub link_chars: u32,
    /// Commas in the subtree's text.
    pub commas: u32,
    /// Characters of text in headings (`h1`–`h6`) in the subtree.
    pub heading_chars: u32,
    /// Characters of text in list items (`li`, `dd`, `dt`) in the subtree.
    pub list_chars: u32,
    /// `<p>` blocks in the subtree.
    pub paras: u32,
    /// Child elements.
    pub children: u32,
    /// Index of the first block in the subtree (`u32::MAX` when none).
    pub first_block: u32,
    /// Blocks whose node is this element itself.
    pub own_blocks: u32,
    /// The element's own class/id/role marks it unlikely to hold content.
    pub unlikely: bool,
    /// This element or an ancestor is unlikely to hold content.
    pub in_unlikely: bool,
    /// Class weight: +25 content words, -25 furniture words.
    pub weight: i32,
    /// The element itself is furniture by tag or class words.
    pub furniture: bool,
    /// The element wraps a post embedded in the story (a quoted tweet).
    pub embed: bool,
}

impl NodeInfo {
    /// Share of the subtree's text inside links.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Counts the commas a reader would see, in any script.
pub fn commas(text: &str) -> u32 {
    text.chars()
        .filter(|c| {
            matches!(
                c,
                ',' | '\u{060C}'
                    | '\u{FE50}'
                    | '\u{FE10}'
                    | '\u{FE11}'
                    | '\u{2E41}'
                    | '\u{2E34}'
                    | '\u{2E32}'
                    | '\u{FF0C}'
                    | '\u{3001}'
            )
        })
        .count() as u32
}

/// Derives [`NodeInfo`] for every node of `page`.
pub fn nodes(page: &Page) -> Vec<NodeInfo> {
    let n = page.nodes.len();
    let mut info: Vec<NodeInfo> = Vec::with_capacity(n);
    for (i, node) in page.nodes.iter().enumerate() {
        let parent = node.parent.map(|p| p as usize).filter(|&p| p < i);
        let up = parent.map(|p| &info[p]);
        let unlikely = is_unlikely(&node.tag, &node.attrs, &node.role);
        info.push(NodeInfo {
            parent,
            depth: up.map_or(0, |u| u.depth + 1),
            end: i + 1,
            unlikely,
            in_unlikely: unlikely || up.is_some_and(|u| u.in_unlikely),
            weight: class_weight(&node.attrs),
            furniture: is_furniture(&node.tag, &node.attrs, &node.role),
            embed: is_embed(&node.attrs),
            first_block: u32::MAX,
            ..NodeInfo::default()
        });
    }
    for (b, block) in page.blocks.iter().enumerate() {
        let node = block.node as usize;
        if let Some(i) = info.get_mut(node) {
            i.first_block = i.first_block.min(b as u32);
            i.own_blocks += 1;
            let chars = block.text.chars().count() as u32;
            i.chars += chars;
            i.link_chars += block.link_chars.min(chars);
            i.commas += commas(&block.text);
            match page.nodes[node].tag.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => i.heading_chars += chars,
                "li" | "dd" | "dt" => i.list_chars += chars,
                "p" => i.paras += 1,
                _ => {}
            }
        }
    }
    for i in (0..n).rev() {
        if let Some(p) = info[i].parent {
            let me = info[i];
            let up = &mut info[p];
            up.chars += me.chars;
            up.link_chars += me.link_chars;
            up.commas += me.commas;
            up.heading_chars += me.heading_chars;
            up.list_chars += me.list_chars;
            up.paras += me.paras;
            up.children += 1;
            up.first_block = up.first_block.min(me.first_block);
            up.end = up.end.max(me.end);
        }
    }
    info
}

/// Splits class/id tokens into words at `-` and `_` ("story-byline" →
/// "story", "byline").
fn words(attrs: &str) -> impl Iterator<Item = &str> {
    attrs.split([' ', '-', '_']).filter(|w| !w.is_empty())
}

fn is_unlikely(tag: &str, attrs: &str, role: &str) -> bool {
    if matches!(tag, "body" | "article" | "main" | "html") {
        return false;
    }
    if role.split(' ').any(|r| UNLIKELY_ROLES.contains(&r)) {
        return true;
    }
    if attrs.is_empty() || is_embed(attrs) {
        return false;
    }
    UNLIKELY.iter().any(|w| attrs.contains(w)) && !MAYBE_CONTENT.iter().any(|w| attrs.contains(w))
}

fn class_weight(attrs: &str) -> i32 {
    if attrs.is_empty() {
        return 0;
    }
    let mut weight = 0;
    if NEGATIVE.iter().any(|w| attrs.contains(w)) || words(attrs).any(|w| w == "ad" || w == "ads") {
        weight -= 25;
    }
    if POSITIVE.iter().any(|w| attrs.contains(w)) {
        weight += 25;
    }
    weight
}

fn is_furniture(tag: &str, attrs: &str, role: &str) -> bool {
    FURNITURE_TAGS.contains(&tag)
        || role
            .split(' ')
            .any(|r| UNLIKELY_ROLES.contains(&r) || r == "author")
        || (words(attrs).any(|w| {
            FURNITURE_WORDS.contains(&w) || FURNITURE_ENDINGS.iter().any(|e| w.ends_with(e))
        }) && !is_embed(attrs))
}

fn is_embed(attrs: &str) -> bool {
    words(attrs).any(|w| EMBED_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::page::{Block, Node};

    fn node(tag: &str, attrs: &str, parent: Option<u32>) -> Node {
        Node {
            tag: tag.into(),
            attrs: attrs.into(),
            parent,
            role: String::new(),
        }
    }

    #[test]
    fn subtrees_and_text_totals_roll_up() {
        let page = Page {
            nodes: vec![
                node("body", "", None),
                node("div", "story-body", Some(0)),
                node("p", "", Some(1)),
                node("div", "share-bar", Some(0)),
            ],
            blocks: vec![
                Block {
                    node: 2,
                    text: "Hello, world".into(),
                    link_chars: 5,
                },
                Block {
                    node: 3,
                    text: "Share".into(),
                    link_chars: 5,
                },
            ],
            ..Page::default()
        };
        let info = nodes(&page);
        assert_eq!(info[0].end, 4);
        assert_eq!(info[1].end, 3);
        assert_eq!(info[0].chars, 17);
        assert_eq!(info[1].commas, 1);
        assert_eq!(info[2].depth, 2);
        assert!(info[1].weight > 0 && info[3].weight < 0);
        assert!(info[3].furniture && !info[1].furniture);
    }

    #[test]
    fn unlikely_is_inherited_but_content_words_rescue() {
        let page = Page {
            nodes: vec![
                node("div", "sidebar", None),
                node("p", "", Some(0)),
                node("div", "sidebar main-content", None),
            ],
            ..Page::default()
        };
        let info = nodes(&page);
        assert!(info[0].unlikely && info[1].in_unlikely && !info[1].unlikely);
        assert!(!info[2].unlikely);
    }

    #[test]
    fn bad_parent_indices_are_treated_as_roots() {
        let page = Page {
            nodes: vec![node("div", "", Some(5)), node("p", "", Some(1))],
            ..Page::default()
        };
        let info = nodes(&page);
        assert_eq!(info[0].parent, None);
        assert_eq!(info[1].parent, None);
    }
}
