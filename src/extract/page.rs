//! The page as the extractor sees it: a flat list of text blocks and the
//! elements that contain them. The extension's content script builds this
//! from the live DOM; natively, [`super::html`] builds it from an HTML file.
//! Both sides produce the same JSON shape, so one algorithm serves both.
//!
//! # JSON schema (what the content script builds)
//!
//! ```text
//! Page {
//!   url:     string            location.href ("" when unknown)
//!   title:   string            document.title
//!   lang:    string            <html lang> ("" when absent)
//!   meta:    [[name, content]] every <meta> with content; name is the
//!                              property, name, itemprop or http-equiv
//!                              attribute, lower-cased
//!   json_ld: [string]          text of each <script type="application/ld+json">
//!   times:   [string]          datetime attribute of each <time>, page order
//!   nodes:   [Node]            elements, parents before children (document order)
//!   blocks:  [Block]           runs of visible text, reading order
//! }
//! Node  { tag: "div", attrs: "story-body main", parent: 3 | null, role: "main articlebody" }
//! Block { node: 7, text: "First line\nsecond line", link_chars: 12 }
//! ```
//!
//! How to build it from a DOM, in one depth-first walk:
//!
//! - Skip, with everything inside: `script style noscript svg math template
//!   iframe object embed canvas select option textarea input button video
//!   audio picture img map dialog`, and any element that is not rendered
//!   (`hidden`, `aria-hidden="true"`, computed `display:none` or
//!   `visibility:hidden`).
//! - Block elements are `address article aside blockquote body caption
//!   center dd details dir div dl dt fieldset figcaption figure footer form
//!   h1…h6 header hgroup hr li main menu nav ol p pre section summary table
//!   tbody td tfoot th thead tr ul` (and the root `html`): each gets a `Node`
//!   (its parent is the nearest enclosing block element) and ends the
//!   running text before and after itself. Every other element — `a b i em
//!   span time` …, custom elements and unknown tags, inline by default in a
//!   browser — continues the running text; `<br>` adds `\n`.
//! - Each maximal run of text between block boundaries becomes a `Block`
//!   whose `node` is the block element holding it; white space folds to one
//!   space, ends trimmed, runs with no visible characters dropped.
//!   `link_chars` counts the characters of `text` inside `<a href>`.
//! - Keep, in a parallel array of your own, the DOM element of each block:
//!   `Paragraph.block` is an index into `blocks`, and that is how overlays
//!   find their place on the page.
//!
//! A block's tag, class and id tokens, depth and ancestry all come from its
//! node chain; its position is its index.

use serde::{Deserialize, Serialize};

/// One element that contains blocks (or is a block): `<article>`,
/// `<div class="story-body">`, `<p>`…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Lower-case tag name.
    pub tag: String,
    /// Lower-case class names, then the id, space separated ("story-body main").
    #[serde(default)]
    pub attrs: String,
    /// Index of the nearest enclosing block element in [`Page::nodes`];
    /// `None` at the root. Always smaller than this node's own index.
    #[serde(default)]
    pub parent: Option<u32>,
    /// ARIA `role` then `itemprop`, lower-case, space separated, when
    /// present ("main", "articlebody").
    #[serde(default)]
    pub role: String,
}

/// One run of text the reader sees as a unit: a paragraph, heading, list
/// item, caption or a div's direct text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// Index of the element that holds this text in [`Page::nodes`].
    pub node: u32,
    /// The visible text, inline `<br>` as `\n`, white space otherwise folded.
    pub text: String,
    /// How many characters of `text` sit inside links.
    #[serde(default)]
    pub link_chars: u32,
}

/// A page reduced to what extraction needs.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Page {
    /// The page address, when known.
    #[serde(default)]
    pub url: String,
    /// `<title>`.
    #[serde(default)]
    pub title: String,
    /// `<html lang>`.
    #[serde(default)]
    pub lang: String,
    /// `<meta>` pairs: (name or property, lower-case; content).
    #[serde(default)]
    pub meta: Vec<(String, String)>,
    /// The text of each `<script type="application/ld+json">`.
    #[serde(default)]
    pub json_ld: Vec<String>,
    /// `<time datetime>` values, in page order.
    #[serde(default)]
    pub times: Vec<String>,
    /// Elements, parents before children.
    pub nodes: Vec<Node>,
    /// Text blocks in reading order.
    pub blocks: Vec<Block>,
}
