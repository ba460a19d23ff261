//! Sentence boundaries over a paragraph's tokens, aware of news
//! abbreviations ("U.S.", "Sen.", "Jan."), initials ("John F. Kennedy") and
//! closing quotation marks after the full stop.

use super::tokens::{QuoteDir, Token, TokenKind};

/// Abbreviations that end in a period but rarely end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "cpl", "pvt", "st", "ste", "mt", "ft", "jr", "sr", "rev", "hon", "pres",
    "supt", "insp", "det", "atty", "gen", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "univ",
    "assn", "ave", "blvd", "rd", "approx", "est", "fig", "al", "ca", "cf", "e.g", "i.e", "op",
    "vol", "del", "sens", "reps",
];

/// Words that, capitalised after an initialism like "U.S.", start a new
/// sentence rather than continue a name ("…in the U.S. The talks…").
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "this",
    "that",
    "there",
    "in",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "on",
    "at",
    "after",
    "before",
    "when",
    "if",
    "as",
    "for",
    "so",
    "yet",
    "still",
    "however",
    "meanwhile",
    "now",
    "then",
    "some",
    "many",
];

/// True when `word` (without its period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Splits the tokens of one paragraph into sentences, returned as ranges of
/// token indices (relative to `tokens`). Every token lands in exactly one
/// sentence.
pub fn split(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < tokens.len() {
        let end_here = match tokens[i].kind {
            TokenKind::Terminal => ends_sentence(text, tokens, i),
            TokenKind::Word => {
                // "U.S." swallowed its period; it ends a sentence only before
                // a clear sentence starter.
                let w = tokens[i].text(text);
                w.ends_with('.') && w.len() > 2 && next_starts_sentence(text, tokens, i + 1, true)
            }
            _ => false,
        };
        i += 1;
        if end_here {
            // Closing quotation marks and brackets stay with the sentence.
            while i < tokens.len() && closes(text, &tokens[i]) {
                i += 1;
            }
            out.push(begin..i);
            begin = i;
        }
    }
    if begin < tokens.len() {
        out.push(begin..tokens.len());
    }
    out
}

fn closes(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote { dir, .. } => dir != QuoteDir::Open,
        TokenKind::Punct => matches!(t.text(text), ")" | "]"),
        _ => false,
    }
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = tokens[i].text(text);
    if mark.starts_with('.') && mark.len() == 1 {
        if let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) {
            let adjacent = prev.end == tokens[i].start;
            let w = prev.text(text);
            if adjacent && prev.kind == TokenKind::Word {
                if is_abbreviation(w) {
                    return false;
                }
                // An initial: a single capital letter.
                let mut cs = w.chars();
                if let (Some(c), None) = (cs.next(), cs.next()) {
                    if c.is_uppercase() {
                        return false;
                    }
                }
            }
        }
    }
    next_starts_sentence(text, tokens, i + 1, false)
}

/// Looks past closing marks: is the next real token the start of a
/// sentence? `strict` demands a known sentence-starting word.
fn next_starts_sentence(text: &str, tokens: &[Token], mut j: usize, strict: bool) -> bool {
    while j < tokens.len() && closes(text, &tokens[j]) {
        j += 1;
    }
    let Some(next) = tokens.get(j) else {
        return true;
    };
    let w = next.text(text);
    if strict {
        return SENTENCE_STARTERS.contains(&w.to_lowercase().as_str())
            && w.chars().next().is_some_and(char::is_uppercase);
    }
    match next.kind {
        TokenKind::Quote { .. } | TokenKind::Dash => true,
        TokenKind::Number => true,
        TokenKind::Word => w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
        TokenKind::Punct => matches!(w, "(" | "[" | "•" | "*"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split(text, &tokens)
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn splits_on_full_stops() {
        assert_eq!(
            sentences("One here. Two there."),
            vec!["One here.", "Two there."]
        );
    }

    #[test]
    fn titles_and_months_do_not_end_sentences() {
        assert_eq!(
            sentences("Sen. Mary Smith spoke on Jan. 5 in Ohio. Then she left."),
            vec!["Sen. Mary Smith spoke on Jan. 5 in Ohio.", "Then she left."]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("John F. Kennedy spoke."),
            vec!["John F. Kennedy spoke."]
        );
    }

    #[test]
    fn initialisms_end_a_sentence_only_before_a_starter() {
        assert_eq!(
            sentences("He met U.S. officials in the U.S. The talks failed."),
            vec!["He met U.S. officials in the U.S.", "The talks failed."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We will win.” Then he left."),
            vec!["“We will win.”", "Then he left."]
        );
    }

    #[test]
    fn lower_case_after_a_stop_continues() {
        assert_eq!(
            sentences("It cost 3 p.m. prices. ok"),
            vec!["It cost 3 p.m. prices. ok"]
        );
    }
}
