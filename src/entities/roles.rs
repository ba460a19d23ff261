//! Roles and genders of people: the office an article gives a person
//! ("Rex Tillerson, the secretary of state,") and the pronouns that follow
//! a mention ("… Tillerson said. He added …").

use crate::model::Span;
use crate::text::tokens::TokenKind;
use crate::text::Document;

use super::lexicon;
use super::Gender;

/// The longest role an appositive may be, in words.
const MAX_APPOSITIVE_WORDS: usize = 8;

/// A role in apposition after the name ending at token `name_end`
/// (exclusive): ", the secretary of state," or ", a Kremlin spokesman.".
pub(super) fn appositive(doc: &Document, name_end: usize) -> Option<Span> {
    let comma = doc.tokens.get(name_end)?;
    if comma.kind != TokenKind::Punct || doc.token_text(name_end) != "," {
        return None;
    }
    let mut i = name_end + 1;
    if i < doc.tokens.len()
        && matches!(
            doc.token_text(i),
            "the" | "a" | "an" | "its" | "his" | "her"
        )
    {
        i += 1;
    }
    let start = i;
    let mut titled = false;
    while i < doc.tokens.len() && i < start + MAX_APPOSITIVE_WORDS {
        let t = doc.tokens[i];
        if !t.is_wordlike() {
            break;
        }
        let w = doc.token_text(i);
        if matches!(
            w,
            "said" | "says" | "told" | "who" | "which" | "was" | "is" | "has" | "had"
        ) {
            return None;
        }
        titled |= lexicon::is_person_title(w);
        i += 1;
    }
    let ends_clause = i < doc.tokens.len() && matches!(doc.token_text(i), "," | "." | ";" | ")")
        || i == doc.tokens.len();
    // The phrase must end on its title ("the secretary of state" ends on a
    // modifier; "a spokesman" on the title itself).
    let last = doc.token_text(i.checked_sub(1)?);
    let last_ok = lexicon::is_person_title(last)
        || lexicon::is_role_modifier(last)
        || last.starts_with(char::is_uppercase);
    (titled && ends_clause && i > start && last_ok)
        .then(|| Span::new(doc.tokens[start].start, doc.tokens[i - 1].end))
}

/// The gender of the first third-person pronoun after token `from` and
/// before another name, within this sentence and the next.
pub(super) fn following_pronoun(doc: &Document, from: usize, next_name: usize) -> Gender {
    let Some(s) = doc.sentence_at(doc.tokens.get(from).map_or(usize::MAX, |t| t.start)) else {
        return Gender::Unknown;
    };
    let stop = doc
        .sentences
        .get(s + 1)
        .map_or(doc.sentences[s].tokens.end, |n| n.tokens.end)
        .min(next_name);
    (from..stop)
        .map(|i| lexicon::pronoun_gender(doc.token_text(i)))
        .find(|&g| g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}
