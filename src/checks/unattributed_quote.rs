//! `unattributed_quote`: a quotation nobody is named as saying. A reader
//! cannot weigh words without knowing whose they are. Quoted titles, short
//! scare quotes and slogans are not speech and stay silent, and so do
//! block quotations: on a page they are pull quotes repeating the body,
//! embedded posts whose author the embed shows, or boxed summaries — the
//! layout attributes them, not the prose.

use super::{warning, Check, Context};
use crate::model::{QuoteKind, Severity, SpeakerKind, Warning};
use crate::text::tokens::TokenKind;

/// The kind name.
pub const KIND: &str = "unattributed_quote";
/// How much it should worry the reader.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "A quotation with no identifiable speaker.",
    run: check,
};

/// Fewer words than this are scare quotes or names, not speech.
const MIN_WORDS: usize = 4;

/// Words just before a quotation that make it a title, sign or slogan.
const TITLE_CUES: &[&str] = &[
    "book",
    "novel",
    "film",
    "movie",
    "song",
    "album",
    "show",
    "series",
    "play",
    "titled",
    "entitled",
    "called",
    "dubbed",
    "named",
    "headlined",
    "headline",
    "slogan",
    "sign",
    "signs",
    "banner",
    "reading",
    "read",
    "motto",
    "hashtag",
    "chanting",
    "chanted",
    "term",
    "phrase",
    "word",
    "words",
    "article",
    "essay",
    "report",
    "column",
    "episode",
    "poem",
    "memoir",
];

/// Flags quotations with no speaker of any kind.
pub fn check(ctx: &Context) -> Vec<Warning> {
    ctx.quotes
        .iter()
        .filter(|q| {
            q.speaker_kind == SpeakerKind::Unknown
                && q.speaker_name.is_none()
                && q.speaker.is_none()
        })
        .filter(|q| q.kind != QuoteKind::Block)
        .filter(|q| q.kind != QuoteKind::Partial || word_count(&q.text) >= MIN_WORDS + 2)
        .filter(|q| word_count(&q.text) >= MIN_WORDS && !is_title_case(&q.text))
        .filter(|q| !after_title_cue(ctx, q.start))
        .map(|q| {
            warning(
                KIND,
                SEVERITY,
                format!(
                    "Nobody is named as saying “{}”; the reader cannot tell whose words these are.",
                    excerpt(&q.text)
                ),
                vec![crate::model::Span::new(q.start, q.end)],
            )
        })
        .collect()
}

fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// "The Art of the Deal": most words capitalised, as in a title.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.len() > 3).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// True when one of the three words before the opening mark cues a title.
fn after_title_cue(ctx: &Context, start: usize) -> bool {
    let doc = ctx.doc;
    let i = doc.token_at_or_after(start);
    let lo = doc
        .sentence_at(start)
        .map_or(i.saturating_sub(4), |s| doc.sentences[s].tokens.start);
    (lo.min(i)..i)
        .rev()
        .filter(|&j| doc.tokens[j].kind == TokenKind::Word)
        .take(3)
        .any(|j| TITLE_CUES.contains(&doc.token_text(j).to_lowercase().as_str()))
}

/// The first words of a long quotation, for the message.
pub(crate) fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 12 {
        words.join(" ")
    } else {
        format!("{} …", words[..10].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_with, Who};

    #[test]
    fn flags_a_quotation_standing_alone() {
        let text = "The talks ended badly.\n\n\"It could not be a worse outcome for us\".";
        let w = check_with(
            check,
            text,
            &[],
            &[(
                "It could not be a worse outcome for us",
                Who::Unnamed(SpeakerKind::Unknown),
            )],
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].kind, KIND);
        assert!(w[0].message.contains("worse outcome"));
    }

    // potential false positives

    #[test]
    fn dont_flag_a_named_speaker() {
        let text = "\"We will not give up on this,\" said Ana Ruiz.";
        let w = check_with(
            check,
            text,
            &[],
            &[("We will not give up on this", Who::Named("Ana Ruiz"))],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_an_anonymous_but_described_source() {
        let text = "\"We will not give up on this,\" one official said.";
        let w = check_with(
            check,
            text,
            &[],
            &[(
                "We will not give up on this",
                Who::Unnamed(SpeakerKind::Anonymous),
            )],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_a_quoted_book_title() {
        let text = "She wrote the memoir \"Where the River Bends Twice\" in prison.";
        let w = check_with(
            check,
            text,
            &[],
            &[(
                "Where the River Bends Twice",
                Who::Unnamed(SpeakerKind::Unknown),
            )],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_a_lowercase_title_after_a_cue() {
        let text = "Protesters carried signs reading \"hands off our town hall\" outside.";
        let w = check_with(
            check,
            text,
            &[],
            &[(
                "hands off our town hall",
                Who::Unnamed(SpeakerKind::Unknown),
            )],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_a_block_quotation() {
        // The same words as the true case, set as a block on the page.
        fn check_as_blocks(ctx: &Context) -> Vec<Warning> {
            let quotes: Vec<crate::model::Quote> = ctx
                .quotes
                .iter()
                .cloned()
                .map(|q| crate::model::Quote {
                    kind: QuoteKind::Block,
                    ..q
                })
                .collect();
            check(&Context {
                quotes: &quotes,
                shared: Default::default(),
                ..*ctx
            })
        }
        let text = "The talks ended badly.\n\n\"It could not be a worse outcome for us\".";
        let w = check_with(
            check_as_blocks,
            text,
            &[],
            &[(
                "It could not be a worse outcome for us",
                Who::Unnamed(SpeakerKind::Unknown),
            )],
        );
        assert!(w.is_empty());
    }

    #[test]
    fn dont_flag_scare_quotes() {
        let text = "The plan was described as \"bold\" by many.";
        let w = check_with(
            check,
            text,
            &[],
            &[("bold", Who::Unnamed(SpeakerKind::Unknown))],
        );
        assert!(w.is_empty());
    }
}
