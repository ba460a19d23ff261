//! `anonymous_source`: claims resting on unnamed or vague sources ("one
//! official tells me", "sources say", "said the report"). Unnamed sources
//! are sometimes necessary, so a described and explained one ("people
//! familiar with the matter", "speaking on condition of anonymity") is
//! information; a bare "sources say", a source only the writer heard, or a
//! report never identified is a caution.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::{body_sentences, folded, warning, Check, Context};
use crate::model::{Severity, Span, Warning};
use crate::text::wordtable::WordTable;
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "anonymous_source";
/// How much it should worry the reader, at most.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "A claim attributed to an unnamed or vague source.",
    run: check,
};

/// Verbs and cues that attribute a claim.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "according",
    "added",
    "confirmed",
    "warned",
    "claimed",
    "stated",
    "revealed",
    "insisted",
    "suggested",
    "disclosed",
    "explained",
];

/// Nouns for a person speaking for an institution without a name.
const SOURCE_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "aide",
    "aides",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "staffer",
    "staffers",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "person",
    "people",
    "insider",
    "executive",
    "executives",
    "officer",
    "officers",
];

/// Words that make a bare noun an unnamed individual or few.
const DETERMINERS: &[&str] = &[
    "a", "an", "one", "another", "two", "three", "four", "several", "some", "multiple", "other",
];

/// Words that may follow a source noun used as a noun ("sources who",
/// "an official with", "officials said"); any other word right after it
/// makes the noun a modifier ("official investigation").
const FOLLOWERS: &[&str] = &[
    "who",
    "with",
    "familiar",
    "close",
    "at",
    "in",
    "from",
    "for",
    "of",
    "on",
    "speaking",
    "and",
    "or",
    "also",
    "have",
    "has",
    "had",
    "were",
    "was",
    "is",
    "are",
    "would",
    "will",
    "could",
    "briefed",
    "involved",
    "knowledgeable",
    "not",
    "did",
    "declined",
    "insisted",
    "there",
    "here",
    "inside",
    "within",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "me",
    "believe",
    "believes",
];

/// Phrases that describe or explain an unnamed source.
const QUALIFIERS: &[&[&str]] = &[
    &["familiar", "with"],
    &["close", "to"],
    &["with", "knowledge"],
    &["briefed", "on"],
    &["condition", "of", "anonymity"],
    &["not", "authorized"],
    &["not", "authorised"],
    &["not", "to", "be", "named"],
    &["to", "be", "identified"],
    &["requested", "anonymity"],
    &["speaking", "anonymously"],
    &["involved", "in"],
    &["knowledgeable"],
];

/// Flags unnamed sources, one warning per sentence.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    let mut report_named = false;
    for si in body_sentences(doc) {
        let tokens = &doc.tokens[doc.sentences[si].tokens.clone()];
        if !tokens
            .iter()
            .any(|t| t.is_wordlike() && is_key_word(t.text(doc.text)))
        {
            // Neither a source noun nor a report: nothing to flag or learn.
            continue;
        }
        let words = sentence_words(doc, si);
        let lw: Vec<&str> = words.iter().map(|w| w.0.as_ref()).collect();
        let named_here = names_a_report(doc, &words, &lw);
        if let Some(w) = unnamed_source(doc, &words, &lw)
            .or_else(|| unnamed_report(&words, &lw, report_named).filter(|_| !named_here))
        {
            out.push(w);
        }
        report_named |= named_here || lw.iter().any(|w| matches!(*w, "report" | "reports"));
    }
    out
}

/// A word of a sentence in lower case (see [`folded`]), with its span.
type Word<'t> = (Cow<'t, str>, Span);

/// Words about a report, which the report rules look for.
const REPORT_WORDS: &[&str] = &["report", "reports", "reported"];

/// The source nouns and report words: a sentence holding none of them,
/// folded, gives no warning and names no report. With the first two
/// bytes and the lengths they come in, which turn most words away before
/// the hash probe.
struct KeyWords {
    table: WordTable,
    /// `first[b]`: some key word starts with byte `b`; `second` likewise.
    first: [bool; 256],
    second: [bool; 256],
    /// The shortest and longest key word, in bytes.
    lengths: std::ops::RangeInclusive<usize>,
}

fn key_words() -> &'static KeyWords {
    static TABLE: OnceLock<KeyWords> = OnceLock::new();
    TABLE.get_or_init(|| {
        let words = || {
            SOURCE_NOUNS
                .iter()
                .chain(REPORT_WORDS)
                .map(|w| w.as_bytes())
        };
        let mut first = [false; 256];
        let mut second = [false; 256];
        for w in words() {
            // Every key word has two bytes at least.
            first[usize::from(w[0])] = true;
            second[usize::from(w[1])] = true;
        }
        let shortest = words().map(<[u8]>::len).min().unwrap_or(0);
        let longest = words().map(<[u8]>::len).max().unwrap_or(0);
        KeyWords {
            table: WordTable::new([(1, words())]),
            first,
            second,
            lengths: shortest..=longest,
        }
    })
}

/// True when token text `word`, folded (see [`folded`]), is a key word;
/// an ASCII word is lowered in place, without allocating.
fn is_key_word(word: &str) -> bool {
    let keys = key_words();
    if word.is_ascii() {
        // Key words are ASCII lower case, so a word whose lowered first
        // bytes or length no key word has is none.
        let b = word.as_bytes();
        keys.lengths.contains(&b.len())
            && b.len() >= 2
            && keys.first[usize::from(b[0].to_ascii_lowercase())]
            && keys.second[usize::from(b[1].to_ascii_lowercase())]
            && keys.table.get_ascii_lowercase(word) != 0
    } else {
        keys.table.get(folded(word).as_bytes()) != 0
    }
}

/// Lower-case words of sentence `si` with their spans.
fn sentence_words<'t>(doc: &Document<'t>, si: usize) -> Vec<Word<'t>> {
    doc.tokens[doc.sentences[si].tokens.clone()]
        .iter()
        .filter(|t| t.is_wordlike())
        .map(|t| (folded(t.text(doc.text)), Span::new(t.start, t.end)))
        .collect()
}

fn has_phrase(lw: &[&str], phrase: &[&str]) -> bool {
    lw.windows(phrase.len()).any(|w| w == phrase)
}

/// "one official tells me", "sources say", "a source said",
/// "people familiar with the matter said".
fn unnamed_source(doc: &Document, words: &[Word], lw: &[&str]) -> Option<Warning> {
    // Asked only once a source noun turns up (rare), not for every sentence.
    let qualified = || QUALIFIERS.iter().any(|q| has_phrase(lw, q));
    for (i, w) in lw.iter().enumerate() {
        if !SOURCE_NOUNS.contains(w) {
            continue;
        }
        // The speech verb: up to eight words after, or two before.
        let after = (i + 1..(i + 9).min(lw.len())).find(|&j| SPEECH.contains(&lw[j]));
        let before = (i.saturating_sub(3)..i).find(|&j| SPEECH.contains(&lw[j]));
        let Some(verb) = after.or(before) else {
            continue;
        };
        // A name given right after the noun ("an aide, Jo Park, said") names it.
        let named = words.get(i + 1).is_some_and(|(_, s)| {
            doc.text[words[i].1.end..s.start].trim() == ","
                && doc.slice(*s).chars().next().is_some_and(char::is_uppercase)
        });
        if named {
            continue;
        }
        // "official investigation", "source code": the noun is a modifier.
        let next = words.get(i + 1).map(|(n, s)| {
            (
                n.as_ref(),
                doc.text[words[i].1.end..s.start].trim().is_empty(),
            )
        });
        if next.is_some_and(|(n, adjacent)| {
            adjacent && !FOLLOWERS.contains(&n) && !SPEECH.contains(&n)
        }) {
            continue;
        }
        let det = (i.saturating_sub(3)..i).find(|&j| DETERMINERS.contains(&lw[j]));
        let modified = det.is_some_and(|d| d + 1 < i) || lw.get(i + 1) == Some(&"who");
        let bare_plural = matches!(*w, "sources") && (det.is_none() || i == 0);
        let is_people = matches!(*w, "person" | "people");
        let to_me =
            lw.get(verb + 1) == Some(&"me") && matches!(lw[verb], "tells" | "told" | "tell");
        if is_people && !qualified() || !(det.is_some() || bare_plural || is_people) {
            continue;
        }
        if matches!(
            *w,
            "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "officer"
                | "officers"
                | "executive"
                | "executives"
        ) && !to_me
            && !qualified()
        {
            // "a spokesman said" speaks for a named body: ordinary practice.
            continue;
        }
        let start = det.map_or(i, |d| d.min(i));
        let phrase = Span::new(words[start].1.start, words[i].1.end);
        let verb_span = if to_me {
            Span::new(words[verb].1.start, words[verb + 1].1.end)
        } else {
            words[verb].1
        };
        let evidence = Span::new(
            phrase.start.min(verb_span.start),
            phrase.end.max(verb_span.end),
        );
        let text = doc.slice(evidence);
        let (severity, why) = if to_me {
            (
                Severity::Caution,
                "an unnamed source speaks only to the writer, with no reason given for anonymity",
            )
        } else if matches!(*w, "source" | "sources") && !qualified() && !modified {
            (
                Severity::Caution,
                "the source is neither named nor described, so the claim cannot be weighed",
            )
        } else if qualified() {
            (
                Severity::Info,
                "an unnamed source; the article describes who and why",
            )
        } else {
            (Severity::Info, "an unnamed source")
        };
        return Some(warning(
            KIND,
            severity,
            format!("“{text}”: {why}."),
            vec![evidence],
        ));
    }
    None
}

/// "said the report" when the article has named no report before.
fn unnamed_report(words: &[Word], lw: &[&str], report_named: bool) -> Option<Warning> {
    let i = lw.iter().position(|w| matches!(*w, "report" | "reports"))?;
    let the = i.checked_sub(1).filter(|&j| matches!(lw[j], "the" | "a"))?;
    let attributes = (i + 1 < lw.len() && SPEECH.contains(&lw[i + 1]))
        || the.checked_sub(1).is_some_and(|j| SPEECH.contains(&lw[j]))
        || the >= 2 && lw[the - 2] == "according" && lw[the - 1] == "to";
    if !attributes {
        return None;
    }
    let start = if the >= 1 && SPEECH.contains(&lw[the - 1]) {
        the - 1
    } else {
        the
    };
    let end = if i + 1 < lw.len() && SPEECH.contains(&lw[i + 1]) {
        i + 1
    } else {
        i
    };
    let span = Span::new(words[start].1.start, words[end].1.end);
    let severity = if report_named {
        Severity::Info
    } else {
        Severity::Caution
    };
    let why = if report_named {
        "the report is referred to without repeating whose it is"
    } else {
        "the article never says which report, or whose"
    };
    Some(warning(
        KIND,
        severity,
        format!("“{}”: {why}.", phrase_text(words, start, end)),
        vec![span],
    ))
}

fn phrase_text(words: &[Word], start: usize, end: usize) -> String {
    words[start..=end]
        .iter()
        .map(|w| w.0.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when the sentence identifies a report: a capitalised owner just
/// before "report" ("a Reuters report"), or "report by/from/published".
fn names_a_report(doc: &Document, words: &[Word], lw: &[&str]) -> bool {
    lw.iter().enumerate().any(|(i, w)| {
        matches!(*w, "report" | "reports" | "reported")
            && ((i >= 1
                && doc
                    .slice(words[i - 1].1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && lw[i - 1] != "the")
                || lw.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "by" | "from" | "published" | "released" | "in" | "for" | "commissioned"
                    )
                }))
            || *w == "reported"
                && i >= 1
                && doc
                    .slice(words[i - 1].1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_text, evidence};

    #[test]
    fn flags_a_source_only_the_writer_heard() {
        let text = "Now, one senior official tells me, the plan is dead.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Caution);
        assert_eq!(evidence(text, &w[0]), vec!["one senior official tells me"]);
    }

    #[test]
    fn flags_bare_sources() {
        for text in [
            "Sources say the deal is off.",
            "The deal is off, a source said.",
            "The deal, according to sources, is off.",
        ] {
            let w = check_text(check, text);
            assert_eq!(w.len(), 1, "{text}");
            assert_eq!(w[0].severity, Severity::Caution, "{text}");
        }
    }

    #[test]
    fn flags_an_unidentified_report() {
        let text = "The minister left early, said the report.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(evidence(text, &w[0]), vec!["said the report"]);
    }

    #[test]
    fn notes_explained_sources_as_information() {
        let text = "The firm will be sold, according to people familiar with the matter.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Info);
        let w = check_text(
            check,
            "Two officials, speaking on condition of anonymity, said the talks failed.",
        );
        assert_eq!(w[0].severity, Severity::Info);
    }

    // potential false positives

    #[test]
    fn dont_flag_named_sources() {
        assert!(check_text(check, "Health minister Ana Ruiz said the plan was dead.").is_empty());
        assert!(check_text(check, "An aide, Jo Park, said the plan was dead.").is_empty());
    }

    #[test]
    fn notes_described_sources_as_information() {
        let w = check_text(check, "The deal is off, said one Democratic source.");
        assert_eq!(w[0].severity, Severity::Info);
        let w = check_text(check, "Sources who saw the memo told us it was short.");
        assert_eq!(w[0].severity, Severity::Info);
    }

    #[test]
    fn dont_flag_a_source_noun_used_as_a_modifier() {
        assert!(check_text(check, "He wants an official inquiry, he said.").is_empty());
    }

    #[test]
    fn dont_flag_a_report_named_in_its_sentence() {
        assert!(check_text(
            check,
            "According to a report in the Daily Post, the plan failed."
        )
        .is_empty());
    }

    #[test]
    fn dont_flag_sources_that_are_not_people() {
        assert!(check_text(
            check,
            "Wind and solar are cheap energy sources, the study found."
        )
        .is_empty());
    }

    #[test]
    fn dont_flag_a_report_named_earlier() {
        let text = "A Reuters report on Monday said prices rose. The report said exports fell.";
        let w = check_text(check, text);
        assert!(w.iter().all(|w| w.severity == Severity::Info));
    }

    #[test]
    fn dont_flag_people_speaking_for_themselves() {
        assert!(check_text(check, "Many people said they were afraid to go out.").is_empty());
    }

    #[test]
    fn dont_flag_a_spokesman_of_a_named_body() {
        assert!(check_text(check, "A Pentagon spokesman said the drill was routine.").is_empty());
    }
}
