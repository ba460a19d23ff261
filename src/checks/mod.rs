//! Checks: what a careful editor would flag. One module per warning kind,
//! each named after its kind, each a pure function from a [`Context`] to
//! warnings that cite their evidence.
//!
//! A new check is one file plus one line in [`CHECKS`]. Checks that need
//! only the words (sourcing phrases, spun wording, dates) read the
//! [`Document`]; checks about speakers read the entities and quotes the
//! earlier stages found. Every check leans towards silence: a false alarm
//! costs the reader's trust more than a missed warning.

pub mod anonymous_source;
pub mod conflicting_role;
pub mod contradicting_age;
pub mod contradicting_count;
pub mod contradicting_date;
pub mod empty_attribution;
pub mod headline_unsupported;
pub mod inconsistent_name;
pub mod same_quote_two_speakers;
pub mod spun_phrases;
pub mod spun_wording;
pub mod unattributed_quote;
pub mod weekday_mismatch;

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::entities::Recognised;
use crate::model::{Quote, Severity, Span, Warning};
pub(crate) use crate::text::lowered;
use crate::text::tokens::{QuoteDir, TokenKind};
use crate::text::{Document, Para};

/// What every check reads.
pub struct Context<'a, 't> {
    /// The article, split.
    pub doc: &'a Document<'t>,
    /// Its entities.
    pub entities: &'a Recognised,
    /// Its quotations, with speakers.
    pub quotes: &'a [Quote],
    /// The headline when it is not part of `doc.text` (an extracted
    /// article, or titled input). When `doc.title` is set, that span wins.
    pub title: Option<&'a str>,
    /// The publication date as the page gives it ("2017-04-13", "April 13,
    /// 2017"), used to date a weekday that comes without a year.
    pub published: Option<&'a str>,
    /// What several checks derive from the document, made once on first
    /// use: start with `Shared::default()`.
    pub shared: Shared<'t>,
}

/// Per-document data several checks read, computed on first use and kept
/// for the others (the word stream and the quoted regions each cost a
/// pass over every token).
#[derive(Default)]
pub struct Shared<'t> {
    words: OnceCell<Vec<WordPart<'t>>>,
    quoted: OnceCell<Vec<Span>>,
}

/// One check: its kind, what it looks for, and the function that looks.
pub struct Check {
    /// The snake_case kind its warnings carry.
    pub kind: &'static str,
    /// One line for the reader: what the check flags.
    pub description: &'static str,
    /// Finds the warnings.
    pub run: fn(&Context) -> Vec<Warning>,
}

/// Every check, in the order the side panel lists kinds.
pub const CHECKS: &[Check] = &[
    unattributed_quote::CHECK,
    empty_attribution::CHECK,
    headline_unsupported::CHECK,
    same_quote_two_speakers::CHECK,
    inconsistent_name::CHECK,
    conflicting_role::CHECK,
    contradicting_count::CHECK,
    contradicting_age::CHECK,
    weekday_mismatch::CHECK,
    contradicting_date::CHECK,
    anonymous_source::CHECK,
    spun_wording::CHECK,
];

/// Runs every check, in text order of their first evidence.
pub fn run(ctx: &Context) -> Vec<Warning> {
    let mut out: Vec<Warning> = CHECKS.iter().flat_map(|c| (c.run)(ctx)).collect();
    for w in &mut out {
        w.spans.sort();
        w.spans.dedup();
    }
    out.sort_by_key(|w| {
        w.spans
            .first()
            .map_or((usize::MAX, 0), |s| (s.start, s.end))
    });
    out.dedup_by(|a, b| a.kind == b.kind && a.spans == b.spans);
    out
}

/// The first plausible year in a date string ("2017-04-13", "April 13, 2017").
pub(crate) fn year_in(s: &str) -> Option<i32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| p.len() == 4)
        .filter_map(|p| p.parse::<i32>().ok())
        .find(|y| (1800..=2200).contains(y))
}

/// True when an entity's mentions of two or more words start with
/// different given names (George Bush, Jeb Bush): the entity may be two
/// people who share a surname, so facts about one are not the other's.
pub(crate) fn shared_surname(doc: &Document, mentions: &[Span]) -> bool {
    let mut given: Vec<&str> = mentions
        .iter()
        .filter_map(|m| {
            let words: Vec<&str> = doc.slice(*m).split_whitespace().collect();
            (words.len() >= 2).then(|| words[0])
        })
        .collect();
    given.sort_unstable();
    given.dedup();
    given.len() > 1
}

/// Builds a warning with its evidence in text order.
pub(crate) fn warning(
    kind: &str,
    severity: Severity,
    message: String,
    mut spans: Vec<Span>,
) -> Warning {
    spans.sort();
    spans.dedup();
    Warning {
        kind: kind.to_string(),
        severity,
        message,
        spans,
    }
}

/// The headline: its text, and its span when it lies inside `doc.text`.
pub(crate) struct Headline<'a> {
    /// The headline's words.
    pub text: &'a str,
    /// Where it stands in the article text, if it does.
    pub span: Option<Span>,
}

impl<'a, 't: 'a> Context<'a, 't> {
    /// [`word_stream`] of the whole body, quotations included.
    pub(crate) fn words(&self) -> &[WordPart<'t>] {
        self.shared.words.get_or_init(|| word_stream(self.doc, &[]))
    }

    /// [`quoted_spans`] of the document.
    pub(crate) fn quoted(&self) -> &[Span] {
        self.shared.quoted.get_or_init(|| quoted_spans(self.doc))
    }

    /// [`word_stream`] leaving out the words inside quotations, derived
    /// from [`Context::words`]: a part after a left-out word no longer
    /// joins its predecessor, exactly as if the stream had been built
    /// with the quotations skipped.
    pub(crate) fn unquoted_words(&self) -> Vec<WordPart<'t>> {
        let words = self.words();
        let quoted = self.quoted();
        if quoted.is_empty() {
            return words.to_vec();
        }
        // With the spans' ends in order too (no span inside another), the
        // span [`inside`] finds for a position only moves forward as the
        // positions do: a cursor gives its answer without a search.
        let ends_sorted = quoted.windows(2).all(|p| p[0].end <= p[1].end);
        let mut cursor = 0;
        let mut is_quoted = |pos: usize| {
            if !ends_sorted {
                return inside(quoted, pos);
            }
            while cursor < quoted.len() && quoted[cursor].end <= pos {
                cursor += 1;
            }
            quoted.get(cursor).is_some_and(|s| s.start <= pos)
        };
        let mut out = Vec::with_capacity(words.len());
        let mut last_token = usize::MAX;
        let mut skip = false;
        for w in words {
            if w.token.start != last_token {
                // The first part of a new token.
                let skipped_prev = skip;
                skip = is_quoted(w.token.start);
                last_token = w.token.start;
                if skip {
                    continue;
                }
                let mut part = *w;
                part.joins_previous = w.joins_previous && !skipped_prev;
                out.push(part);
            } else if !skip {
                out.push(*w);
            }
        }
        out
    }

    /// The headline, from the document or from the caller.
    pub(crate) fn headline(&self) -> Option<Headline<'a>> {
        match self.doc.title {
            Some(span) => Some(Headline {
                text: self.doc.slice(span),
                span: Some(span),
            }),
            None => self
                .title
                .filter(|t| !t.trim().is_empty())
                .map(|text| Headline { text, span: None }),
        }
    }
}

/// Body paragraphs: not the headline, not subheads or related-story links.
pub(crate) fn body_paras<'d>(doc: &'d Document) -> impl Iterator<Item = &'d Para> + 'd {
    doc.paras.iter().filter(|p| !p.heading)
}

/// The body paragraphs' spans, in text order, for asking whether a span
/// lies in the body in logarithmic time (a long page has many mentions).
pub(crate) struct BodySpans(Vec<Span>);

impl BodySpans {
    pub(crate) fn of(doc: &Document) -> Self {
        Self(body_paras(doc).map(|p| p.span).collect())
    }

    /// True when `s` lies inside one body paragraph.
    pub(crate) fn contain(&self, s: &Span) -> bool {
        let i = self.0.partition_point(|b| b.end <= s.start);
        self.0.get(i).is_some_and(|b| b.contains(s))
    }
}

/// Indices of the sentences in body paragraphs.
pub(crate) fn body_sentences<'d>(doc: &'d Document) -> impl Iterator<Item = usize> + 'd {
    body_paras(doc).flat_map(|p| p.sentences.clone())
}

/// The regions between paired quotation marks (marks excluded), in text
/// order. Pairs never cross a paragraph; double and single marks pair
/// only with their own kind, and an unclosed mark quotes nothing.
pub(crate) fn quoted_spans(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paras {
        for double in [true, false] {
            let mut open: Option<usize> = None;
            for t in &doc.tokens[p.tokens.clone()] {
                let TokenKind::Quote { double: d, dir } = t.kind else {
                    continue;
                };
                if d != double {
                    continue;
                }
                match (open, dir) {
                    (None, QuoteDir::Open | QuoteDir::Either) => open = Some(t.end),
                    (Some(start), QuoteDir::Close | QuoteDir::Either) => {
                        out.push(Span::new(start, t.start));
                        open = None;
                    }
                    (Some(_), QuoteDir::Open) => open = Some(t.end),
                    (None, QuoteDir::Close) => {}
                }
            }
        }
    }
    out.sort();
    out
}

/// True when `pos` lies inside one of the sorted `spans`.
pub(crate) fn inside(spans: &[Span], pos: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= pos);
    spans.get(i).is_some_and(|s| s.start <= pos)
}

/// One word part of the body: hyphenated words give one part per piece
/// ("rebel-held" → "rebel", "held") so phrase tables match either spelling.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordPart<'t> {
    /// The part's text, as written.
    pub text: &'t str,
    /// Where it stands.
    pub span: Span,
    /// The whole token it comes from ("rebel-held").
    pub token: Span,
    /// True when it follows the previous part with nothing but space or a
    /// hyphen between, so phrases never run across punctuation.
    pub joins_previous: bool,
}

/// The word parts of the body paragraphs, leaving out words inside `skip`
/// (sorted spans, e.g. quotations).
pub(crate) fn word_stream<'t>(doc: &Document<'t>, skip: &[Span]) -> Vec<WordPart<'t>> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    for p in body_paras(doc) {
        let mut prev_word = false;
        for t in &doc.tokens[p.tokens.clone()] {
            if !t.is_wordlike() || inside(skip, t.start) {
                prev_word = false;
                continue;
            }
            let text = t.text(doc.text);
            if !may_hold_hyphen(text) {
                // One part, the whole word: the common case, without splitting.
                if !text.is_empty() {
                    out.push(WordPart {
                        text,
                        span: Span::new(t.start, t.end),
                        token: Span::new(t.start, t.end),
                        joins_previous: prev_word,
                    });
                }
                prev_word = true;
                continue;
            }
            let mut offset = t.start;
            let mut first = true;
            for piece in text.split_inclusive(['-', '‐', '‑']) {
                let trimmed = piece.trim_end_matches(['-', '‐', '‑']);
                if !trimmed.is_empty() {
                    out.push(WordPart {
                        text: trimmed,
                        span: Span::new(offset, offset + trimmed.len()),
                        token: Span::new(t.start, t.end),
                        joins_previous: !first || prev_word,
                    });
                }
                offset += piece.len();
                first = false;
            }
            prev_word = true;
        }
    }
    out
}

/// False when `word` surely holds none of the hyphens [`word_stream`]
/// splits at ('-', U+2010, U+2011; the latter two start with byte 0xE2).
fn may_hold_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-' || b == 0xE2)
}

/// A word's parts for matching: split at hyphens, so "rebel-held" and
/// "rebel held" read alike.
pub(crate) fn parts(word: &str) -> impl Iterator<Item = &str> {
    word.split(['-', '‐', '‑']).filter(|p| !p.is_empty())
}

/// Lower-case word parts of a text (a headline, a quotation), with
/// apostrophes normalised: the form quoted words are compared in.
pub(crate) fn word_parts(text: &str) -> Vec<String> {
    folded_parts(text)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// [`word_parts`], borrowing every part that is already in that form.
pub(crate) fn folded_parts(text: &str) -> Vec<Cow<'_, str>> {
    crate::text::tokens::tokenize(text)
        .iter()
        .filter(|t| t.is_wordlike())
        .flat_map(|t| parts(t.text(text)).map(folded))
        .collect()
}

/// A word in the form checks compare words in: lower case, with curly
/// apostrophes made straight (`to_lowercase().replace('’', "'")`). Most
/// words already are, so they come back borrowed, without allocating.
pub(crate) fn folded(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        // No '’' to replace.
        lowered(word)
    } else {
        Cow::Owned(word.to_lowercase().replace('’', "'"))
    }
}

/// Short function words that carry no claim, left out when deciding
/// whether two passages share content.
pub(crate) fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "and"
            | "or"
            | "but"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "it"
            | "its"
            | "this"
            | "that"
            | "with"
            | "as"
            | "by"
            | "from"
            | "we"
            | "our"
            | "i"
            | "you"
            | "he"
            | "she"
            | "they"
            | "his"
            | "her"
            | "their"
            | "not"
            | "no"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "can"
            | "may"
            | "very"
            | "so"
            | "there"
            | "what"
            | "which"
            | "who"
            | "all"
            | "do"
            | "does"
    )
}

#[cfg(test)]
pub(crate) mod testing {
    //! Builds a [`Context`] from text and declarations by substring, so
    //! each test is one call.

    use super::*;
    use crate::entities::Gender;
    use crate::model::{Entity, EntityType, QuoteKind, SpeakerKind};

    /// Every byte offset where `needle` starts as a whole word.
    fn occurrences(text: &str, needle: &str) -> Vec<usize> {
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        text.match_indices(needle)
            .map(|(i, _)| i)
            .filter(|&i| {
                boundary(text[..i].chars().next_back())
                    && boundary(text[i + needle.len()..].chars().next())
            })
            .collect()
    }

    /// A speaker declared by a test: a named person, or a kind of source.
    pub enum Who<'s> {
        /// A named person (an entity of that name is created if missing).
        Named(&'s str),
        /// An unnamed source of this kind, with no name.
        Unnamed(SpeakerKind),
    }

    /// Runs `check` over `text` (plain text; a short first line is the
    /// headline), with entities given as `(name, [mention substrings])`
    /// and quotations as `(quoted substring, speaker)`.
    pub fn check_with(
        check: fn(&Context) -> Vec<Warning>,
        text: &str,
        entities: &[(&str, &[&str])],
        quotes: &[(&str, Who)],
    ) -> Vec<Warning> {
        let doc = Document::from_plain_text(text);
        let mut rec = Recognised::default();
        let add = |rec: &mut Recognised, name: &str, mentions: &[&str]| {
            let mut spans: Vec<Span> = mentions
                .iter()
                .flat_map(|m| {
                    occurrences(text, m)
                        .into_iter()
                        .map(|i| Span::new(i, i + m.len()))
                })
                .collect();
            spans.sort();
            rec.entities.push(Entity {
                id: format!("e{}", rec.entities.len() + 1),
                name: name.to_string(),
                kind: EntityType::Person,
                role: None,
                link: None,
                description: None,
                mentions: spans,
            });
            rec.genders.push(Gender::Unknown);
        };
        for (name, mentions) in entities {
            add(&mut rec, name, mentions);
        }
        let mut qs = Vec::new();
        for (words, who) in quotes {
            // The same words declared again mean their next occurrence.
            let from = qs
                .iter()
                .filter(|q: &&Quote| q.text == *words)
                .map(|q| q.end)
                .max()
                .unwrap_or(0);
            let start = from
                + text[from..]
                    .find(words)
                    .expect("declared quotation is in the text");
            let (speaker, speaker_name, speaker_kind) = match who {
                Who::Named(name) => {
                    if !rec.entities.iter().any(|e| e.name == *name) {
                        add(&mut rec, name, &[]);
                    }
                    let id = rec
                        .entities
                        .iter()
                        .find(|e| e.name == *name)
                        .map(|e| e.id.clone());
                    (id, Some(name.to_string()), SpeakerKind::Person)
                }
                Who::Unnamed(kind) => (None, None, *kind),
            };
            qs.push(Quote {
                start,
                end: start + words.len(),
                text: words.to_string(),
                kind: QuoteKind::Direct,
                speaker,
                speaker_name,
                speaker_role: None,
                speaker_kind,
                speaker_span: None,
                cue: None,
                confidence: 0.9,
            });
        }
        check(&Context {
            doc: &doc,
            entities: &rec,
            quotes: &qs,
            title: None,
            published: None,
            shared: Shared::default(),
        })
    }

    /// Runs `check` over `text` alone.
    pub fn check_text(check: fn(&Context) -> Vec<Warning>, text: &str) -> Vec<Warning> {
        check_with(check, text, &[], &[])
    }

    /// Runs `check` over `text` with a separately given headline and
    /// publication date.
    pub fn check_titled(
        check: fn(&Context) -> Vec<Warning>,
        title: Option<&str>,
        published: Option<&str>,
        text: &str,
    ) -> Vec<Warning> {
        let mut doc = Document::from_plain_text(text);
        if title.is_some() {
            doc.title = None;
            if let Some(p) = doc.paras.first_mut() {
                p.heading = false;
            }
        }
        check(&Context {
            doc: &doc,
            entities: &Recognised::default(),
            quotes: &[],
            title,
            published,
            shared: Shared::default(),
        })
    }

    /// The evidence of `w` as text.
    pub fn evidence<'t>(text: &'t str, w: &Warning) -> Vec<&'t str> {
        w.spans.iter().map(|s| &text[s.start..s.end]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn folded_matches_lowercase_with_straight_apostrophes() {
        for w in [
            "said",
            "Said",
            "U.S.",
            "Mañana",
            "DON’T",
            "İstanbul",
            "ΣΟΦΙΑ",
            "’",
        ] {
            assert_eq!(folded(w), w.to_lowercase().replace('’', "'"), "{w}");
        }
    }

    #[test]
    fn quoted_spans_pair_marks_within_a_paragraph() {
        let text = "He said “we will go” and ‘maybe’ later.\n\n“Unclosed here.";
        let doc = Document::from_plain_text(text);
        let q: Vec<&str> = quoted_spans(&doc).iter().map(|s| doc.slice(*s)).collect();
        assert_eq!(q, vec!["we will go", "maybe"]);
    }

    #[test]
    fn every_check_has_a_distinct_snake_case_kind() {
        let mut kinds: Vec<&str> = CHECKS.iter().map(|c| c.kind).collect();
        assert!(kinds
            .iter()
            .all(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), CHECKS.len());
    }

    #[test]
    fn run_orders_warnings_by_evidence() {
        let text = "Sources say the deal is off. The worldwide community has spoken.";
        let w = check_text(run, text);
        assert!(w.len() >= 2);
        assert!(w
            .windows(2)
            .all(|p| p[0].spans[0].start <= p[1].spans[0].start));
    }

    #[test]
    fn a_clean_report_raises_nothing() {
        let text = "Talks end without a deal\n\nThe foreign ministers of France and Germany met in Berlin on Tuesday. \
                    \"We made progress,\" said Anna Weber, the German minister. The talks resume next month.";
        assert!(check_text(run, text).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "\"",
            "“",
            "’s",
            "Monday, February 30, 2017.",
            "an",
            "the 5 people killed.",
        ] {
            let _ = check_text(run, text);
        }
    }
}
