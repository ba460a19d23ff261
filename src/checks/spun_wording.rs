//! `spun_wording`: phrases that read as machine-rewritten from a common
//! original — a fixed collocation with a word swapped for a thesaurus
//! synonym ("worldwide watchdog" for "international watchdog"), or a
//! grammatical seam the swap left behind ("an worldwide", "a worst sight").
//! Spun copy is how scraped news is passed off as new; a reader should
//! know the text has been through a rewriter.
//!
//! Two passes: the curated table in [`super::spun_phrases`], then general
//! detectors for the seams. Both read quotations too: a spinner rewrites
//! them along with everything else.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::spun_phrases::SPUN_PHRASES;
use super::{folded, warning, word_parts, Check, Context, WordPart};
use crate::model::{Severity, Span, Warning};
use crate::text::fxhash::FxMap;

/// The kind name.
pub const KIND: &str = "spun_wording";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "Wording that reads as machine-rewritten from a common phrase.",
    run: check,
};

/// Superlatives that cannot follow "a"/"an" in edited English.
const SUPERLATIVES: &[&str] = &[
    "worst",
    "biggest",
    "largest",
    "smallest",
    "highest",
    "lowest",
    "strongest",
    "weakest",
    "finest",
    "fastest",
    "slowest",
    "oldest",
    "youngest",
    "newest",
    "greatest",
    "deadliest",
];

/// Words after a superlative that make "a worst case" an ordinary compound.
const SUPERLATIVE_COMPOUNDS: &[&str] = &["case", "hits", "ever"];

/// Spinners' substitutes for words beginning with a vowel sound; after a
/// stranded "an" they betray the swap.
const VOWEL_WORD_SUBSTITUTES: &[(&str, &str)] = &[
    ("worldwide", "international"),
    ("global", "international"),
    ("huge", "enormous"),
    ("big", "enormous"),
    ("crucial", "important"),
    ("key", "important"),
    ("current", "ongoing"),
    ("further", "additional"),
    ("extra", "additional"),
    ("formal", "official"),
];

/// Table phrases indexed by their first word part, lower case.
type Index = FxMap<String, Vec<(Vec<String>, &'static str, &'static str)>>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: Index = FxMap::default();
        for (spun, original) in SPUN_PHRASES {
            let parts = word_parts(spun);
            if let Some(first) = parts.first() {
                map.entry(first.clone())
                    .or_default()
                    .push((parts.clone(), spun, original));
            }
        }
        for list in map.values_mut() {
            // Longest first, so "worldwide criminal court" beats "worldwide court".
            list.sort_by_key(|(p, _, _)| std::cmp::Reverse(p.len()));
        }
        map
    })
}

/// Finds spun phrases and the seams spinning leaves.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let words = ctx.words();
    // Words [`folded`] in one buffer: the ones folding changes are
    // written there, not into a String each.
    let mut buffer = String::new();
    let mut folded_at: Vec<Option<(usize, usize)>> = Vec::with_capacity(words.len());
    for w in words {
        let start = buffer.len();
        // The three roads of `folded`, the first two without allocating.
        folded_at.push(if !w.text.is_ascii() {
            buffer.push_str(&folded(w.text));
            Some((start, buffer.len()))
        } else if w.text.bytes().any(|b| b.is_ascii_uppercase()) {
            buffer.push_str(w.text);
            buffer[start..].make_ascii_lowercase();
            Some((start, buffer.len()))
        } else {
            None
        });
    }
    let lower: Vec<Cow<str>> = words
        .iter()
        .zip(&folded_at)
        .map(|(w, at)| Cow::Borrowed(at.map_or(w.text, |(a, b)| &buffer[a..b])))
        .collect();
    let mut covered = vec![false; words.len()];
    let mut out = Vec::new();
    let index = index();
    let mut i = 0;
    while i < words.len() {
        let hit = index.get(lower[i].as_ref()).and_then(|list| {
            list.iter().find(|(parts, _, _)| {
                i + parts.len() <= words.len()
                    && parts
                        .iter()
                        .enumerate()
                        .all(|(k, p)| lower[i + k] == *p && (k == 0 || words[i + k].joins_previous))
            })
        });
        let Some((parts, _, original)) = hit else {
            i += 1;
            continue;
        };
        let n = parts.len();
        let stranded_an = i > 0
            && lower[i - 1] == "an"
            && words[i].joins_previous
            && !starts_with_vowel(&lower[i]);
        let first = if stranded_an { i - 1 } else { i };
        let span = Span::new(words[first].span.start, words[i + n - 1].span.end);
        covered[first..i + n].iter_mut().for_each(|c| *c = true);
        let seam = if stranded_an {
            ", keeping the “an” the original needed"
        } else {
            ""
        };
        out.push(warning(
            KIND,
            SEVERITY,
            format!(
                "“{}” reads like a machine rewrite of “{}”{seam}.",
                doc.slice(span),
                original
            ),
            vec![span],
        ));
        i += n;
    }
    for (i, _) in covered.iter().enumerate().filter(|(_, c)| !**c) {
        if let Some(w) = superlative_after_article(doc, words, &lower, i)
            .or_else(|| stranded_an(doc, words, &lower, i))
        {
            out.push(w);
        }
    }
    out
}

fn starts_with_vowel(w: &str) -> bool {
    w.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// "a worst sight": an article before a superlative standing as its own word.
fn superlative_after_article(
    doc: &crate::text::Document,
    words: &[WordPart],
    lower: &[Cow<str>],
    i: usize,
) -> Option<Warning> {
    if !matches!(lower[i].as_ref(), "a" | "an") {
        return None;
    }
    words
        .get(i + 1)
        .filter(|w| w.joins_previous && w.span == w.token)?;
    let sup_lower = &lower[i + 1];
    if !SUPERLATIVES.contains(&sup_lower.as_ref()) {
        return None;
    }
    let next = words.get(i + 2).filter(|w| w.joins_previous)?;
    if SUPERLATIVE_COMPOUNDS.contains(&lower[i + 2].as_ref()) {
        return None;
    }
    let span = Span::new(words[i].span.start, next.span.end);
    Some(warning(
        KIND,
        SEVERITY,
        format!(
            "“{}” is garbled English (“{}” before a superlative), typical of a phrase run through a rewriter.",
            doc.slice(span),
            words[i].text
        ),
        vec![span],
    ))
}

/// "an worldwide": "an" before a consonant, where the following word
/// replaced one that began with a vowel.
fn stranded_an(
    doc: &crate::text::Document,
    words: &[WordPart],
    lower: &[Cow<str>],
    i: usize,
) -> Option<Warning> {
    if lower[i] != "an" {
        return None;
    }
    let next = words.get(i + 1).filter(|w| w.joins_previous)?;
    let w = &lower[i + 1];
    let first = w.chars().next()?;
    let consonant = first.is_ascii_lowercase() && !"aeiouhx".contains(first);
    if !consonant || w.len() < 3 || next.text.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let original = VOWEL_WORD_SUBSTITUTES
        .iter()
        .find(|(s, _)| s == w)
        .map(|(_, o)| *o);
    let span = Span::new(words[i].span.start, next.span.end);
    let (severity, message) = match original {
        Some(o) => (
            SEVERITY,
            format!("“{}”: “an” before a consonant suggests “{}” replaced “{o}”, as a rewriter would.", doc.slice(span), next.text),
        ),
        None => (
            Severity::Info,
            format!("“{}”: “an” before a consonant; a word beginning with a vowel may have been swapped out.", doc.slice(span)),
        ),
    };
    Some(warning(KIND, severity, message, vec![span]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_text, evidence};

    #[test]
    fn flags_a_table_phrase() {
        let text = "The deal was praised by the worldwide community on Monday.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("international community"));
    }

    #[test]
    fn flags_a_stranded_an_with_the_phrase_once() {
        let text = "It handed its stocks to an worldwide watchdog.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(evidence(text, &w[0]), vec!["an worldwide watchdog"]);
        assert!(w[0].message.contains("keeping the “an”"));
    }

    #[test]
    fn flags_a_stranded_an_alone() {
        let w = check_text(check, "They called for an global inquiry.");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Caution);
    }

    #[test]
    fn flags_a_superlative_after_a() {
        let text = "\"It can't be a worst sight\".";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(evidence(text, &w[0]), vec!["a worst sight"]);
    }

    #[test]
    fn flags_hyphenated_spellings_of_table_phrases() {
        let w = check_text(check, "Troops entered the renegade-held town.");
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn the_table_is_well_formed() {
        assert!(SPUN_PHRASES.len() >= 100);
        for (spun, original) in SPUN_PHRASES {
            assert_eq!(*spun, spun.to_lowercase(), "{spun}");
            assert_ne!(spun, original);
            assert!(word_parts(spun).len() >= 2 || spun.len() > 6, "{spun}");
        }
    }

    // potential false positives

    #[test]
    fn dont_flag_the_common_phrases() {
        let text =
            "The international community and an international watchdog praised the peace talks.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_ordinary_superlative_use() {
        for text in [
            "It was the worst sight.",
            "In a worst case scenario, prices rise.",
            "He has a worst-case plan.",
        ] {
            assert!(check_text(check, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn dont_flag_an_before_silent_h_letters_or_names() {
        for text in [
            "He waited an hour.",
            "She had an X-ray.",
            "They saw an NBC crew.",
            "He ate at An Lac.",
        ] {
            assert!(check_text(check, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn dont_flag_a_phrase_split_by_punctuation() {
        assert!(check_text(check, "It is worldwide. Community groups agree.").is_empty());
    }
}
