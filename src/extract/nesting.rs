//! Caps how deeply elements nest before the HTML parser sees them.
//!
//! The HTML standard's tree builder checks "is there an element in scope" by
//! walking the stack of open elements, so every tag costs time in proportion
//! to the depth: 100,000 nested `<div>`s keep html5ever busy for minutes.
//! Browsers cap the depth instead (Blink at 512), and pages never need more.
//! [`cap_depth`] does the same ahead of parsing: start tags beyond
//! [`MAX_DEPTH`] are dropped along with their end tags, so every word of text
//! stays and only the excess nesting goes.
//!
//! The scan is a light tag lexer, not a parser: comments, doctypes and the
//! contents of raw-text elements (`<script>`, `<style>`…) are stepped over,
//! quoted attribute values may hold `>`, and elements whose end tags are
//! optional or absent (`<p>`, `<li>`, `<td>`, `<br>`…) are not counted, so
//! old-style pages that never close their paragraphs are left alone.

use std::borrow::Cow;

/// Deepest nesting of counted elements passed on to the parser.
pub const MAX_DEPTH: usize = 512;

/// `html` with start tags nested deeper than [`MAX_DEPTH`] (and their end
/// tags) removed; borrowed unchanged when nothing is that deep.
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    let dropped = deep_tags(html);
    if dropped.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in dropped {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// One tag found by the lexer.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// Byte range of the whole tag, `<` to `>`.
    start: usize,
    end: usize,
}

/// Byte ranges of the tags to drop, in order.
fn deep_tags(html: &str) -> Vec<(usize, usize)> {
    let mut open: Vec<&str> = Vec::new();
    let mut excess = 0usize;
    let mut dropped = Vec::new();
    let mut at = 0;
    while let Some(tag) = next_tag(html, at) {
        at = tag.end;
        if !tag.closing && raw_text(tag.name) && !tag.self_closing {
            at = end_of_raw_text(html, at, tag.name);
        }
        if !counted(tag.name) {
            continue;
        }
        if !tag.closing {
            if tag.self_closing {
                continue;
            }
            if open.len() < MAX_DEPTH {
                open.push(tag.name);
            } else {
                excess += 1;
                dropped.push((tag.start, tag.end));
            }
        } else if excess > 0 {
            excess -= 1;
            dropped.push((tag.start, tag.end));
        } else if let Some(i) = open.iter().rposition(|n| n.eq_ignore_ascii_case(tag.name)) {
            open.truncate(i);
        }
    }
    dropped
}

/// The next start or end tag at or after byte `from`, stepping over
/// comments, doctypes and processing instructions.
fn next_tag(html: &str, mut from: usize) -> Option<Tag<'_>> {
    let bytes = html.as_bytes();
    loop {
        let start = from + memchr(b'<', &bytes[from..])?;
        let rest = &bytes[start + 1..];
        if rest.starts_with(b"!--") {
            from = find(bytes, start + 4, b"-->").map_or(bytes.len(), |i| i + 3);
            continue;
        }
        if matches!(rest.first(), Some(b'!' | b'?')) {
            from = find(bytes, start + 1, b">").map_or(bytes.len(), |i| i + 1);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            from = start + 1;
            continue;
        }
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
                .unwrap_or(bytes.len() - name_start);
        let end = end_of_tag(bytes, name_end);
        return Some(Tag {
            name: &html[name_start..name_end],
            closing,
            self_closing: end >= 2 && bytes[end - 2] == b'/',
            start,
            end,
        });
    }
}

/// The byte after the `>` closing a tag whose attributes start at `at`;
/// quoted values may contain `>`. An unterminated tag runs to the end.
fn end_of_tag(bytes: &[u8], mut at: usize) -> usize {
    let mut quote = None;
    while let Some(&b) = bytes.get(at) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return at + 1,
            (None, _) => {}
        }
        at += 1;
    }
    bytes.len()
}

/// The byte where the raw text of `name` (opened just before `at`) ends:
/// the start of its end tag, or the end of the input.
fn end_of_raw_text(html: &str, at: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut from = at;
    while let Some(i) = find(bytes, from, b"</") {
        let after = i + 2;
        let candidate = bytes.get(after..after + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return i;
        }
        from = after;
    }
    bytes.len()
}

/// Elements whose contents are text, never tags.
fn raw_text(name: &str) -> bool {
    [
        "script",
        "style",
        "textarea",
        "title",
        "xmp",
        "iframe",
        "noembed",
        "noframes",
        "plaintext",
    ]
    .iter()
    .any(|n| n.eq_ignore_ascii_case(name))
}

/// Whether an element adds to the depth: void elements, elements closed
/// implicitly by their siblings, and the document's own frame do not.
fn counted(name: &str) -> bool {
    const UNCOUNTED: [&str; 32] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
        "th", "tbody", "thead", "tfoot", "rt", "rp", "html", "head", "body",
    ];
    !UNCOUNTED.iter().any(|n| n.eq_ignore_ascii_case(name))
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Index of the first `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        "<div>".repeat(depth) + "text" + &"</div>".repeat(depth)
    }

    #[test]
    fn ordinary_pages_are_borrowed_unchanged() {
        let page = "<html><body><div class=\"a>b\"><p>One<p>Two<br><img src=x></div></body></html>";
        assert!(matches!(cap_depth(page), Cow::Borrowed(_)));
        assert!(matches!(cap_depth(&nested(MAX_DEPTH)), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_beyond_the_cap_is_dropped_and_the_text_kept() {
        let page = nested(MAX_DEPTH + 1000);
        let capped = cap_depth(&page);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("<div>text</div>"));
    }

    #[test]
    fn unclosed_paragraphs_do_not_count() {
        let page = "<div>".to_string() + &"<p>para".repeat(5 * MAX_DEPTH) + "</div>";
        assert!(matches!(cap_depth(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_in_comments_and_scripts_do_not_count() {
        let fake = "<div>".repeat(MAX_DEPTH + 10);
        let page = format!("<!-- {fake} --><script>var s = '{fake}';</script><div>text</div>");
        assert!(matches!(cap_depth(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn a_closing_tag_closes_what_was_left_open_inside_it() {
        let page = "<section>".to_string()
            + &"<span>".repeat(MAX_DEPTH - 1)
            + "</section>"
            + &nested(MAX_DEPTH);
        assert!(matches!(cap_depth(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn broken_tags_end_the_scan_without_panicking() {
        for page in [
            "<",
            "<div",
            "<div class=\"",
            "</",
            "<!--",
            "<script>",
            "<a\u{e9}>",
            "<\u{e9}",
        ] {
            assert_eq!(cap_depth(page), page);
        }
    }
}
