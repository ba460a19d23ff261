//! `weekday_mismatch`: a weekday that does not fall on the date beside it
//! ("Wednesday, April 13, 2016", when that day was a Thursday). A date
//! without a year is checked against the publication year and its
//! neighbours (late December stories published in January), and flagged
//! only when it fits none of them.

use super::{body_paras, warning, year_in, Check, Context};
use crate::model::{Severity, Span, Warning};
use crate::text::tokens::{Token, TokenKind};
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "weekday_mismatch";
/// How much it should worry the reader: one of the two is wrong.
pub const SEVERITY: Severity = Severity::Alert;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "A weekday that does not fall on the date it is given with.",
    run: check,
};

const WEEKDAYS: &[&str] = &[
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

const MONTHS: &[&[&str]] = &[
    &["January", "Jan"],
    &["February", "Feb"],
    &["March", "Mar"],
    &["April", "Apr"],
    &["May"],
    &["June", "Jun"],
    &["July", "Jul"],
    &["August", "Aug"],
    &["September", "Sept", "Sep"],
    &["October", "Oct"],
    &["November", "Nov"],
    &["December", "Dec"],
];

/// A weekday with a date: the weekday named, the date, and where.
struct Dated {
    weekday: usize,
    year: Option<i32>,
    month: u32,
    day: u32,
    span: Span,
}

/// Flags weekday–date pairs that disagree.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let published = ctx.published.and_then(year_in);
    let mut out = Vec::new();
    for p in body_paras(doc) {
        let toks: Vec<&Token> = doc.tokens[p.tokens.clone()].iter().collect();
        for i in 0..toks.len() {
            let Some(d) = dated_at(doc, &toks, i) else {
                continue;
            };
            if d.day > days_in_month(d.year.unwrap_or(2000), d.month) {
                continue;
            }
            let years: Vec<i32> = match (d.year, published) {
                (Some(y), _) => vec![y],
                (None, Some(y)) => vec![y - 1, y, y + 1],
                (None, None) => continue,
            };
            if years
                .iter()
                .any(|&y| weekday(y, d.month, d.day) == d.weekday)
            {
                continue;
            }
            let actual = match d.year {
                Some(y) => format!(
                    ", but {} {} {} fell on a {}",
                    MONTHS[d.month as usize - 1][0],
                    d.day,
                    y,
                    WEEKDAYS[weekday(y, d.month, d.day)]
                ),
                None => format!(
                    ", but in {} that date never falls on a {}",
                    published.unwrap_or_default(),
                    WEEKDAYS[d.weekday]
                ),
            };
            out.push(warning(
                KIND,
                SEVERITY,
                format!(
                    "“{}” gives a {}{actual}; the weekday or the date is wrong.",
                    doc.slice(d.span),
                    WEEKDAYS[d.weekday]
                ),
                vec![d.span],
            ));
        }
    }
    out
}

/// "Wednesday, April 13, 2016", "Wednesday April 13", "Wednesday, 13
/// April 2016", "Wednesday (April 13)" starting at token `i`.
fn dated_at(doc: &Document, toks: &[&Token], i: usize) -> Option<Dated> {
    let text = |k: usize| toks.get(k).map(|t| t.text(doc.text)).unwrap_or("");
    // Every weekday ends in "day": most tokens go at that one test.
    let word = Some(text(i)).filter(|w| w.ends_with("day"))?;
    let weekday = WEEKDAYS.iter().position(|w| *w == word)?;
    let mut k = i + 1;
    while matches!(text(k), "," | "(") {
        k += 1;
    }
    let (month, day, after) = if let Some(m) = month_of(text(k)) {
        let mut j = k + 1;
        if text(j) == "." {
            j += 1;
        }
        (m, day_of(toks.get(j)?, doc)?, j + 1)
    } else {
        let d = day_of(toks.get(k)?, doc)?;
        let mut j = k + 1;
        if text(j) == "of" {
            j += 1;
        }
        (month_of(text(j))?, d, j + 1)
    };
    let mut y = after;
    if text(y) == "," {
        y += 1;
    }
    let year = toks
        .get(y)
        .filter(|t| t.kind == TokenKind::Number)
        .and_then(|t| t.text(doc.text).parse::<i32>().ok())
        .filter(|y| (1800..=2200).contains(y));
    let last = if year.is_some() { y } else { after - 1 };
    Some(Dated {
        weekday,
        year,
        month,
        day,
        span: Span::new(toks[i].start, toks[last].end),
    })
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|m| m as u32 + 1)
}

fn day_of(t: &Token, doc: &Document) -> Option<u32> {
    if t.kind != TokenKind::Number {
        return None;
    }
    let s = t
        .text(doc.text)
        .trim_end_matches(|c: char| c.is_ascii_alphabetic());
    s.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn is_leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Day of the week, 0 = Sunday (Sakamoto's method, Gregorian calendar).
fn weekday(y: i32, m: u32, d: u32) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    (y + y / 4 - y / 100 + y / 400 + T[m as usize - 1] + d as i32).rem_euclid(7) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_text, check_titled, evidence};

    #[test]
    fn computes_weekdays() {
        assert_eq!(WEEKDAYS[weekday(2017, 4, 13)], "Thursday");
        assert_eq!(WEEKDAYS[weekday(2000, 2, 29)], "Tuesday");
    }

    #[test]
    fn flags_a_wrong_weekday_with_a_year() {
        let text = "The vote was held on Wednesday, April 13, 2017, in Geneva.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(evidence(text, &w[0]), vec!["Wednesday, April 13, 2017"]);
        assert!(w[0].message.contains("Thursday"));
    }

    #[test]
    fn flags_a_wrong_weekday_in_the_publication_year() {
        let w = check_titled(
            check,
            Some("Vote held"),
            Some("2017-04-14"),
            "The vote was held on Monday, 13 April.",
        );
        assert_eq!(w.len(), 1);
    }

    // potential false positives

    #[test]
    fn dont_flag_a_right_weekday() {
        assert!(check_text(check, "The vote was held on Thursday, April 13, 2017.").is_empty());
        assert!(check_text(check, "It opens Thursday (Apr. 13, 2017).").is_empty());
    }

    #[test]
    fn dont_flag_a_yearless_date_without_a_publication_date() {
        assert!(check_text(check, "The vote was held on Monday, April 13.").is_empty());
    }

    #[test]
    fn dont_flag_a_date_from_late_last_year() {
        let w = check_titled(
            check,
            Some("Review"),
            Some("2017-01-03"),
            "It opened on Friday, December 30.",
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_a_weekday_before_another_phrase() {
        assert!(check_text(check, "On Wednesday May said 13 people had left in 2017.").is_empty());
    }
}
