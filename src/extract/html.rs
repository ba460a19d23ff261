//! Native HTML reading: turns an HTML file into the [`super::Page`] the
//! browser's content script would build from the live DOM.
//!
//! The HTML5 parser (html5ever) builds a tree exactly as a browser would,
//! whatever the markup's faults; one walk over that tree then emits the
//! block list. Contents that are never read (scripts, styles, SVG,
//! templates, form controls) and invisible elements (`hidden`,
//! `aria-hidden="true"`, inline `display:none` / `visibility:hidden`) are
//! left out, as the content script leaves them out of a live page.

use html5ever::tendril::TendrilSink;
use html5ever::{parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use super::page::{Block, Node, Page};

/// Parses `html` into a [`Page`]. Never fails: malformed markup is repaired
/// the way browsers repair it, nesting is capped as browsers cap it, and an
/// empty document gives an empty page.
pub fn parse(html: &str) -> Page {
    let html = super::nesting::cap_depth(html);
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(html.as_ref());
    let mut walker = Walker::default();
    walker.walk(&dom.document);
    walker.finish()
}

/// What an element means to the walk.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Never read: its contents are code, markup for machines, or controls.
    Skip,
    /// Continues the running line of text (`<a>`, `<em>`, `<span>`…).
    Inline,
    /// A line break inside a block.
    Break,
    /// Starts and ends blocks: paragraphs, headings, containers.
    Block,
}

fn kind(tag: &str) -> Kind {
    match tag {
        "script" | "style" | "noscript" | "svg" | "math" | "template" | "iframe" | "object"
        | "embed" | "canvas" | "select" | "option" | "textarea" | "input" | "button" | "head"
        | "video" | "audio" | "picture" | "img" | "map" | "dialog" => Kind::Skip,
        "br" => Kind::Break,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center" | "dd"
        | "details" | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "hr" | "html" | "legend" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre"
        | "section" | "summary" | "table" | "tbody" | "td" | "tfoot" | "th" | "thead" | "tr"
        | "ul" => Kind::Block,
        // Everything else, custom elements (`<hl-source>`) and unknown tags
        // included, is inline by default in a browser, and in the content
        // script's walk (`extension/overlay/collect.js`).
        _ => Kind::Inline,
    }
}

/// Attribute lookup on an element.
fn attr<'a>(attrs: &'a [html5ever::Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| a.value.as_ref())
}

/// True when the element is hidden from readers by its own attributes.
fn invisible(attrs: &[html5ever::Attribute]) -> bool {
    if attr(attrs, "hidden").is_some() {
        return true;
    }
    if attr(attrs, "aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    attr(attrs, "style").is_some_and(|style| {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Lower-case class tokens and id, space separated.
fn class_and_id(attrs: &[html5ever::Attribute]) -> String {
    let mut out = String::new();
    for name in ["class", "id"] {
        if let Some(v) = attr(attrs, name) {
            for token in v.split_ascii_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(token.chars().flat_map(char::to_lowercase));
            }
        }
    }
    out
}

/// ARIA role and `itemprop`, lower-case, space separated.
fn role_of(attrs: &[html5ever::Attribute]) -> String {
    let mut out = String::new();
    for name in ["role", "itemprop"] {
        if let Some(v) = attr(attrs, name) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&v.trim().to_lowercase());
        }
    }
    out
}

/// One step of the iterative walk (the tree can be arbitrarily deep).
enum Step {
    Enter(Handle),
    /// Leaving an element: what to restore.
    Leave {
        block: bool,
        link: bool,
        pre: bool,
        parent: Option<u32>,
    },
}

#[derive(Default)]
struct Walker {
    page: Page,
    /// The block element that holds the running text.
    current: Option<u32>,
    /// The running text of the current block.
    text: String,
    link_chars: u32,
    /// How many `<a href>` enclose the walk's position.
    in_link: u32,
    /// How many `<pre>` enclose the walk's position.
    in_pre: u32,
    /// True when the running text ends in white space (or is empty).
    space_pending: bool,
}

impl Walker {
    fn walk(&mut self, root: &Handle) {
        let mut stack = vec![Step::Enter(root.clone())];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(node) => self.enter(&node, &mut stack),
                Step::Leave {
                    block,
                    link,
                    pre,
                    parent,
                } => {
                    if link {
                        self.in_link -= 1;
                    }
                    if pre {
                        self.in_pre -= 1;
                    }
                    if block {
                        self.flush();
                        self.current = parent;
                    }
                }
            }
        }
        self.flush();
    }

    fn enter(&mut self, node: &Handle, stack: &mut Vec<Step>) {
        match &node.data {
            NodeData::Document => push_children(node, stack),
            NodeData::Text { contents } => self.push_text(&contents.borrow()),
            NodeData::Element { name, attrs, .. } => {
                let tag: &str = &name.local;
                let attrs = attrs.borrow();
                match tag {
                    "html" => {
                        if let Some(lang) = attr(&attrs, "lang") {
                            self.page.lang = lang.trim().to_string();
                        }
                    }
                    "head" => {
                        self.read_head(node);
                        return;
                    }
                    "title" if self.page.title.is_empty() => {
                        self.page.title = fold(&text_of(node));
                        return;
                    }
                    "meta" => {
                        self.read_meta(&attrs);
                        return;
                    }
                    "script" => {
                        self.read_script(node, &attrs);
                        return;
                    }
                    "time" => {
                        if let Some(dt) = attr(&attrs, "datetime") {
                            self.page.times.push(dt.trim().to_string());
                        }
                    }
                    _ => {}
                }
                if invisible(&attrs) {
                    return;
                }
                match kind(tag) {
                    Kind::Skip => {}
                    Kind::Break => {
                        self.text.push('\n');
                        self.space_pending = true;
                    }
                    Kind::Inline => {
                        let link = tag == "a" && attr(&attrs, "href").is_some();
                        if link {
                            self.in_link += 1;
                        }
                        stack.push(Step::Leave {
                            block: false,
                            link,
                            pre: false,
                            parent: None,
                        });
                        push_children(node, stack);
                    }
                    Kind::Block => {
                        self.flush();
                        let parent = self.current;
                        let index = self.page.nodes.len() as u32;
                        self.page.nodes.push(Node {
                            tag: tag.to_string(),
                            attrs: class_and_id(&attrs),
                            parent,
                            role: role_of(&attrs),
                        });
                        self.current = Some(index);
                        let pre = tag == "pre";
                        if pre {
                            self.in_pre += 1;
                        }
                        stack.push(Step::Leave {
                            block: true,
                            link: false,
                            pre,
                            parent,
                        });
                        push_children(node, stack);
                    }
                }
            }
            _ => {}
        }
    }

    /// Appends text with white space folded (kept as line breaks in `<pre>`).
    fn push_text(&mut self, raw: &str) {
        for c in raw.chars() {
            if c == '\n' && self.in_pre > 0 {
                trim_end_spaces(&mut self.text);
                self.text.push('\n');
                self.space_pending = true;
            } else if c.is_whitespace() {
                self.space_pending = true;
            } else {
                if self.space_pending && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.text.push(' ');
                }
                self.space_pending = false;
                self.text.push(c);
                if self.in_link > 0 {
                    self.link_chars += 1;
                }
            }
        }
    }

    /// Ends the running block, if it has any text.
    fn flush(&mut self) {
        let text = tidy_breaks(&self.text);
        if let (Some(node), false) = (self.current, text.is_empty()) {
            let chars = text.chars().count() as u32;
            self.page.blocks.push(Block {
                node,
                text,
                link_chars: self.link_chars.min(chars),
            });
        }
        self.text.clear();
        self.link_chars = 0;
        self.space_pending = false;
    }

    fn read_head(&mut self, head: &Handle) {
        for child in head.children.borrow().iter() {
            if let NodeData::Element { name, attrs, .. } = &child.data {
                let attrs = attrs.borrow();
                match &*name.local {
                    "title" if self.page.title.is_empty() => {
                        self.page.title = fold(&text_of(child))
                    }
                    "meta" => self.read_meta(&attrs),
                    "script" => self.read_script(child, &attrs),
                    _ => {}
                }
            }
        }
    }

    fn read_meta(&mut self, attrs: &[html5ever::Attribute]) {
        let key = attr(attrs, "property")
            .or_else(|| attr(attrs, "name"))
            .or_else(|| attr(attrs, "itemprop"))
            .or_else(|| attr(attrs, "http-equiv"));
        if let (Some(key), Some(content)) = (key, attr(attrs, "content")) {
            let content = fold(content);
            if !content.is_empty() {
                self.page.meta.push((key.trim().to_lowercase(), content));
            }
        }
    }

    fn read_script(&mut self, node: &Handle, attrs: &[html5ever::Attribute]) {
        if attr(attrs, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            self.page.json_ld.push(text_of(node));
        }
    }

    fn finish(mut self) -> Page {
        self.flush();
        self.page
    }
}

fn push_children(node: &Handle, stack: &mut Vec<Step>) {
    for child in node.children.borrow().iter().rev() {
        stack.push(Step::Enter(child.clone()));
    }
}

/// The raw text of an element's direct text children.
fn text_of(node: &Handle) -> String {
    let mut out = String::new();
    for child in node.children.borrow().iter() {
        if let NodeData::Text { contents } = &child.data {
            out.push_str(&contents.borrow());
        }
    }
    out
}

/// Folds runs of white space into one space and trims the ends.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn trim_end_spaces(s: &mut String) {
    while s.ends_with(' ') {
        s.pop();
    }
}

/// Trims spaces around inline breaks, collapses runs of breaks to one, and
/// trims the block's ends.
fn tidy_breaks(s: &str) -> String {
    if !s.contains('\n') {
        return s.trim().to_string();
    }
    let lines: Vec<&str> = s
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &Page) -> Vec<&str> {
        page.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn paragraphs_become_blocks_and_inline_text_stays_whole() {
        let page = parse("<body><div id=Main class='Story body'><p>One <b>bold</b> word.</p>Loose <i>text</i><p>Two</p></div></body>");
        assert_eq!(texts(&page), ["One bold word.", "Loose text", "Two"]);
        let div = page.blocks[1].node as usize;
        assert_eq!(page.nodes[div].tag, "div");
        assert_eq!(page.nodes[div].attrs, "story body main");
        let p = page.blocks[0].node as usize;
        assert_eq!(page.nodes[p].parent, Some(div as u32));
    }

    #[test]
    fn breaks_are_kept_and_links_counted() {
        let page = parse("<p>Line one<br>line <a href='/x'>two</a></p>");
        assert_eq!(page.blocks[0].text, "Line one\nline two");
        assert_eq!(page.blocks[0].link_chars, 3);
    }

    #[test]
    fn code_and_hidden_elements_are_left_out() {
        let page = parse(
            "<body><script>var x = 1;</script><style>p{}</style><p hidden>secret</p>\
             <div style='display: none'>gone</div><span aria-hidden='true'>icon</span><p>kept</p></body>",
        );
        assert_eq!(texts(&page), ["kept"]);
    }

    #[test]
    fn head_metadata_is_read() {
        let page = parse(
            "<html lang='fr'><head><title> A  title | Site </title>\
             <meta property='og:title' content='A title'>\
             <script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script></head>\
             <body><time datetime='2020-01-02'>2 Jan</time></body></html>",
        );
        assert_eq!(page.title, "A title | Site");
        assert_eq!(page.lang, "fr");
        assert_eq!(page.meta, [("og:title".to_string(), "A title".to_string())]);
        assert_eq!(page.json_ld.len(), 1);
        assert_eq!(page.times, ["2020-01-02"]);
    }

    #[test]
    fn malformed_and_deep_markup_does_not_panic() {
        assert!(parse("").blocks.is_empty());
        let _ = parse("<p><b><i>unclosed <table><td>cell</b></p></div></span>");
        // Deep enough to take html5ever minutes without the nesting cap.
        let deep = "<div>".repeat(100_000) + "deep text";
        let page = parse(&deep);
        assert_eq!(texts(&page), ["deep text"]);
    }
}
