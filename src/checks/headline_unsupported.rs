//! `headline_unsupported`: the headline quotes words the body never uses,
//! or gives words to someone the body never names. Headlines are what most
//! readers remember; one that puts words in the wrong mouth misleads even
//! when the body is right.
//!
//! Quoted words count as supported when they appear in the body in order,
//! or when all their content words stand in one body sentence (headline
//! style shortens and paraphrases).

use super::{
    body_paras, inside, is_stopword, parts, quoted_spans, warning, word_parts, Check, Context,
};
use crate::model::{Severity, Span, Warning};
use crate::text::tokens::{tokenize, QuoteDir, Token, TokenKind};
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "headline_unsupported";
/// How much it should worry the reader, when the body gives the words to
/// someone else it is an alert.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "The headline quotes words, or names a speaker, the body does not support.",
    run: check,
};

/// Headline verbs that give words to the name before them.
const HEADLINE_VERBS: &[&str] = &[
    "says",
    "said",
    "declares",
    "declared",
    "warns",
    "warned",
    "claims",
    "claimed",
    "tells",
    "told",
    "admits",
    "insists",
    "vows",
    "slams",
    "blasts",
    "denies",
    "urges",
    "announces",
    "calls",
    "suggests",
    "states",
    "tweets",
    "writes",
];

/// Checks the headline's quotations and speaker against the body.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let Some(headline) = ctx.headline() else {
        return Vec::new();
    };
    let doc = ctx.doc;
    let body = BodyWords::new(doc);
    if body.words.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(headline.text);
    let speaker = headline_speaker(headline.text, &tokens);
    let at = |s: Span| {
        headline
            .span
            .map(|h| Span::new(h.start + s.start, h.start + s.end))
    };
    let mut out = Vec::new();
    for q in headline_quotes(&tokens) {
        let words = word_parts(&headline.text[q.start..q.end]);
        if words.is_empty() || body.supports(&words) {
            continue;
        }
        let quoted = &headline.text[q.start..q.end];
        let nearest = nearest_body_quote(doc, &words);
        let nearest_speaker = nearest.and_then(|b| {
            ctx.quotes
                .iter()
                .find(|x| Span::new(x.start, x.end).overlaps(&b))
                .and_then(|x| x.speaker_name.as_deref())
        });
        let mut spans: Vec<Span> = at(q).into_iter().collect();
        spans.extend(nearest);
        let other_speaker = match (speaker, nearest_speaker) {
            (Some(s), Some(n)) if !same_person(&headline.text[s.start..s.end], n) => Some(n),
            _ => None,
        };
        let message = match (speaker, nearest, other_speaker) {
            (Some(s), Some(b), Some(n)) => format!(
                "The headline has {} saying ‘{}’, but the body never uses these words; its nearest, ‘{}’, are {}’s.",
                &headline.text[s.start..s.end],
                quoted,
                doc.slice(b),
                n
            ),
            (Some(s), _, _) => format!(
                "The headline has {} saying ‘{}’, but these words appear nowhere in the body.",
                &headline.text[s.start..s.end],
                quoted
            ),
            (None, _, _) => format!("The headline quotes ‘{quoted}’, but these words appear nowhere in the body."),
        };
        if let Some(s) = speaker.and_then(at) {
            spans.push(s);
        }
        let severity = if other_speaker.is_some() {
            Severity::Alert
        } else {
            SEVERITY
        };
        out.push(warning(KIND, severity, message, spans));
    }
    if let Some(s) = speaker {
        let name = &headline.text[s.start..s.end];
        let last = name.split_whitespace().last().unwrap_or(name);
        if !body.words.iter().any(|w| w.text == last.to_lowercase()) && out.is_empty() {
            out.push(warning(
                KIND,
                SEVERITY,
                format!("The headline gives words to {name}, whom the body never names."),
                at(s).into_iter().collect(),
            ));
        }
    }
    out
}

/// One lower-case word part of the body and the sentence it stands in.
struct BodyWord {
    text: String,
    sentence: usize,
}

/// The body as lower-case word parts, for matching headline words.
struct BodyWords {
    words: Vec<BodyWord>,
}

impl BodyWords {
    fn new(doc: &Document) -> Self {
        let mut words = Vec::new();
        for p in body_paras(doc) {
            for si in p.sentences.clone() {
                for t in &doc.tokens[doc.sentences[si].tokens.clone()] {
                    if t.is_wordlike() {
                        for part in parts(t.text(doc.text)) {
                            words.push(BodyWord {
                                text: part.to_lowercase().replace('’', "'"),
                                sentence: si,
                            });
                        }
                    }
                }
            }
        }
        BodyWords { words }
    }

    /// True when `quoted` appears in order, or its content words share a sentence.
    fn supports(&self, quoted: &[String]) -> bool {
        let in_order = self
            .words
            .windows(quoted.len())
            .any(|w| w.iter().zip(quoted).all(|(a, b)| a.text == *b));
        if in_order {
            return true;
        }
        let content: Vec<&String> = quoted.iter().filter(|w| !is_stopword(w)).collect();
        if content.len() < 2 {
            return false;
        }
        let mut start = 0;
        while start < self.words.len() {
            let s = self.words[start].sentence;
            let end = start
                + self.words[start..]
                    .iter()
                    .take_while(|w| w.sentence == s)
                    .count();
            let sentence = &self.words[start..end];
            if content
                .iter()
                .all(|c| sentence.iter().any(|w| w.text == **c))
            {
                return true;
            }
            start = end;
        }
        false
    }
}

/// Spans (relative to the headline) of the headline's quoted words.
fn headline_quotes(tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(bool, usize)> = None;
    for t in tokens {
        let TokenKind::Quote { double, dir } = t.kind else {
            continue;
        };
        match open {
            Some((d, start)) if d == double && dir != QuoteDir::Open => {
                if t.start > start {
                    out.push(Span::new(start, t.start));
                }
                open = None;
            }
            None if dir != QuoteDir::Close => open = Some((double, t.end)),
            _ => {}
        }
    }
    out
}

/// The name right before a headline speech verb ("Trump declares …"), or
/// before a colon that introduces a quotation ("Putin: ‘…’").
fn headline_speaker(text: &str, tokens: &[Token]) -> Option<Span> {
    let verb = (0..tokens.len()).find(|&i| {
        let t = &tokens[i];
        t.kind == TokenKind::Word && HEADLINE_VERBS.contains(&t.text(text).to_lowercase().as_str())
            || t.kind == TokenKind::Punct
                && t.text(text) == ":"
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.kind, TokenKind::Quote { .. }))
    })?;
    let mut first = verb;
    while first > 0
        && tokens[first - 1].kind == TokenKind::Word
        && tokens[first - 1]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && verb - first < 3
    {
        first -= 1;
    }
    let name = Span::new(
        tokens.get(first)?.start,
        tokens.get(verb.checked_sub(1)?)?.end,
    );
    let label = NOT_SPEAKERS.iter().any(|l| {
        text.get(name.start..name.end)
            .is_some_and(|n| n.eq_ignore_ascii_case(l))
    });
    (first < verb && !label).then_some(name)
}

/// Headline labels that stand where a speaker would ("Exclusive: ‘…’").
const NOT_SPEAKERS: &[&str] = &[
    "exclusive",
    "watch",
    "video",
    "live",
    "breaking",
    "update",
    "opinion",
    "review",
    "analysis",
    "editorial",
    "explainer",
    "factbox",
    "interview",
    "comment",
    "letters",
    "poll",
    "report",
];

/// The body quotation sharing most content words with `words`, if any.
fn nearest_body_quote(doc: &Document, words: &[String]) -> Option<Span> {
    let body: Vec<Span> = body_paras(doc).map(|p| p.span).collect();
    quoted_spans(doc)
        .into_iter()
        .filter(|q| inside(&body, q.start))
        .map(|q| {
            let theirs = word_parts(doc.slice(q));
            let shared = words
                .iter()
                .filter(|w| !is_stopword(w) && theirs.contains(w))
                .count();
            (shared, q)
        })
        .filter(|&(shared, _)| shared > 0)
        .max_by_key(|&(shared, q)| (shared, std::cmp::Reverse(q.start)))
        .map(|(_, q)| q)
}

/// True when two names plausibly name one person ("Tillerson", "Rex Tillerson").
fn same_person(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    last(a) == last(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_titled, check_with, evidence, Who};

    const BODY: &str = "Mayor warns ties at 'historic low'\n\n\
        Council leader Dana Holt, after meeting the mayor on Monday, said relations were 'at a low point'.\n\n\
        The mayor, Tom Reyes, said in a note that budgets were tight.";

    #[test]
    fn flags_a_headline_quote_the_body_gives_to_someone_else() {
        let w = check_with(
            check,
            BODY,
            &[],
            &[("at a low point", Who::Named("Dana Holt"))],
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Alert);
        assert!(w[0].message.contains("Mayor"));
        assert!(w[0].message.contains("Dana Holt"));
        assert_eq!(
            evidence(BODY, &w[0]),
            vec!["Mayor", "historic low", "at a low point"]
        );
    }

    #[test]
    fn flags_a_headline_quote_absent_from_the_body_without_quotes_known() {
        let w = check_with(check, BODY, &[], &[]);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Caution);
    }

    #[test]
    fn flags_a_separate_title_and_a_speaker_the_body_never_names() {
        let w = check_titled(
            check,
            Some("Okafor says port will close"),
            None,
            "The port authority met on Friday. The port stays open.",
        );
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("Okafor"));
        assert!(w[0].spans.is_empty());
    }

    // potential false positives

    #[test]
    fn dont_flag_a_headline_quote_the_body_repeats() {
        let text = "Mayor warns of 'historic rift'\n\nThe mayor said there was a “historic rift” with the council.";
        assert!(check_with(check, text, &[], &[]).is_empty());
    }

    #[test]
    fn dont_flag_a_paraphrased_headline_quote() {
        let text = "Minister 'to quit over budget row'\n\nThe minister is expected to quit after a row over the budget.";
        assert!(check_with(check, text, &[], &[]).is_empty());
    }

    #[test]
    fn dont_flag_a_quoted_title_the_body_names() {
        let text = "Review: 'The Quiet Harbour' charms\n\nThe Quiet Harbour, a first novel, charms from its opening page.";
        assert!(check_with(check, text, &[], &[]).is_empty());
    }

    #[test]
    fn dont_flag_a_speaker_the_body_quotes() {
        let w = check_titled(
            check,
            Some("Okafor says port will close"),
            None,
            "Port chief Ada Okafor said the port would close.",
        );
        assert!(w.is_empty());
    }
}
