//! Text: the article as paragraphs, sentences and tokens, every piece an
//! exact byte range of the text the reader sees.
//!
//! Every later stage (entities, quotes, checks) reads a [`Document`]; none
//! re-scans raw characters for structure.

pub mod fxhash;
pub mod lang;
pub mod offsets;
pub mod sentences;
pub mod tokens;
pub mod wordtable;

use std::borrow::Cow;
use std::ops::Range;

use crate::model::{Paragraph, Span};
use tokens::{Token, TokenKind};

/// `word.to_lowercase()`, borrowed when the word already is lower-case
/// ASCII (most words), so looking a word up costs no allocation.
pub fn lowered(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() {
        Cow::Owned(word.to_lowercase())
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        // For ASCII, Unicode and ASCII lower case agree.
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// A paragraph of the document, with its sentences.
#[derive(Debug, Clone)]
pub struct Para {
    /// Byte range in the text.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Its sentences, as indices into [`Document::sentences`].
    pub sentences: Range<usize>,
    /// A headline or subheading rather than body text.
    pub heading: bool,
    /// A block quotation.
    pub blockquote: bool,
    /// The page block it came from, if any.
    pub block: Option<usize>,
}

/// A sentence: a run of tokens inside one paragraph.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the text, from its first token to its last.
    pub span: Span,
    /// Its tokens, as indices into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index of its paragraph in [`Document::paras`].
    pub para: usize,
}

/// The article text, split for analysis.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    /// The text every range points into.
    pub text: &'t str,
    /// The headline, when the caller or the text gives one.
    pub title: Option<Span>,
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// All sentences in text order.
    pub sentences: Vec<Sentence>,
    /// All paragraphs in text order.
    pub paras: Vec<Para>,
}

impl<'t> Document<'t> {
    /// Splits plain text: a line break ends a paragraph; a short first line
    /// with no closing full stop is the headline; short unpunctuated lines
    /// elsewhere are headings (subheads, or related-story links glued on).
    pub fn from_plain_text(text: &'t str) -> Self {
        let mut paragraphs = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive(is_line_break) {
            let start = pos + (line.len() - line.trim_start().len());
            let trimmed_end = pos + line.trim_end().len();
            pos += line.len();
            if trimmed_end > start {
                paragraphs.push(Paragraph {
                    span: Span::new(start, trimmed_end),
                    block: None,
                    heading: looks_like_heading(&text[start..trimmed_end]),
                    blockquote: false,
                });
            }
        }
        let title = paragraphs.first().filter(|p| p.heading).map(|p| p.span);
        Self::from_paragraphs(text, &paragraphs, title)
    }

    /// Builds a document over paragraphs already known (from extraction).
    pub fn from_paragraphs(text: &'t str, paragraphs: &[Paragraph], title: Option<Span>) -> Self {
        let mut doc = Document {
            text,
            title,
            tokens: Vec::with_capacity(text.len() / 5),
            sentences: Vec::new(),
            paras: Vec::with_capacity(paragraphs.len()),
        };
        for p in paragraphs {
            let Some(body) = text.get(p.span.start..p.span.end) else {
                continue;
            };
            let first_token = doc.tokens.len();
            let first_sentence = doc.sentences.len();
            let para_tokens = tokens::tokenize(body);
            for range in sentences::split(body, &para_tokens) {
                let a = para_tokens[range.start];
                let b = para_tokens[range.end - 1];
                doc.sentences.push(Sentence {
                    span: Span::new(p.span.start + a.start, p.span.start + b.end),
                    tokens: first_token + range.start..first_token + range.end,
                    para: doc.paras.len(),
                });
            }
            doc.tokens.extend(para_tokens.into_iter().map(|t| Token {
                start: t.start + p.span.start,
                end: t.end + p.span.start,
                kind: t.kind,
            }));
            doc.paras.push(Para {
                span: p.span,
                tokens: first_token..doc.tokens.len(),
                sentences: first_sentence..doc.sentences.len(),
                heading: p.heading,
                blockquote: p.blockquote,
                block: p.block,
            });
        }
        doc
    }

    /// The text of a byte span.
    pub fn slice(&self, span: Span) -> &'t str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// Index of the sentence holding byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= pos)
            .map(|_| i)
    }

    /// Index of the first token that ends after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= pos)
    }

    /// The paragraphs in the model's form, for [`crate::model::Annotations`].
    pub fn paragraphs(&self) -> Vec<Paragraph> {
        self.paras
            .iter()
            .map(|p| Paragraph {
                span: p.span,
                block: p.block,
                heading: p.heading,
                blockquote: p.blockquote,
            })
            .collect()
    }

    /// Number of word and number tokens: the unit throughput is counted in.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.is_wordlike()).count()
    }
}

/// Every mandatory line break of Unicode (UAX #14): `\n`, a lone `\r`
/// (old Mac files; `\r\n` then yields an empty line, which is skipped),
/// vertical tab, form feed, NEL and the line and paragraph separators
/// that JavaScript strings from the DOM can carry.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Headline-shaped: short, and not ending like a sentence of body text.
fn looks_like_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    let ends_like_sentence = matches!(last, '.' | '!' | '?' | ':' | ';' | ',' | '"' | '”' | '…');
    (1..=16).contains(&words) && !ends_like_sentence && !line.trim_end().ends_with('\'')
        || (1..=16).contains(&words) && last == '\'' && !line.contains('.')
}

/// True when the token is a word starting with an upper-case letter.
pub fn is_capitalised(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_headline_and_paragraphs() {
        let text = "Talks stall in Geneva\n\nThe talks stalled. Both sides left.\nMore news here\n";
        let doc = Document::from_plain_text(text);
        assert_eq!(doc.paras.len(), 3);
        assert_eq!(doc.slice(doc.title.unwrap()), "Talks stall in Geneva");
        assert!(!doc.paras[1].heading);
        assert!(doc.paras[2].heading);
        assert_eq!(doc.sentences.len(), 4);
        assert_eq!(doc.slice(doc.sentences[2].span), "Both sides left.");
    }

    #[test]
    fn headline_with_a_quoted_phrase_is_a_heading() {
        let doc = Document::from_plain_text("Trump says ties at 'all-time low'\n\nBody text here.");
        assert!(doc.title.is_some());
    }

    #[test]
    fn a_body_sentence_first_is_not_a_headline() {
        let doc = Document::from_plain_text("The minister resigned on Tuesday after a long row.\n");
        assert!(doc.title.is_none());
    }

    #[test]
    fn sentence_lookup_by_offset() {
        let doc = Document::from_plain_text("A b. C d.");
        assert_eq!(doc.sentence_at(0), Some(0));
        assert_eq!(doc.sentence_at(6), Some(1));
        assert_eq!(doc.sentence_at(99), None);
    }

    #[test]
    fn empty_text_is_an_empty_document() {
        let doc = Document::from_plain_text("");
        assert!(doc.paras.is_empty() && doc.tokens.is_empty());
    }
}
