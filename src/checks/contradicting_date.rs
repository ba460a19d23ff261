//! `contradicting_date`: a year and a "years ago" side by side that do not
//! agree with the publication date ("in 2013, six years ago" in a story
//! published in 2017). One of the two is wrong, and the reader cannot
//! tell which.
//!
//! Only the two written next to each other are compared, never dates in
//! different sentences (which usually describe different events), and a
//! year either way is allowed: "six years ago" told in January may mean a
//! December six years and a month back.

use super::{body_sentences, warning, year_in, Check, Context};
use crate::model::{Severity, Span, Warning};
use crate::text::tokens::TokenKind;
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "contradicting_date";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "A year and a \"years ago\" that disagree with the publication date.",
    run: check,
};

/// How many words may stand between "… years ago" and the year.
const MAX_GAP: usize = 3;

/// Number words that count years ago.
const NUMBER_WORDS: &[(&str, i32)] = &[
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
];

/// "six years ago": how many years, and the phrase's token range.
struct YearsAgo {
    years: i32,
    first: usize,
    last: usize,
}

/// Flags "N years ago" beside a year that is not N years before
/// publication.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let Some(published) = ctx.published.and_then(year_in) else {
        return Vec::new();
    };
    let doc = ctx.doc;
    let mut out = Vec::new();
    for s in body_sentences(doc) {
        let range = doc.sentences[s].tokens.clone();
        for ago in range.clone().filter_map(|i| years_ago(doc, i)) {
            let near = ago.first.saturating_sub(MAX_GAP + 1).max(range.start)
                ..(ago.last + MAX_GAP + 2).min(range.end);
            let Some((year, at)) = near
                .filter(|&i| i < ago.first || i > ago.last)
                .find_map(|i| Some((year_token(doc, i)?, i)))
            else {
                continue;
            };
            let expected = published - ago.years;
            if (year - expected).abs() < 2 {
                continue;
            }
            let phrase = Span::new(doc.tokens[ago.first].start, doc.tokens[ago.last].end);
            out.push(warning(
                KIND,
                SEVERITY,
                format!(
                    "“{}” and {year} disagree: in a story from {published}, {} years ago is {expected}.",
                    doc.slice(phrase),
                    ago.years
                ),
                vec![phrase, Span::new(doc.tokens[at].start, doc.tokens[at].end)],
            ));
        }
    }
    out
}

/// "six years ago" / "6 years ago" / "a decade ago" ending at token
/// `ago`.
fn years_ago(doc: &Document, ago: usize) -> Option<YearsAgo> {
    if !doc.token_text(ago).eq_ignore_ascii_case("ago") {
        return None;
    }
    let unit = ago.checked_sub(1)?;
    let count = unit.checked_sub(1)?;
    let per_unit = match doc.token_text(unit).to_lowercase().as_str() {
        "years" | "year" => 1,
        "decades" | "decade" => 10,
        _ => return None,
    };
    let n = count_of(doc.token_text(count))?;
    // "more than six years ago", "some six years ago": not a date.
    let hedged = count.checked_sub(1).is_some_and(|p| {
        matches!(
            doc.token_text(p).to_lowercase().as_str(),
            "than" | "some" | "about" | "around" | "nearly" | "almost" | "over" | "roughly"
        )
    });
    (!hedged).then_some(YearsAgo {
        years: n * per_unit,
        first: count,
        last: ago,
    })
}

/// A count written as digits or as a word.
fn count_of(word: &str) -> Option<i32> {
    let lower = word.to_lowercase();
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, n)| *n)
        .or_else(|| lower.parse().ok().filter(|n| (1..=100).contains(n)))
}

/// A four-digit year token.
fn year_token(doc: &Document, i: usize) -> Option<i32> {
    let t = doc.tokens.get(i)?;
    let text = doc.token_text(i);
    (t.kind == TokenKind::Number && text.len() == 4)
        .then(|| text.parse().ok())
        .flatten()
        .filter(|y| (1800..=2200).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_titled, evidence};

    fn check_dated(text: &str, published: &str) -> Vec<Warning> {
        check_titled(check, None, Some(published), text)
    }

    #[test]
    fn flags_years_ago_that_miss_the_year() {
        let text = "Dam reopens.\n\nThe dam failed in 2013, six years ago, and was rebuilt.";
        let w = check_dated(text, "2017-04-13");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(evidence(text, &w[0]), ["2013", "six years ago"]);
        assert!(w[0].message.contains("2011"));
    }

    #[test]
    fn reads_digits_and_decades() {
        let text = "Dam reopens.\n\nA decade ago, in 1990, the dam failed.";
        let w = check_dated(text, "2017-04-13");
        assert_eq!(w.len(), 1, "{w:?}");
    }

    #[test]
    fn agreeing_dates_stay_silent() {
        let text = "Dam reopens.\n\nThe dam failed in 2011, six years ago. 5 years ago, in 2013, it was inspected.";
        assert!(check_dated(text, "2017-04-13").is_empty());
    }

    // potential false positives

    #[test]
    fn dont_flag_without_a_publication_date() {
        let text = "Dam reopens.\n\nThe dam failed in 2013, six years ago.";
        let w = crate::checks::testing::check_text(check, text);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_hedged_or_distant_years() {
        let text = "Dam reopens.\n\nMore than six years ago, in 2009, work began. The dam failed six years ago; the design dates from 1950 and was never changed.";
        let w = check_dated(text, "2017-04-13");
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_a_year_and_age_in_different_sentences() {
        let text = "Dam reopens.\n\nThe dam failed six years ago. In 2013 it was inspected.";
        assert!(check_dated(text, "2017-04-13").is_empty());
    }
}
