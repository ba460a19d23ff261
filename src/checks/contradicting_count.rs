//! `contradicting_count`: one toll given two different numbers ("killed 72
//! people" … "the 58 people killed"). Only confident cases: a definite
//! back-reference ("the 58 people killed", "all 58 dead") presupposes a toll
//! already stated, so when the article never states that number but does
//! state another, the two disagree. Two plain statements with different
//! numbers usually describe different events and stay silent, as do
//! hedged ("at least") and changing ("rose to") tolls.

use std::borrow::Cow;

use super::{body_sentences, inside, lowered, warning, Check, Context};
use crate::model::{Severity, Span, Warning};

/// The kind name.
pub const KIND: &str = "contradicting_count";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "The same toll given two different numbers.",
    run: check,
};

/// Nouns for the people a toll counts.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "children",
    "soldiers",
    "troops",
    "passengers",
    "workers",
    "protesters",
    "residents",
    "migrants",
    "villagers",
    "students",
    "victims",
];

/// What a toll counts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Toll {
    Killed,
    Injured,
}

fn toll_of(word: &str) -> Option<Toll> {
    match word {
        "killed" | "dead" | "died" | "die" | "slain" | "perished" => Some(Toll::Killed),
        "injured" | "wounded" | "hurt" => Some(Toll::Injured),
        _ => None,
    }
}

/// Words that say a toll changed or is not final.
const CHANGING: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "climbed",
    "increased",
    "revised",
    "updated",
    "initially",
    "earlier",
    "previously",
    "later",
    "now",
    "toll",
    "including",
    "among",
    "another",
    "other",
    "more",
    "additional",
];

/// Words before a number that hedge it.
const HEDGES: &[&str] = &[
    "least",
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "over",
    "up",
    "approximately",
    "roughly",
    "estimated",
    "perhaps",
    "possibly",
    "under",
];

/// One stated or referred-to toll.
#[derive(Debug)]
struct Count {
    toll: Toll,
    number: u64,
    definite: bool,
    span: Span,
}

/// Flags definite back-references to a toll the article states differently.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let quoted = ctx.quoted();
    let mut counts = Vec::new();
    for si in body_sentences(doc) {
        let tokens = &doc.tokens[doc.sentences[si].tokens.clone()];
        if !tokens
            .iter()
            .any(|t| t.is_wordlike() && may_be_number(t.text(doc.text)))
        {
            // No number, no toll: the common case, decided without a list.
            continue;
        }
        let words: Vec<(Cow<str>, Span)> = doc.tokens[doc.sentences[si].tokens.clone()]
            .iter()
            .filter(|t| t.is_wordlike() && !inside(quoted, t.start))
            .map(|t| (lowered(t.text(doc.text)), Span::new(t.start, t.end)))
            .collect();
        if words.iter().any(|(w, _)| CHANGING.contains(&w.as_ref())) {
            continue;
        }
        counts.extend(counts_in(&words));
    }
    let mut out = Vec::new();
    for d in counts.iter().filter(|c| c.definite) {
        let same = |c: &&Count| c.toll == d.toll && !c.definite;
        let stated: Vec<&Count> = counts.iter().filter(same).collect();
        if stated.is_empty() || stated.iter().any(|c| c.number == d.number) {
            continue;
        }
        // Only a single stated toll is a confident match for the reference.
        let numbers: Vec<u64> = stated.iter().map(|c| c.number).collect();
        if numbers.iter().any(|n| *n != numbers[0]) {
            continue;
        }
        let s = stated[0];
        out.push(warning(
            KIND,
            SEVERITY,
            format!(
                "“{}” refers back to a toll of {}, but the article states it as {} (“{}”).",
                doc.slice(d.span),
                d.number,
                s.number,
                doc.slice(s.span)
            ),
            vec![s.span, d.span],
        ));
    }
    out
}

/// Tolls in one sentence's words: "killed 72 people", "72 people were
/// killed", "the 58 people killed", "all 58 dead".
fn counts_in(words: &[(Cow<str>, Span)]) -> Vec<Count> {
    let w = |k: usize| words.get(k).map_or("", |x| x.0.as_ref());
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(number) = number_of(w(i)) else {
            continue;
        };
        if i >= 1 && HEDGES.contains(&w(i - 1)) {
            continue;
        }
        let definite = i >= 1 && matches!(w(i - 1), "the" | "all" | "those");
        let noun = if PEOPLE.contains(&w(i + 1)) {
            Some(i + 1)
        } else {
            None
        };
        // "the 58 people killed", "58 people were killed", "58 dead".
        let after = match noun {
            Some(n) => {
                let k = if matches!(w(n + 1), "were" | "was" | "who" | "have" | "had") {
                    n + 2
                } else {
                    n + 1
                };
                let k = if matches!(w(k), "were" | "been") {
                    k + 1
                } else {
                    k
                };
                toll_of(w(k)).map(|t| (t, k))
            }
            None => toll_of(w(i + 1))
                .filter(|_| matches!(w(i + 1), "dead" | "injured" | "wounded"))
                .map(|t| (t, i + 1)),
        };
        // "killed 72 people".
        let before = noun
            .and(i.checked_sub(1))
            .and_then(|k| toll_of(w(k)).filter(|_| !definite).map(|t| (t, k)));
        let Some((toll, k)) = after.or(before) else {
            continue;
        };
        let first = if definite { i - 1 } else { i.min(k) };
        let last = k.max(noun.unwrap_or(i));
        out.push(Count {
            toll,
            number,
            definite: definite && after.is_some(),
            span: Span::new(words[first].1.start, words[last].1.end),
        });
    }
    out
}

/// Numbers written as words, in order of value.
const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// False when `word` (as written) cannot be a number once lower-cased:
/// [`number_of`] reads only ASCII digits, commas and number words, and no
/// non-ASCII character lower-cases into those. Lets a sentence without a
/// number skip building its word list.
fn may_be_number(word: &str) -> bool {
    word.is_ascii()
        && (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
            || may_be_number_word(word)
                && NUMBER_WORDS.iter().any(|x| x.eq_ignore_ascii_case(word)))
}

/// False when no word of [`NUMBER_WORDS`] has `word`'s length and first
/// letter (any case): most words, turned away before the comparisons.
fn may_be_number_word(word: &str) -> bool {
    word.len() <= NUMBER_WORD_SHAPES.0
        && word
            .bytes()
            .next()
            .is_some_and(|b| NUMBER_WORD_SHAPES.1[usize::from(b.to_ascii_lowercase())])
}

/// The longest number word, and the first bytes number words start with;
/// worked out when compiling.
const NUMBER_WORD_SHAPES: (usize, [bool; 256]) = {
    let mut longest = 0;
    let mut first = [false; 256];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        if w.len() > longest {
            longest = w.len();
        }
        first[w[0] as usize] = true;
        i += 1;
    }
    (longest, first)
};

fn number_of(word: &str) -> Option<u64> {
    if let Some(n) = NUMBER_WORDS.iter().position(|x| *x == word) {
        return Some(n as u64);
    }
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    word.replace(',', "").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_text, evidence};

    #[test]
    fn may_be_number_covers_every_number() {
        for w in [
            "72",
            "1,000",
            "Twenty",
            "THREE",
            "three",
            "Three.",
            "K",
            "\u{212A}",
            "two-thirds",
            "",
        ] {
            if number_of(&crate::text::lowered(w)).is_some() {
                assert!(may_be_number(w), "{w}");
            }
        }
        assert!(may_be_number("Twelve") && !may_be_number("people"));
    }

    #[test]
    fn flags_a_back_reference_with_another_number() {
        let text = "The blast killed 72 people on Monday. Relatives of the 58 people killed gathered on Tuesday.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(
            evidence(text, &w[0]),
            vec!["killed 72 people", "the 58 people killed"]
        );
    }

    #[test]
    fn flags_a_passive_statement_and_all_dead() {
        let text = "Nine people were killed in the crash. All seven dead were local.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
    }

    // potential false positives

    #[test]
    fn dont_flag_matching_numbers() {
        let text = "The blast killed 72 people. Relatives of the 72 people killed gathered.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_different_events() {
        let text = "The 2015 attack killed 130 people. Tuesday's bombing killed 22 people.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_different_tolls() {
        let text = "The blast killed 72 people. The 58 people injured were taken to hospital.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_a_rising_or_hedged_toll() {
        let text = "The blast killed 50 people. The toll rose overnight, and the 58 people killed were named.";
        assert!(check_text(check, text).is_empty());
        let text = "The blast killed at least 50 people. Of the 58 people killed, most were young.";
        assert!(check_text(check, text).is_empty());
    }
}
