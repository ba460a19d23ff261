//! Extract: find the article on a page — body paragraphs, title, byline,
//! date and language — and leave out navigation, related links, captions,
//! comments, ads, share bars and banners.
//!
//! [`extract`] reads as its passes, Readability's `parse()` over a flat
//! block list ([`Page`]): **prepare** (per-element features,
//! [`prepare`]) → **metadata** ([`metadata`]) → **score blocks** and **pick
//! the container** ([`score`]) → **collect siblings** and **clean**
//! ([`collect`]) → **judge** whether it is an article at all → assemble the
//! text. When too little text survives, the heuristics in [`score::Flags`]
//! are relaxed one at a time and the passes run again.

mod collect;
mod metadata;
pub mod page;
mod prepare;
mod score;

#[cfg(feature = "cli")]
pub mod html;
#[cfg(feature = "cli")]
mod nesting;

use serde::{Deserialize, Serialize};

use crate::model::Paragraph;
pub use page::{Block, Node, Page};

/// The article found on a page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// The headline, without the site name.
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published, as the page gives it.
    pub published: Option<String>,
    /// Language code, lower-case ("en").
    pub lang: Option<String>,
    /// The body: paragraphs separated by blank lines.
    pub text: String,
    /// Each paragraph's place in `text` and the block it came from.
    pub paragraphs: Vec<Paragraph>,
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoArticle {
    /// The page has too little text to hold an article.
    TooLittleText,
    /// The page looks like a home page, section front or list of links.
    NotAnArticle,
}

impl std::fmt::Display for NoArticle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoArticle::TooLittleText => write!(f, "no article: the page has too little text"),
            NoArticle::NotAnArticle => {
                write!(
                    f,
                    "no article: the page looks like a front page or a list of links"
                )
            }
        }
    }
}

/// An article shorter than this (in characters of body text) makes the
/// extractor relax its heuristics and try again (Readability's 500).
const CHAR_THRESHOLD: usize = 500;
/// Less body text than this (in characters) is not an article.
const MIN_ARTICLE_CHARS: usize = 250;
/// A body paragraph for the front-page test: at least this many characters…
const PROSE_CHARS: usize = 80;
/// …with a link density under this.
const PROSE_LINK_DENSITY: f32 = 0.3;
/// A linked headline: at least this many characters, almost all linked.
const HEADLINE_CHARS: usize = 15;
/// At least this many linked headlines in the container suggest a front page…
const MIN_FRONT_HEADLINES: usize = 5;
/// …when they outnumber body paragraphs by this factor (doubled when the
/// page's metadata says it is an article).
const FRONT_HEADLINES_PER_PARAGRAPH: usize = 1;
/// Longest byline text taken from a byline element, in characters.
const MAX_BYLINE_CHARS: usize = 100;

/// The heuristics, relaxed one named flag at a time.
const RELAXATIONS: [score::Flags; 4] = [
    score::Flags::ALL,
    score::Flags {
        strip_unlikely: false,
        ..score::Flags::ALL
    },
    score::Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: true,
    },
    score::Flags {
        strip_unlikely: false,
        weight_classes: false,
        clean_conditionally: false,
    },
];

/// Finds the article in `page`.
pub fn extract(page: &Page) -> Result<Article, NoArticle> {
    // A page built by the content script arrives as untrusted JSON: repair
    // its indices once so every pass can index without checking.
    let repaired;
    let page = if is_well_formed(page) {
        page
    } else {
        repaired = well_formed(page);
        &repaired
    };
    let info = prepare::nodes(page);
    let ld = metadata::linked_data(page);
    let title = metadata::title(page, &ld, headline(page, &info));

    let mut best: Option<(usize, Vec<usize>)> = None;
    for flags in RELAXATIONS {
        let scores = score::scores(page, &info, flags);
        let Some(top) = score::pick(page, &info, &scores) else {
            continue;
        };
        let selection = collect::siblings(page, &info, &scores, top);
        let kept = collect::clean(
            page,
            &info,
            &scores,
            &selection,
            top,
            title.as_deref(),
            flags,
        );
        let chars = body_chars(page, &kept);
        let enough = chars >= CHAR_THRESHOLD;
        if best
            .as_ref()
            .is_none_or(|(_, b)| chars > body_chars(page, b))
        {
            best = Some((top, kept));
        }
        if enough {
            break;
        }
    }
    let (top, kept) = best.ok_or(NoArticle::TooLittleText)?;
    judge(page, &info, top, &kept, is_article_by_metadata(page, &ld))?;

    let (text, paragraphs) = assemble(page, &info, top, &kept);
    Ok(Article {
        byline: metadata::byline(page, &ld, byline_block(page)),
        published: metadata::published(page, &ld),
        lang: metadata::lang(page),
        title,
        text,
        paragraphs,
    })
}

/// True when every parent comes before its child and every block names an
/// existing node.
fn is_well_formed(page: &Page) -> bool {
    page.nodes
        .iter()
        .enumerate()
        .all(|(i, n)| n.parent.is_none_or(|p| (p as usize) < i))
        && page
            .blocks
            .iter()
            .all(|b| (b.node as usize) < page.nodes.len())
}

/// A copy of `page` with forward, cyclic or dangling parents cut to roots,
/// and blocks that name no node given a plain root `div` of their own, so
/// block indices (which paragraphs point back to) stay as they were.
fn well_formed(page: &Page) -> Page {
    let mut fixed = page.clone();
    for (i, n) in fixed.nodes.iter_mut().enumerate() {
        if n.parent.is_some_and(|p| p as usize >= i) {
            n.parent = None;
        }
    }
    let len = fixed.nodes.len();
    if fixed.blocks.iter().any(|b| b.node as usize >= len) {
        fixed.nodes.push(Node {
            tag: "div".to_string(),
            attrs: String::new(),
            parent: None,
            role: String::new(),
        });
        for b in fixed.blocks.iter_mut().filter(|b| b.node as usize >= len) {
            b.node = len as u32;
        }
    }
    fixed
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The page's own headline: the first `<h1>` outside page furniture.
fn headline<'a>(page: &'a Page, info: &[prepare::NodeInfo]) -> Option<&'a str> {
    page.blocks
        .iter()
        .find(|b| {
            let n = b.node as usize;
            page.nodes[n].tag == "h1"
                && !info[n].in_unlikely
                && b.text.split_whitespace().count() >= 2
        })
        .map(|b| b.text.as_str())
}

/// Text of the first short element whose class, id or role names the author.
fn byline_block(page: &Page) -> Option<&str> {
    page.blocks
        .iter()
        .find(|b| {
            let node = &page.nodes[b.node as usize];
            (node.attrs.contains("byline")
                || node.attrs.contains("author")
                || node.role.contains("author"))
                && b.text.chars().count() <= MAX_BYLINE_CHARS
                && !b.text.contains('\n')
        })
        .map(|b| b.text.as_str())
}

fn body_chars(page: &Page, kept: &[usize]) -> usize {
    kept.iter()
        .map(|&b| &page.blocks[b])
        .filter(|b| !is_heading(&page.nodes[b.node as usize].tag))
        .map(|b| b.text.chars().count())
        .sum()
}

/// True when the page's metadata calls it an article (JSON-LD type or
/// `og:type`).
fn is_article_by_metadata(page: &Page, ld: &metadata::LinkedData) -> bool {
    ld.is_article
        || metadata::meta(page, &["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article"))
}

/// Decides whether what was found is an article: enough body text, and a
/// container that is not a list of linked headlines (a home page, section
/// front or search results).
fn judge(
    page: &Page,
    info: &[prepare::NodeInfo],
    top: usize,
    kept: &[usize],
    says_article: bool,
) -> Result<(), NoArticle> {
    if body_chars(page, kept) < MIN_ARTICLE_CHARS {
        return Err(NoArticle::TooLittleText);
    }
    let region = top;
    let (mut headlines, mut prose) = (0, 0);
    for block in page.blocks.iter().skip(info[region].first_block as usize) {
        if !score::contains(info, region, block.node as usize) {
            break;
        }
        let chars = block.text.chars().count();
        let density = block.link_chars as f32 / chars.max(1) as f32;
        if chars >= HEADLINE_CHARS && density >= 0.9 {
            headlines += 1;
        } else if chars >= PROSE_CHARS && density < PROSE_LINK_DENSITY {
            prose += 1;
        }
    }
    let factor = FRONT_HEADLINES_PER_PARAGRAPH * if says_article { 2 } else { 1 };
    if headlines >= MIN_FRONT_HEADLINES && headlines >= prose * factor {
        return Err(NoArticle::NotAnArticle);
    }
    Ok(())
}

/// Joins the kept blocks with blank lines and maps each paragraph to its block.
fn assemble(
    page: &Page,
    info: &[prepare::NodeInfo],
    top: usize,
    kept: &[usize],
) -> (String, Vec<Paragraph>) {
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(kept.len());
    for &b in kept {
        let block = &page.blocks[b];
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&block.text);
        let node = block.node as usize;
        paragraphs.push(Paragraph {
            span: crate::model::Span::new(start, text.len()),
            block: Some(b),
            heading: is_heading(&page.nodes[node].tag),
            blockquote: in_blockquote(page, info, node, top),
        });
    }
    (text, paragraphs)
}

/// True when `node` or an ancestor below the page root is a `<blockquote>`.
fn in_blockquote(page: &Page, info: &[prepare::NodeInfo], node: usize, top: usize) -> bool {
    let mut at = Some(node);
    while let Some(n) = at {
        if page.nodes[n].tag == "blockquote" {
            return true;
        }
        if n == top {
            return false;
        }
        at = info[n].parent;
    }
    false
}
