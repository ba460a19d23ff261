//! `contradicting_age`: one person given two ages in one article ("Ana
//! Ruiz, 45," … "the 47-year-old Ruiz"). Ages are the numbers news
//! writing states in fixed forms, so two different ones for the same
//! person are a slip, not two facts.
//!
//! Only the two fixed forms count: a number in apposition right after a
//! mention, and "N-year-old" right before one. Ages told as history ("at
//! 19 she left home") are not read at all, and a bare surname shared by
//! two people (George Bush, Jeb Bush) is not trusted to mean one of them.

use super::{shared_surname, warning, BodySpans, Check, Context};
use crate::model::{EntityType, Severity, Span, Warning};
use crate::text::tokens::TokenKind;
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "contradicting_age";
/// How much it should worry the reader: one of the two is wrong.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "One person given two different ages.",
    run: check,
};

/// Ages above this are not ages ("Room 1021", a year).
const MAX_AGE: u32 = 120;

/// An age stated beside one mention.
#[derive(Debug, Clone, Copy)]
struct Aged {
    years: u32,
    span: Span,
}

/// Flags people given two different ages.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let body = BodySpans::of(doc);
    let in_body = |s: &Span| body.contain(s);
    let mut out = Vec::new();
    for entity in &ctx.entities.entities {
        if entity.kind != EntityType::Person || shared_surname(doc, &entity.mentions) {
            continue;
        }
        let ages: Vec<Aged> = entity
            .mentions
            .iter()
            .filter(|m| in_body(m))
            .flat_map(|m| [age_after(doc, *m), age_before(doc, *m)])
            .flatten()
            .collect();
        let Some(first) = ages.first() else {
            continue;
        };
        let Some(other) = ages.iter().find(|a| a.years != first.years) else {
            continue;
        };
        out.push(warning(
            KIND,
            SEVERITY,
            format!(
                "{} is said to be {} here and {} there; one of the ages is wrong.",
                entity.name, first.years, other.years
            ),
            vec![first.span, other.span],
        ));
    }
    out
}

/// "Ana Ruiz, 45, said": a number alone between commas after a mention.
fn age_after(doc: &Document, mention: Span) -> Option<Aged> {
    let comma = doc.token_at_or_after(mention.end);
    let text = |i: usize| (i < doc.tokens.len()).then(|| doc.token_text(i));
    if text(comma)? != "," || doc.tokens[comma].start != mention.end {
        return None;
    }
    let n = comma + 1;
    if doc.tokens.get(n)?.kind != TokenKind::Number || !matches!(text(n + 1)?, "," | "." | ";") {
        return None;
    }
    age(text(n)?).map(|years| Aged {
        years,
        span: span_of(doc, n),
    })
}

/// "the 47-year-old Ruiz": an "N-year-old" written just before a mention.
fn age_before(doc: &Document, mention: Span) -> Option<Aged> {
    let before = doc.text.get(..mention.start)?.trim_end();
    let head = before.strip_suffix("-year-old")?;
    let digits_start = head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let whole_word = head[..digits_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let years = age(&head[digits_start..]).filter(|_| whole_word)?;
    Some(Aged {
        years,
        span: Span::new(digits_start, before.len()),
    })
}

/// A number that can be a person's age.
fn age(digits: &str) -> Option<u32> {
    let years: u32 = digits.parse().ok()?;
    (1..=MAX_AGE).contains(&years).then_some(years)
}

/// The span of token `i`.
fn span_of(doc: &Document, i: usize) -> Span {
    Span::new(doc.tokens[i].start, doc.tokens[i].end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_with, evidence};

    #[test]
    fn flags_two_ages_for_one_person() {
        let text = "Rescue at sea.\n\nAna Ruiz, 45, pulled two swimmers from the water.\n\nThe 47-year-old Ruiz said she had trained for years.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(evidence(text, &w[0]), ["45", "47-year-old"]);
        assert!(w[0].message.contains("45") && w[0].message.contains("47"));
    }

    #[test]
    fn the_same_age_twice_is_consistent() {
        let text = "Rescue at sea.\n\nAna Ruiz, 45, pulled two swimmers out.\n\nThe 45-year-old Ruiz said she had trained for years.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    // potential false positives

    #[test]
    fn dont_flag_other_numbers_beside_a_name() {
        let text = "Market day.\n\nAna Ruiz, 45, runs the stall.\n\nShe sold goods to Ruiz, 300, and more the next day; Ruiz, 2019, was a good year.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_two_people_sharing_a_surname() {
        let text = "Family firm.\n\nAna Ruiz, 45, and Tom Ruiz, 71, run it together.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Tom Ruiz"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_a_list_of_people_and_ages() {
        let text =
            "Winners named.\n\nThe winners were Ana Ruiz, 45, Tom Reyes, 52, and Li Wei, 38.";
        let w = check_with(
            check,
            text,
            &[
                ("Ana Ruiz", &["Ana Ruiz"]),
                ("Tom Reyes", &["Tom Reyes"]),
                ("Li Wei", &["Li Wei"]),
            ],
            &[],
        );
        assert!(w.is_empty(), "{w:?}");
    }
}
