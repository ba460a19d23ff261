//! `same_quote_two_speakers`: the same words put in two different mouths.
//! One of the attributions is wrong, or a quotation was copied from one
//! story into another. Short stock phrases ("we will see") are left out.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::{folded_parts, warning, Check, Context};
use crate::model::{Severity, Span, Warning};
use crate::text::fxhash::FxMap;

/// The kind name.
pub const KIND: &str = "same_quote_two_speakers";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "The same quotation attributed to two different speakers.",
    run: check,
};

/// Quotations shorter than this are stock phrases anyone might say.
const MIN_WORDS: usize = 5;

/// The most quotations one is compared with: a page repeating one line a
/// thousand times needs no thousand comparisons per line to show a clash.
const MAX_CANDIDATES: usize = 64;

/// Flags pairs of identical quotations with different named speakers.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let quotes: Vec<(Vec<Cow<str>>, &str, Span)> = ctx
        .quotes
        .iter()
        .filter_map(|q| {
            // The speaker first: a quotation nobody said is not tokenized.
            let who = q.speaker_name.as_deref()?;
            Some((folded_parts(&q.text), who, Span::new(q.start, q.end)))
        })
        .filter(|(w, _, _)| w.len() >= MIN_WORDS)
        .collect();
    // Every quotation is indexed by its word n-grams, so a quotation is
    // compared only with those holding its opening words: linear in the
    // article, where comparing every pair was quadratic.
    let grams = quotes.iter().map(|(w, _, _)| w.len() + 1 - MIN_WORDS).sum();
    let mut by_gram: FxMap<&[Cow<str>], Vec<usize>> =
        FxMap::with_capacity_and_hasher(grams, Default::default());
    for (i, (words, _, _)) in quotes.iter().enumerate() {
        for gram in words.windows(MIN_WORDS) {
            let holders = by_gram.entry(gram).or_default();
            if holders.last() != Some(&i) {
                holders.push(i);
            }
        }
    }
    // For each quotation, the first later one it clashes with.
    let mut first_clash: BTreeMap<usize, usize> = BTreeMap::new();
    for (j, (b, who_b, _)) in quotes.iter().enumerate() {
        let holders = by_gram.get(&b[..MIN_WORDS]).map_or(&[][..], Vec::as_slice);
        for &i in holders.iter().filter(|&&i| i != j).take(MAX_CANDIDATES) {
            let (a, who_a, _) = &quotes[i];
            if contains(a, b) && !same_speaker(who_a, who_b) {
                let (early, late) = (i.min(j), i.max(j));
                let slot = first_clash.entry(early).or_insert(late);
                *slot = (*slot).min(late);
            }
        }
    }
    first_clash
        .into_iter()
        .map(|(i, j)| {
            let (_, who_a, span_a) = &quotes[i];
            let (_, who_b, span_b) = &quotes[j];
            let excerpt = super::unattributed_quote::excerpt(ctx.doc.slice(*span_a));
            warning(
                KIND,
                SEVERITY,
                format!("“{excerpt}” is attributed both to {who_a} and to {who_b}; one attribution is likely wrong."),
                vec![*span_a, *span_b],
            )
        })
        .collect()
}

/// True when `small` appears in `big` word for word.
fn contains(big: &[Cow<str>], small: &[Cow<str>]) -> bool {
    small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
}

/// Same last name: "Tillerson" and "Rex Tillerson" are one speaker.
fn same_speaker(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().unwrap_or("").to_lowercase();
    last(a) == last(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_with, Who};

    #[test]
    fn flags_one_quotation_with_two_speakers() {
        let text = "\"We will rebuild every single home,\" Mayor Ana Ruiz said. Later Governor Tom Reyes said: \"We will rebuild every single home.\"";
        let words = "We will rebuild every single home";
        let w = check_with(
            check,
            text,
            &[],
            &[
                (words, Who::Named("Ana Ruiz")),
                (words, Who::Named("Tom Reyes")),
            ],
        );
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("Ana Ruiz") && w[0].message.contains("Tom Reyes"));
    }

    // potential false positives

    #[test]
    fn dont_flag_the_same_speaker_named_twice() {
        let text = "\"We will rebuild every single home,\" Ana Ruiz said. Ruiz added: \"We will rebuild every single home, and more.\"";
        let first = "We will rebuild every single home";
        let w = check_with(
            check,
            text,
            &[],
            &[
                (first, Who::Named("Ana Ruiz")),
                (
                    "We will rebuild every single home, and more.",
                    Who::Named("Ruiz"),
                ),
            ],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_a_short_stock_phrase() {
        let text = "\"We will see,\" said Ana Ruiz. \"We will see,\" said Tom Reyes.";
        let w = check_with(
            check,
            text,
            &[],
            &[
                ("We will see", Who::Named("Ana Ruiz")),
                ("We will see", Who::Named("Tom Reyes")),
            ],
        );
        assert!(w.is_empty());
    }
}
