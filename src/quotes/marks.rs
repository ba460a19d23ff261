//! Marks: pairs quotation marks into quoted spans, one linear walk over each
//! paragraph's tokens.
//!
//! Double marks (curly, straight, or the old typewriter `''`) pair first;
//! single marks pair only outside them (inside, they are a quotation within
//! the quotation and belong to it). A quotation never runs past its
//! paragraph, so an unbalanced mark costs at most one paragraph; a paragraph
//! left open whose successor opens with a mark continues the quotation (the
//! news convention: opening mark repeated, closing omitted). Paragraphs
//! flagged `blockquote` are quotations whole.

use crate::model::Span;
use crate::text::tokens::{QuoteDir, TokenKind};
use crate::text::Document;

/// The furthest apart, in tokens, two single marks may be and still pair:
/// single marks double as apostrophes, so a far partner is a coincidence.
const MAX_SINGLE_QUOTE_TOKENS: usize = 60;

/// The furthest back, in bytes, a mark looks for the `<` of a markup tag
/// it may stand in: tags are short, and the bound keeps the look linear.
const MAX_TAG_BYTES: usize = 400;

/// One quoted span found by its marks.
#[derive(Debug, Clone, PartialEq)]
pub struct Marked {
    /// The words inside the marks (bytes), trimmed of space.
    pub content: Span,
    /// Token range of the content, `[first, end)`.
    pub tokens: std::ops::Range<usize>,
    /// Token index of the opening mark's first token, if any.
    pub open: Option<usize>,
    /// Token index one past the closing mark, if the quotation closes in
    /// this paragraph.
    pub close_end: Option<usize>,
    /// Index of the paragraph.
    pub para: usize,
    /// True when this paragraph continues a quotation left open by the
    /// previous one.
    pub continued: bool,
    /// True for a whole paragraph flagged as a block quotation.
    pub block: bool,
}

/// A quotation mark as the pairing sees it: `''` is one double mark.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// First token of the mark.
    first: usize,
    /// One past its last token.
    end: usize,
    double: bool,
    dir: QuoteDir,
}

/// Finds every quoted span of `doc`, in text order.
pub fn find(doc: &Document) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut left_open = false;
    for (pi, para) in doc.paras.iter().enumerate() {
        if para.blockquote {
            left_open = false;
            if let Some(m) = block(doc, pi) {
                out.push(m);
            }
            continue;
        }
        let marks = marks_of(doc, para.tokens.clone());
        let continued = left_open
            && marks.first().is_some_and(|m| {
                m.double && m.first == para.tokens.start && m.dir != QuoteDir::Close
            });
        left_open = pair_paragraph(doc, pi, &marks, continued, &mut out);
    }
    out
}

/// A block-quote paragraph: the whole of it, less any marks wrapping it.
fn block(doc: &Document, pi: usize) -> Option<Marked> {
    let para = &doc.paras[pi];
    let mut first = para.tokens.start;
    let mut end = para.tokens.end;
    let is_mark = |i: usize| matches!(doc.tokens[i].kind, TokenKind::Quote { .. });
    if first < end && is_mark(first) {
        first += 1;
    }
    while end > first && is_mark(end - 1) {
        end -= 1;
    }
    // "— Jane Roe (@janeroe) November 18, 2019": the signature under an
    // embedded post names its author; it is no quotation of its own.
    if doc
        .tokens
        .get(first)
        .is_some_and(|t| t.kind == TokenKind::Dash)
    {
        return None;
    }
    (first < end).then(|| Marked {
        content: Span::new(doc.tokens[first].start, doc.tokens[end - 1].end),
        tokens: first..end,
        open: None,
        close_end: None,
        para: pi,
        continued: false,
        block: true,
    })
}

/// The quotation marks among `range`'s tokens, with `''` merged and marks
/// inside markup attributes (`author="…"`) left out.
fn marks_of(doc: &Document, range: std::ops::Range<usize>) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let t = doc.tokens[i];
        let TokenKind::Quote { double, dir } = t.kind else {
            i += 1;
            continue;
        };
        let prev = doc.text.get(..t.start).and_then(|s| s.chars().next_back());
        if prev == Some('=') || in_markup_tag(doc, doc.tokens[range.start].start, t.start) {
            i += 1;
            continue;
        }
        let pair_end = i + 1;
        let twin = !double
            && pair_end < range.end
            && doc.tokens[pair_end].start == t.end
            && doc.token_text(i) == "'"
            && doc.token_text(pair_end) == "'";
        if twin {
            let next = doc
                .text
                .get(doc.tokens[pair_end].end..)
                .and_then(|s| s.chars().next());
            out.push(Mark {
                first: i,
                end: pair_end + 1,
                double: true,
                dir: facing(prev, next),
            });
            i = pair_end + 1;
            continue;
        }
        out.push(Mark {
            first: i,
            end: i + 1,
            double,
            dir: corrected(doc, i, dir),
        });
        i += 1;
    }
    out
}

/// True when byte `at` stands inside a markup tag left in the text
/// (`<tweet author="someone" id="12">`): an opening `<` followed by a name,
/// and no `>` yet, since the paragraph start `from`.
fn in_markup_tag(doc: &Document, from: usize, at: usize) -> bool {
    let mut from = from.max(at.saturating_sub(MAX_TAG_BYTES));
    while from < at && !doc.text.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = doc.text.get(from..at) else {
        return false;
    };
    before.rfind('<').is_some_and(|lt| {
        !before[lt..].contains('>')
            && before[lt + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
    })
}

/// Which way a mark faces from its neighbours alone.
fn facing(prev: Option<char>, next: Option<char>) -> QuoteDir {
    let opens = |c: char| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/');
    let closes = |c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–')
    };
    match (prev.is_none_or(opens), next.is_none_or(closes)) {
        (true, false) => QuoteDir::Open,
        (false, true) => QuoteDir::Close,
        (false, false) => QuoteDir::Close,
        (true, true) => QuoteDir::Either,
    }
}

/// A curly mark typed the wrong way round (`“Yes,“ he said`) faces the way
/// its neighbours clearly say; otherwise the tokenizer's reading stands.
fn corrected(doc: &Document, i: usize, dir: QuoteDir) -> QuoteDir {
    let t = doc.tokens[i];
    let prev = doc.text.get(..t.start).and_then(|s| s.chars().next_back());
    let next = doc.text.get(t.end..).and_then(|s| s.chars().next());
    match (dir, facing(prev, next)) {
        (QuoteDir::Open, QuoteDir::Close)
            if prev.is_some_and(|c| !c.is_whitespace()) && next.is_none_or(char::is_whitespace) =>
        {
            QuoteDir::Close
        }
        (QuoteDir::Close, QuoteDir::Open)
            if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphanumeric) =>
        {
            QuoteDir::Open
        }
        _ => dir,
    }
}

/// Pairs one paragraph's marks, pushing its quotations. Returns true when a
/// double quotation is left open at the paragraph's end.
fn pair_paragraph(
    doc: &Document,
    pi: usize,
    marks: &[Mark],
    continued: bool,
    out: &mut Vec<Marked>,
) -> bool {
    let para_end = doc.paras[pi].tokens.end;
    let mut open: Option<Mark> = None;
    let mut depth = 0usize;
    let mut doubles: Vec<(usize, usize)> = Vec::new();
    let first_out = out.len();
    for &m in marks.iter().filter(|m| m.double) {
        match (open, m.dir) {
            (None, QuoteDir::Close) => {}
            (None, _) => {
                open = Some(m);
                depth = 1;
            }
            (Some(_), QuoteDir::Open) => depth += 1,
            (Some(o), _) => {
                depth -= 1;
                if depth == 0 {
                    push(doc, pi, o.end, m.first, Some(o.first), Some(m.end), out);
                    doubles.push((o.first, m.end));
                    open = None;
                }
            }
        }
    }
    let left_open = open.is_some();
    if let Some(o) = open {
        push(doc, pi, o.end, para_end, Some(o.first), None, out);
        doubles.push((o.first, para_end));
    }
    if continued {
        if let Some(first) = out.get_mut(first_out) {
            first.continued = true;
        }
    }
    pair_singles(doc, pi, marks, &doubles, out);
    out[first_out..].sort_by_key(|m| m.content.start);
    left_open
}

/// Pairs single marks that stand outside every double quotation.
fn pair_singles(
    doc: &Document,
    pi: usize,
    marks: &[Mark],
    doubles: &[(usize, usize)],
    out: &mut Vec<Marked>,
) {
    let inside = |i: usize| doubles.iter().any(|&(a, b)| a <= i && i < b);
    let mut open: Option<Mark> = None;
    for &m in marks.iter().filter(|m| !m.double && !inside(m.first)) {
        match (open, m.dir) {
            (Some(o), QuoteDir::Close | QuoteDir::Either)
                if m.first - o.end <= MAX_SINGLE_QUOTE_TOKENS =>
            {
                push(doc, pi, o.end, m.first, Some(o.first), Some(m.end), out);
                open = None;
            }
            (_, QuoteDir::Open | QuoteDir::Either) => open = Some(m),
            _ => {}
        }
    }
}

/// Records the quotation whose content is tokens `[first, end)`, if any.
fn push(
    doc: &Document,
    pi: usize,
    first: usize,
    end: usize,
    open: Option<usize>,
    close_end: Option<usize>,
    out: &mut Vec<Marked>,
) {
    if first >= end {
        return;
    }
    out.push(Marked {
        content: Span::new(doc.tokens[first].start, doc.tokens[end - 1].end),
        tokens: first..end,
        open,
        close_end,
        para: pi,
        continued: false,
        block: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Paragraph;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::from_plain_text(text);
        find(&doc)
            .iter()
            .map(|m| &text[m.content.start..m.content.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_marks_pair() {
        assert_eq!(
            quoted("“Yes, we can,” he said. He added, \"No.\""),
            vec!["Yes, we can,", "No."]
        );
    }

    #[test]
    fn single_marks_pair_outside_double_marks() {
        assert_eq!(
            quoted("He said ties are 'at a low point' today."),
            vec!["at a low point"]
        );
        assert_eq!(
            quoted("“She called it ‘a mess’ today,” he said."),
            vec!["She called it ‘a mess’ today,"]
        );
    }

    #[test]
    fn apostrophes_do_not_pair() {
        assert!(quoted("The countries’ leaders met in the ’90s and didn't agree.").is_empty());
    }

    #[test]
    fn typewriter_double_apostrophes_are_double_marks() {
        assert_eq!(quoted("''We will win,'' he said."), vec!["We will win,"]);
    }

    #[test]
    fn an_unclosed_mark_stops_at_its_paragraph() {
        let q = quoted("He said \"this never closes.\nThe next paragraph is narrative.");
        assert_eq!(q, vec!["this never closes."]);
    }

    #[test]
    fn a_quotation_over_paragraphs_is_one_span_each_and_marked_continued() {
        let text = "He said: “First part.\n“Second part.”\nNarrative.";
        let doc = Document::from_plain_text(text);
        let found = find(&doc);
        assert_eq!(found.len(), 2);
        assert!(!found[0].continued && found[1].continued);
        assert_eq!(
            &text[found[1].content.start..found[1].content.end],
            "Second part."
        );
    }

    #[test]
    fn markup_attribute_values_are_not_quotations() {
        assert!(quoted("<tweet author=\"someone\" id=\"12\">text</tweet>").is_empty());
        assert!(quoted("<tweet author=\"a\" pic=\"b\" id=\"12\">text</tweet>").is_empty());
        assert_eq!(
            quoted("If x < 3, then \"it works\" they said."),
            vec!["it works"]
        );
    }

    #[test]
    fn a_blockquote_paragraph_is_a_quotation_whole() {
        let text = "Intro.\n“We shall fight on the beaches.”";
        let paras = [
            Paragraph {
                span: Span::new(0, 6),
                block: None,
                heading: false,
                blockquote: false,
            },
            Paragraph {
                span: Span::new(7, text.len()),
                block: None,
                heading: false,
                blockquote: true,
            },
        ];
        let doc = Document::from_paragraphs(text, &paras, None);
        let found = find(&doc);
        assert_eq!(found.len(), 1);
        assert!(found[0].block);
        assert_eq!(
            &text[found[0].content.start..found[0].content.end],
            "We shall fight on the beaches."
        );
    }
}
