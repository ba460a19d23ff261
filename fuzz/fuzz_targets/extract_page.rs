//! Extraction on arbitrary block lists: the `Page` the extension's content
//! script sends, as a hostile or broken page could shape it — any tags,
//! classes and roles, parents forward, backward, dangling or missing,
//! blocks naming nodes that do not exist, link counts past the text's
//! length, and text drawn from news words (names, cues, quotation marks)
//! or from anywhere. Checks: no panic, and an article whose paragraphs are
//! exactly the blocks they name and whose annotations keep every promise.

#![no_main]

use lede::extract::{Block, Node, Page};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/robust_support/mod.rs"]
mod robust_support;

/// Tags the extractor treats specially, and a custom element.
const TAGS: &[&str] = &[
    "body",
    "html",
    "main",
    "article",
    "section",
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "li",
    "ul",
    "ol",
    "aside",
    "nav",
    "header",
    "footer",
    "figure",
    "figcaption",
    "table",
    "td",
    "tr",
    "pre",
    "form",
    "dl",
    "dd",
    "hl-source",
];

/// Class, id and role words the extractor weighs.
const ATTRS: &[&str] = &[
    "article",
    "body",
    "content",
    "story",
    "main",
    "entry",
    "text",
    "post",
    "byline",
    "author",
    "comment",
    "comments",
    "nav",
    "menu",
    "share",
    "social",
    "related",
    "footer",
    "sidebar",
    "ad",
    "promo",
    "caption",
    "credit",
    "hidden",
    "tweet",
    "embed",
    "articlebody",
    "dateline",
];

/// Words of news text, so that entities, quotes and checks get work.
const WORDS: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "said",
    "says",
    "told",
    "according",
    "to",
    "Maria",
    "Lopez",
    "John",
    "Smith",
    "U.S.",
    "Russia",
    "Russian",
    "Federation",
    "Geneva",
    "the",
    "minister",
    "President",
    "officials",
    "he",
    "she",
    "Tuesday",
    "2017",
    "six",
    "years",
    "ago",
    "a",
    "report",
    ",",
    ".",
    ":",
    "—",
    "\n",
    "Mr.",
    "Sen.",
    "Twitter",
    "worldwide",
    "watchdog",
    "We",
    "will",
    "win",
    "on",
    "in",
    "By",
    "Staff",
];

#[derive(Arbitrary, Debug)]
enum Word {
    Known(u8),
    Any(String),
}

impl Word {
    fn get(&self, list: &[&str]) -> String {
        match self {
            Word::Known(i) => list[usize::from(*i) % list.len()].to_string(),
            Word::Any(s) => s.clone(),
        }
    }
}

fn phrase(words: &[Word], list: &[&str]) -> String {
    words
        .iter()
        .map(|w| w.get(list))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Mostly valid parents (so the tree has depth), sometimes anything.
#[derive(Arbitrary, Debug)]
enum Parent {
    Root,
    Back(u8),
    Raw(u32),
}

#[derive(Arbitrary, Debug)]
struct FuzzNode {
    tag: Word,
    attrs: Vec<Word>,
    role: Vec<Word>,
    parent: Parent,
}

/// Mostly an existing node, sometimes anything.
#[derive(Arbitrary, Debug)]
enum NodeRef {
    Near(u16),
    Raw(u32),
}

#[derive(Arbitrary, Debug)]
struct FuzzBlock {
    node: NodeRef,
    text: Vec<Word>,
    link_chars: u32,
}

#[derive(Arbitrary, Debug)]
struct FuzzPage {
    url: String,
    title: Vec<Word>,
    lang: String,
    meta: Vec<(String, Vec<Word>)>,
    json_ld: Vec<String>,
    times: Vec<String>,
    nodes: Vec<FuzzNode>,
    blocks: Vec<FuzzBlock>,
}

impl FuzzPage {
    fn build(&self) -> Page {
        let nodes: Vec<Node> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| Node {
                tag: n.tag.get(TAGS),
                attrs: phrase(&n.attrs, ATTRS),
                role: phrase(&n.role, ATTRS),
                parent: match n.parent {
                    Parent::Root => None,
                    Parent::Back(back) => u32::try_from(i)
                        .ok()
                        .and_then(|i| i.checked_sub(1 + u32::from(back))),
                    Parent::Raw(p) => Some(p),
                },
            })
            .collect();
        let len = u32::try_from(nodes.len()).unwrap_or(u32::MAX).max(1);
        let blocks = self
            .blocks
            .iter()
            .map(|b| Block {
                node: match b.node {
                    NodeRef::Near(i) => u32::from(i) % len,
                    NodeRef::Raw(i) => i,
                },
                text: phrase(&b.text, WORDS),
                link_chars: b.link_chars,
            })
            .collect();
        Page {
            url: self.url.clone(),
            title: phrase(&self.title, WORDS),
            lang: self.lang.clone(),
            meta: self
                .meta
                .iter()
                .map(|(k, v)| (k.clone(), phrase(v, WORDS)))
                .collect(),
            json_ld: self.json_ld.clone(),
            times: self.times.clone(),
            nodes,
            blocks,
        }
    }
}

fuzz_target!(|input: FuzzPage| {
    let page = input.build();
    if let Ok(article) = lede::extract::extract(&page) {
        robust_support::assert_article_sane(&page, &article);
    }
});
