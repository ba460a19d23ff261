//! Score and pick: every paragraph-like block votes for the elements that
//! contain it (more for long text with commas, less the farther up), each
//! element's votes are discounted by its link density, and the best
//! element — widened to a common ancestor when rivals sit beside it — is
//! the article's container. Readability's `_grabArticle`, over a flat list.

use super::page::Page;
use super::prepare::NodeInfo;

/// Blocks shorter than this (in characters) do not vote.
const MIN_VOTING_CHARS: usize = 25;
/// A block's vote grows by one per this many characters…
const CHARS_PER_POINT: usize = 100;
/// …up to this many points.
const MAX_LENGTH_POINTS: usize = 3;
/// How many ancestors receive a block's vote.
const VOTE_LEVELS: usize = 5;
/// How many best candidates are kept to look for a common ancestor.
const TOP_CANDIDATES: usize = 5;
/// Rivals within this share of the best score point at a shared container.
const RIVAL_SHARE: f32 = 0.75;
/// How many rivals must share an ancestor for it to become the container.
const MIN_RIVALS: usize = 3;

/// Which of Readability's heuristics are on; [`super::extract`] switches
/// them off one at a time when too little text survives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// Ignore text inside elements whose class or id names page furniture.
    pub strip_unlikely: bool,
    /// Let class and id words raise or lower element scores.
    pub weight_classes: bool,
    /// Remove link-heavy or furniture sub-elements from the chosen content.
    pub clean_conditionally: bool,
}

impl Flags {
    /// Every heuristic on.
    pub const ALL: Flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };
}

/// True for elements that hold text themselves rather than contain blocks:
/// their text votes for their parent, as Readability's `<p>` does.
pub fn is_leaf(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre"
            | "td"
            | "th"
            | "li"
            | "dd"
            | "dt"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "figcaption"
            | "caption"
            | "blockquote"
            | "address"
            | "summary"
            | "legend"
            | "center"
    )
}

/// True for the leaf elements whose text votes (Readability's tags to score).
fn votes(tag: &str) -> bool {
    matches!(tag, "p" | "pre" | "td" | "center")
}

/// An element's starting score, from its tag and (optionally) its class words.
fn initial_score(tag: &str, weight: i32, flags: Flags) -> f32 {
    let by_tag = match tag {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    by_tag
        + if flags.weight_classes {
            weight as f32
        } else {
            0.0
        }
}

/// Content scores per node (`None` for elements no block voted for), already
/// discounted by link density.
pub fn scores(page: &Page, info: &[NodeInfo], flags: Flags) -> Vec<Option<f32>> {
    let mut scores: Vec<Option<f32>> = vec![None; info.len()];
    for block in &page.blocks {
        let node = block.node as usize;
        let Some(me) = info.get(node) else { continue };
        if flags.strip_unlikely && me.in_unlikely {
            continue;
        }
        let tag = page.nodes[node].tag.as_str();
        let chars = block.text.chars().count();
        if chars < MIN_VOTING_CHARS {
            continue;
        }
        let first = if is_leaf(tag) {
            if !votes(tag) {
                continue;
            }
            me.parent
        } else {
            Some(node)
        };
        let vote = 1.0
            + super::prepare::commas(&block.text) as f32
            + (chars / CHARS_PER_POINT).min(MAX_LENGTH_POINTS) as f32;
        let mut at = first;
        for level in 0..VOTE_LEVELS {
            let Some(a) = at else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f32 * 3.0,
            };
            let s = scores[a]
                .get_or_insert_with(|| initial_score(&page.nodes[a].tag, info[a].weight, flags));
            *s += vote / divider;
            at = info[a].parent;
        }
    }
    for (s, i) in scores.iter_mut().zip(info) {
        if let Some(s) = s {
            *s *= 1.0 - i.link_density();
        }
    }
    scores
}

/// True when `a` is `b` or one of its ancestors.
pub fn contains(info: &[NodeInfo], a: usize, b: usize) -> bool {
    a <= b && b < info[a].end
}

/// The article's container: the best-scoring element, widened as
/// Readability widens it. `None` when no block voted.
pub fn pick(page: &Page, info: &[NodeInfo], scores: &[Option<f32>]) -> Option<usize> {
    let mut top: Vec<(usize, f32)> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for (i, s) in scores.iter().enumerate() {
        if let Some(s) = *s {
            let at = top.iter().position(|&(_, t)| s > t).unwrap_or(top.len());
            if at < TOP_CANDIDATES {
                top.insert(at, (i, s));
                top.truncate(TOP_CANDIDATES);
            }
        }
    }
    let &(mut best, best_score) = top.first()?;
    let is_body = |n: usize| matches!(page.nodes[n].tag.as_str(), "body" | "html");

    // Rivals of nearly the same score suggest the content is split into
    // several blocks; the ancestor most of them share is the container.
    let rivals: Vec<usize> = top[1..]
        .iter()
        .filter(|&&(_, s)| s >= best_score * RIVAL_SHARE)
        .map(|&(n, _)| n)
        .collect();
    if rivals.len() >= MIN_RIVALS {
        let mut up = info[best].parent;
        while let Some(p) = up.filter(|&p| !is_body(p)) {
            if rivals.iter().filter(|&&r| contains(info, p, r)).count() >= MIN_RIVALS {
                best = p;
                break;
            }
            up = info[p].parent;
        }
    }

    // Climb while the parent scores better: the content spills over.
    let mut last = scores[best].unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut up = info[best].parent;
    while let Some(p) = up.filter(|&p| !is_body(p)) {
        match scores[p] {
            None => {}
            Some(s) if s < threshold => break,
            Some(s) if s > last => {
                best = p;
                break;
            }
            Some(s) => last = s,
        }
        up = info[p].parent;
    }

    // An only child stands for its parent.
    while let Some(p) = info[best].parent.filter(|&p| !is_body(p)) {
        if info[p].children == 1 && info[p].own_blocks == 0 {
            best = p;
        } else {
            break;
        }
    }
    Some(best)
}
