//! The page as the extractor sees it: a flat list of text blocks and the
//! elements that contain them. The extension's content script builds this
//! from the live DOM; natively, [`super::html`] builds it from an HTML file.
//! Both sides produce the same JSON shape, so one algorithm serves both.

use serde::{Deserialize, Serialize};

/// One element that contains blocks (or is a block): `<article>`,
/// `<div class="story-body">`, `<p>`…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Lower-case tag name.
    pub tag: String,
    /// Lower-case class names and id, space separated ("story-body main").
    #[serde(default)]
    pub attrs: String,
    /// Index of the parent element in [`Page::nodes`]; `None` at the root.
    #[serde(default)]
    pub parent: Option<u32>,
    /// ARIA role or `itemprop`, lower-case, when present ("main", "articlebody").
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
