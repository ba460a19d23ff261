//! `empty_attribution`: a sentence that says someone spoke but not what
//! ("Trump said in a note on Twitter.") — the words were lost, usually
//! where an embedded post or a quotation was cut. The sentence must be
//! nothing but a name, a speech verb and where or when; anything that could
//! carry content (a that-clause, a quotation, a colon, an object) silences
//! it, as does a quotation right before or after.

use super::{body_paras, warning, Check, Context};
use crate::model::{Severity, Span, Warning};
use crate::text::tokens::TokenKind;
use crate::text::{is_capitalised, Document};

/// The kind name.
pub const KIND: &str = "empty_attribution";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "Someone is said to have spoken, but nothing they said is given.",
    run: check,
};

/// Verbs of saying that need content to mean anything.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "stated",
    "added",
    "commented",
    "remarked",
    "noted",
    "declared",
];

/// Words an adjunct of place, time or medium may contain besides names.
const ADJUNCT_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "via",
    "during",
    "through",
    "to",
    "from",
    "after",
    "before",
    "over",
    "with",
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "this",
    "last",
    "late",
    "early",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "note",
    "notes",
    "statement",
    "post",
    "posts",
    "tweet",
    "tweets",
    "interview",
    "message",
    "letter",
    "email",
    "video",
    "release",
    "speech",
    "briefing",
    "conference",
    "news",
    "press",
    "radio",
    "television",
    "tv",
    "broadcast",
    "call",
    "phone",
    "blog",
    "update",
    "posting",
    "reporters",
    "journalists",
    "thread",
    "website",
    "social",
    "media",
    "account",
    "page",
    "platform",
    "channel",
    "show",
    "meeting",
    "rally",
    "appearance",
    "session",
    "hearing",
    "remarks",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "weekend",
    "month",
    "year",
    "time",
    "brief",
    "short",
    "written",
    "separate",
    "joint",
    "televised",
    "recorded",
    "live",
    "weekly",
    "daily",
    "another",
    "personal",
    "official",
    "online",
];

/// Flags content-less attribution sentences in the body.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    for p in body_paras(doc) {
        for si in p.sentences.clone() {
            if let Some((subject, verb)) = bare_attribution(doc, si) {
                if quotation_adjacent(doc, si) {
                    continue;
                }
                let s = &doc.sentences[si];
                out.push(warning(
                    KIND,
                    SEVERITY,
                    format!(
                        "“{}” says {} {} something, but the article never gives what; the words may have been cut.",
                        doc.slice(s.span),
                        doc.slice(subject),
                        doc.slice(verb)
                    ),
                    vec![s.span],
                ));
            }
        }
    }
    out
}

/// The subject and verb spans when sentence `si` is only a name, a speech
/// verb and an adjunct, ending in a full stop.
fn bare_attribution(doc: &Document, si: usize) -> Option<(Span, Span)> {
    let s = &doc.sentences[si];
    let toks = &doc.tokens[s.tokens.clone()];
    let (last, body) = toks.split_last()?;
    if last.kind != TokenKind::Terminal || doc.slice(Span::new(last.start, last.end)) != "." {
        return None;
    }
    // Subject: an optional "The", then one to four capitalised words.
    let mut i = 0;
    if body.first().is_some_and(|t| t.text(doc.text) == "The") {
        i = 1;
    }
    let name_start = i;
    while i < body.len()
        && i - name_start < 4
        && body[i].kind == TokenKind::Word
        && is_capitalised(doc.text, &body[i])
    {
        if SPEECH_VERBS.contains(&body[i].text(doc.text).to_lowercase().as_str()) {
            break;
        }
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let subject = Span::new(body[0].start, body[i - 1].end);
    let verb = body
        .get(i)
        .filter(|t| SPEECH_VERBS.contains(&t.text(doc.text)))?;
    let verb_span = Span::new(verb.start, verb.end);
    let rest = &body[i + 1..];
    // An adjunct must open with a preposition or time word, not "that".
    if let Some(first) = rest.first() {
        let w = first.text(doc.text).to_lowercase();
        if first.kind != TokenKind::Word
            || matches!(
                w.as_str(),
                "that" | "this" | "a" | "an" | "the" | "his" | "her" | "their" | "its"
            )
        {
            return None;
        }
    }
    let all_adjunct = rest.iter().all(|t| {
        t.kind == TokenKind::Word
            && (is_capitalised(doc.text, t)
                || ADJUNCT_WORDS.contains(&t.text(doc.text).to_lowercase().as_str()))
            || t.kind == TokenKind::Punct && t.text(doc.text) == ","
    });
    all_adjunct.then_some((subject, verb_span))
}

/// True when a quotation closes the sentence before or opens the one
/// after (in this paragraph or the next): the words are there after all.
fn quotation_adjacent(doc: &Document, si: usize) -> bool {
    let s = &doc.sentences[si];
    let before = s.tokens.start.checked_sub(1).map(|j| doc.tokens[j]);
    let after = doc.tokens.get(s.tokens.end);
    let is_quote = |t: Option<&crate::text::tokens::Token>| {
        t.is_some_and(|t| matches!(t.kind, TokenKind::Quote { .. }))
    };
    let para_ends_here = doc.paras[s.para].tokens.end == s.tokens.end;
    let next_para_quote = para_ends_here
        && doc
            .paras
            .get(s.para + 1)
            .is_some_and(|p| p.blockquote || is_quote(doc.tokens.get(p.tokens.start)));
    is_quote(before.as_ref()) || is_quote(after) && !para_ends_here || next_para_quote
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::check_text;

    #[test]
    fn flags_a_note_with_no_words() {
        let text =
            "The talks went nowhere. Smith said in a post on Facebook.\n\nThe ministers left.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("Smith said"));
    }

    #[test]
    fn flags_a_bare_statement_line() {
        let w = check_text(check, "The Kremlin said on Tuesday.");
        assert_eq!(w.len(), 1);
    }

    // potential false positives

    #[test]
    fn dont_flag_a_that_clause() {
        assert!(check_text(check, "Smith said on Tuesday that the talks had failed.").is_empty());
    }

    #[test]
    fn dont_flag_reported_content() {
        assert!(check_text(check, "Smith said the talks had failed.").is_empty());
        assert!(check_text(check, "Smith said so.").is_empty());
    }

    #[test]
    fn dont_flag_a_colon_before_a_quotation() {
        assert!(check_text(check, "Smith wrote on Twitter: \"We won.\"").is_empty());
    }

    #[test]
    fn dont_flag_a_trailing_attribution_after_a_quotation() {
        assert!(check_text(check, "\"We will win.\" Smith said.").is_empty());
    }

    #[test]
    fn dont_flag_when_the_quotation_follows_in_the_next_paragraph() {
        assert!(check_text(
            check,
            "Smith wrote on Twitter.\n\n\"We will win this fight.\""
        )
        .is_empty());
    }

    #[test]
    fn dont_flag_a_lower_case_subject() {
        assert!(check_text(check, "That is what officials said.").is_empty());
    }
}
