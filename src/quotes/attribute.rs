//! Attribute: finds, for one quotation, the speech verb and speaker phrase
//! its own sentence gives, trying the news patterns from the most to the
//! least telling:
//!
//! 1. right after the closing mark: `"…," X said.` / `"…," said X.` /
//!    `"…" — X`;
//! 2. right before the opening mark: `X said: "…"` / `according to X, "…"`;
//! 3. earlier in the sentence: `X said relations are 'at a low point'`;
//! 4. later in the sentence: `"…" and "…," X said`.
//!
//! What a quotation's own sentence does not give, [`super::find`] carries
//! over from its neighbours.

use std::ops::Range;

use super::lexicon;
use super::phrase::{self, Phrase};
use crate::text::tokens::TokenKind;
use crate::text::Document;

/// How far past a quotation, in tokens, a speech verb may stand and still
/// be next to it (`"…," Foreign Minister Sergey Lavrov said`).
const ADJACENT_TOKENS: usize = 30;

/// Where an attribution was found, which sets how sure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Verb and speaker right after the closing mark.
    After,
    /// Verb and speaker right before the opening mark.
    Before,
    /// A verb elsewhere in the quotation's sentence.
    InSentence,
    /// No speech verb: the named subject of the quotation's clause.
    Subject,
}

/// A speaker phrase and the cue that ties it to a quotation.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    /// The speaker phrase.
    pub phrase: Phrase,
    /// Token range of the cue.
    pub cue: (usize, usize),
    /// Which pattern matched.
    pub pattern: Pattern,
}

/// The token window a quotation's attribution may use.
#[derive(Debug, Clone)]
pub struct Window {
    /// First token of the sentence part before the quotation (after any
    /// earlier quotation).
    pub floor: usize,
    /// The opening mark's first token (or the content's first token).
    pub open: usize,
    /// One past the closing mark (or the content's end when unclosed).
    pub close_end: usize,
    /// Where the sentence part after the quotation stops (the next
    /// quotation's opening mark, or the sentence's end).
    pub ceil: usize,
    /// End of the sentence holding the closing mark.
    pub sentence_end: usize,
}

/// Tries the four patterns in order.
pub fn attribute(
    doc: &Document,
    w: &Window,
    content: Range<usize>,
    others: &[Range<usize>],
) -> Option<Found> {
    // A colon ties a quotation to the verb before it ("X said: "No.""),
    // whatever a next sentence says after it.
    let introduced = || {
        (w.open > 0 && doc.token_text(w.open - 1) == ":")
            .then(|| before(doc, w).or_else(|| name_before_colon(doc, w)))
            .flatten()
    };
    label(doc, content)
        .or_else(introduced)
        .or_else(|| after(doc, w))
        .or_else(|| passive_agent(doc, w))
        .or_else(|| before(doc, w))
        .or_else(|| earlier(doc, w))
        .or_else(|| later(doc, w, others))
        .or_else(|| clause_named_subject(doc, w))
        .or_else(|| fronted_participle(doc, w))
}

/// "Bemoaning the "phony system," Trump accused Holt …": a quotation in a
/// participle clause opening the sentence is the words of the main
/// clause's named subject.
fn fronted_participle(doc: &Document, w: &Window) -> Option<Found> {
    let start = doc.sentences[doc.sentence_at(doc.tokens[w.open].start)?]
        .tokens
        .start;
    let opens_with_participle = start == w.floor
        && doc.token_text(start).starts_with(char::is_uppercase)
        && phrase::is_participle(doc, start);
    if !opens_with_participle {
        return None;
    }
    // The clause ends at the first comma from the quotation on, inside its
    // closing mark or after it.
    let comma =
        (w.close_end.saturating_sub(2)..w.sentence_end).find(|&k| doc.token_text(k) == ",")?;
    let mut subject = comma + 1;
    while matches!(
        doc.tokens.get(subject).map(|t| t.kind),
        Some(TokenKind::Quote { .. })
    ) {
        subject += 1;
    }
    let p = phrase::clause_subject(doc, subject, w.sentence_end)
        .filter(|p| p.first == subject && matches!(p.head, phrase::Head::Name { .. }))?;
    Some(Found {
        phrase: p,
        cue: (start, start + 1),
        pattern: Pattern::Subject,
    })
}

fn is_kind(doc: &Document, i: usize, f: impl Fn(TokenKind) -> bool) -> bool {
    doc.tokens.get(i).is_some_and(|t| f(t.kind))
}

/// A transcript label opening the quotation: `"WALLACE: Governor, …"`.
fn label(doc: &Document, content: Range<usize>) -> Option<Found> {
    let colon = content
        .clone()
        .take(4)
        .find(|&i| doc.token_text(i) == ":")?;
    let upper = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word
            && doc
                .token_text(i)
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
            && doc
                .token_text(i)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                > 1
    };
    if colon == content.start || !(content.start..colon).all(upper) {
        return None;
    }
    let phrase = Phrase {
        first: content.start,
        end: colon,
        head: phrase::Head::Name {
            name_first: content.start,
        },
        role: None,
    };
    Some(Found {
        phrase,
        cue: (colon, colon + 1),
        pattern: Pattern::After,
    })
}

/// Pattern 1: `"…," X said` / `"…," said X` / `"…" — X`.
fn after(doc: &Document, w: &Window) -> Option<Found> {
    let mut i = w.close_end;
    let mut dashed = false;
    while i < w.ceil && (doc.token_text(i) == "," || is_kind(doc, i, |k| k == TokenKind::Dash)) {
        dashed |= is_kind(doc, i, |k| k == TokenKind::Dash);
        i += 1;
    }
    if i >= w.ceil {
        return None;
    }
    if let Some(cue_end) = phrase::cue_at(doc, i) {
        let p = phrase::subject_after(doc, cue_end, w.ceil)?;
        return Some(Found {
            phrase: p,
            cue: (i, cue_end),
            pattern: Pattern::After,
        });
    }
    let stop = (i..w.ceil).take(ADJACENT_TOKENS).find(|&k| {
        phrase::cue_at(doc, k).is_some()
            || doc.tokens[k].kind == TokenKind::Terminal && !phrase::is_abbrev_period(doc, k)
            || matches!(doc.tokens[k].kind, TokenKind::Quote { .. })
                && !phrase::is_nickname_mark(doc, k)
    });
    if let Some(c) = stop.filter(|&c| phrase::cue_at(doc, c).is_some()) {
        let cue_end = phrase::cue_at(doc, c)?;
        if phrase::is_according(doc, c) {
            let p = phrase::subject_after(doc, cue_end, w.ceil)?;
            return Some(Found {
                phrase: p,
                cue: (c, cue_end),
                pattern: Pattern::After,
            });
        }
        // ""This is the consequence." Ohio Gov. John Kasich said he would
        // have fired him": a quotation closed by its own full stop, then a
        // new sentence reporting a clause, is not that sentence's.
        let full_stop = w.close_end >= 2 && doc.token_text(w.close_end - 2) == ".";
        let reports_clause = doc.tokens.get(cue_end).is_some_and(|_| {
            let next = doc.token_text(cue_end);
            next == "that" || lexicon::is_pronoun(next)
        });
        if full_stop && reports_clause {
            return None;
        }
        let before_cue = phrase::subject_before(doc, c, i);
        // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the
        // name right after the quotation, then asides up to the verb. Not
        // when a subject stands right before the verb ("Lazar, Song wrote").
        let aside_before_cue =
            before_cue.is_none_or(|p| (p.end..c).any(|k| doc.token_text(k) == ","));
        // "Scott's niece, Marcia Price, said": the name in the aside
        // speaks; the description before it opens right after the
        // quotation.
        let opens = |p: &Phrase| {
            p.first == i
                || p.first > i + 1
                    && doc.token_text(p.first - 1) == ","
                    && phrase::subject_before(doc, p.first - 1, i)
                        .is_some_and(|d| d.first == i && d.head == phrase::Head::Description)
        };
        let p = before_cue.filter(opens).or_else(|| {
            phrase::subject_after(doc, i, c).filter(|n| {
                aside_before_cue
                    && matches!(n.head, phrase::Head::Name { .. })
                    && doc.token_text(n.end) == ","
            })
        })?;
        // "“unhinged” a Donald Trump tweet": a name after "a" modifies a
        // noun; it is no speaker.
        let modifier = matches!(doc.token_text(p.first), "a" | "an");
        return (opens(&p) && !modifier).then_some(Found {
            phrase: p,
            cue: (c, cue_end),
            pattern: Pattern::After,
        });
    }
    if dashed {
        // "…" — Senator Jane Doe
        let p = phrase::subject_after(doc, i, w.ceil)?;
        let ends = p.end >= w.ceil
            || matches!(doc.tokens[p.end].kind, TokenKind::Terminal)
            || doc.token_text(p.end) == ",";
        return (ends && matches!(p.head, phrase::Head::Name { .. })).then_some(Found {
            phrase: p,
            cue: (i - 1, i),
            pattern: Pattern::After,
        });
    }
    None
}

/// "has been called "strategic ambiguity" by Joshua Hendrick": a passive
/// verb of speech or naming before the quotation, its agent after "by".
fn passive_agent(doc: &Document, w: &Window) -> Option<Found> {
    if w.close_end >= w.ceil || doc.token_text(w.close_end) != "by" {
        return None;
    }
    let be = |k: usize| {
        matches!(
            doc.token_text(k),
            "is" | "was" | "were" | "are" | "been" | "be" | "being"
        )
    };
    // Only articles or "as" between verb and quotation ("reported in a
    // "hit piece" by The New York Times" is the piece's, not the Times's).
    let next_to =
        |v: usize| (v + 1..w.open).all(|k| matches!(doc.token_text(k), "a" | "an" | "the" | "as"));
    let passive = (w.open.saturating_sub(3).max(w.floor + 1)..w.open).any(|v| {
        let verb = doc.token_text(v);
        next_to(v)
            && (verb.ends_with("ed") || verb.ends_with("en"))
            && (phrase::cue_before_quote_at(doc, v).is_some() || lexicon::is_naming_verb(verb))
            && be(v - 1)
    });
    if !passive {
        return None;
    }
    let p = phrase::subject_after(doc, w.close_end + 1, w.ceil)
        .filter(|p| matches!(p.head, phrase::Head::Name { .. }))?;
    Some(Found {
        phrase: p,
        cue: (w.close_end, w.close_end + 1),
        pattern: Pattern::After,
    })
}

/// Pattern 2: `X said: "…"`, `X said that "…"`, `according to X, "…"`.
fn before(doc: &Document, w: &Window) -> Option<Found> {
    let mut k = w.open;
    while k > w.floor && matches!(doc.token_text(k - 1), ":" | "," | "that") {
        k -= 1;
    }
    let Some(c) = (k.saturating_sub(2)..k)
        .find(|&c| c >= w.floor && phrase::cue_at(doc, c) == Some(k))
        .or_else(|| cue_before_aside(doc, w.floor, k))
    else {
        return speech_noun_before_colon(doc, w, k);
    };
    // "Ryan told CNN that Ginsburg's comments "were inappropriate"": a
    // possessed speech noun is left to the sentence's reporting verb.
    if phrase::is_according(doc, c) || phrase::is_possessed(doc, c) {
        return None;
    }
    let p = if phrase::is_participle(doc, c) {
        participle_subject(doc, w.floor, c)
    } else {
        phrase::subject_before(doc, c, w.floor).or_else(|| inverted(doc, c, k, w.open))
    }?;
    Some(Found {
        phrase: p,
        cue: (c, k),
        pattern: Pattern::Before,
    })
}

/// "Clinton: "…"", "Pollsters agree - Carl Bialik: "…"": a name alone
/// before the colon, opening its sentence part or after a dash, speaks.
fn name_before_colon(doc: &Document, w: &Window) -> Option<Found> {
    let colon = w.open - 1;
    let p = phrase::subject_before(doc, colon, w.floor)
        .filter(|p| p.end == colon && matches!(p.head, phrase::Head::Name { .. }))?;
    let alone = p.first == w.floor
        || is_kind(doc, p.first - 1, |k| k == TokenKind::Dash)
        || doc.token_text(p.first - 1) == "-";
    alone.then_some(Found {
        phrase: p,
        cue: (colon, colon + 1),
        pattern: Pattern::Before,
    })
}

/// "President Obama is rolling out a new campaign message: "It's about
/// me."": a noun of speech before the colon; the clause's subject speaks.
fn speech_noun_before_colon(doc: &Document, w: &Window, k: usize) -> Option<Found> {
    let colon = (k..w.open).find(|&i| doc.token_text(i) == ":")?;
    let noun = colon.checked_sub(1).filter(|&n| n >= w.floor)?;
    let speech_noun = matches!(
        doc.token_text(noun).to_ascii_lowercase().as_str(),
        "message"
            | "statement"
            | "remarks"
            | "words"
            | "slogan"
            | "response"
            | "reply"
            | "tweet"
            | "post"
            | "declaration"
            | "warning"
            | "promise"
            | "pledge"
            | "vow"
            | "plea"
    );
    if !speech_noun {
        return None;
    }
    let p = phrase::clause_subject(doc, w.floor, noun)?;
    Some(Found {
        phrase: p,
        cue: (noun, colon + 1),
        pattern: Pattern::Before,
    })
}

/// The most words a phrase may put between a speech verb and the colon
/// before its quotation ("said after his appointment:").
const MAX_CUE_ASIDE: usize = 6;

/// "The 56-year-old said after his appointment: "…"": a cue whose
/// prepositional phrase or time word runs on to the colon ending at `k`.
fn cue_before_aside(doc: &Document, floor: usize, k: usize) -> Option<usize> {
    if k == 0 || doc.token_text(k) != ":" && doc.token_text(k - 1) != ":" {
        return None;
    }
    let colon = if doc.token_text(k) == ":" { k } else { k - 1 };
    (colon.saturating_sub(MAX_CUE_ASIDE + 1).max(floor)..colon)
        .rev()
        .take_while(|&c| {
            matches!(doc.tokens[c].kind, TokenKind::Word | TokenKind::Number)
                || phrase::is_abbrev_period(doc, c)
        })
        .find(|&c| {
            phrase::cue_at(doc, c) == Some(c + 1)
                && c + 1 < colon
                && phrase::opens_aside(doc.token_text(c + 1))
        })
}

/// Pattern 3: the nearest cue earlier in the sentence that has a speaker;
/// a verb before a possessed noun ("Pence said Trump's tweet was only "to
/// mock"" is Pence's; "Trump's statement about "thousands"" is Trump's).
fn earlier(doc: &Document, w: &Window) -> Option<Found> {
    let found = earlier_cue(doc, w, false).or_else(|| earlier_cue(doc, w, true))?;
    // "Ryan said the shootings and protests demand that all engage in
    // "more listening"": the nearest verb sits inside what a named speaker
    // reports, and the quotation is his, unless that verb introduces it.
    let introduces = w.open.saturating_sub(found.cue.1) <= 2;
    if introduces {
        return Some(found);
    }
    Some(reporting(doc, w.floor, found.phrase.first).unwrap_or(found))
}

/// The first "Name said …" in `[floor, upto)` whose verb takes a clause:
/// a named speaker whose report holds everything after the verb.
fn reporting(doc: &Document, floor: usize, upto: usize) -> Option<Found> {
    first_frame(
        doc,
        floor,
        upto,
        |c, cue_end| {
            !phrase::is_participle(doc, c)
                && cue_end <= upto
                && !matches!(doc.token_text(cue_end), "," | ":" | ";")
                && doc.tokens[cue_end].kind == TokenKind::Word
        },
        // "The statement noted they had said they would take "…"": a
        // document opening the sentence frames what it reports as a name
        // does ("In a Facebook message posted Friday, Cruz said" is Cruz's).
        |p| match p.head {
            phrase::Head::Name { .. } => true,
            phrase::Head::Description => {
                p.first == floor && lexicon::is_document_noun(doc.token_text(p.end - 1))
            }
            phrase::Head::Pronoun => false,
        },
    )
}

/// The first cue in `[floor, upto)`, "according to" aside, whose
/// complement `takes(cue, cue_end)` accepts and whose subject `speaks`:
/// the attribution every later word of the sentence is reported under.
fn first_frame(
    doc: &Document,
    floor: usize,
    upto: usize,
    takes: impl Fn(usize, usize) -> bool,
    speaks: impl Fn(&Phrase) -> bool,
) -> Option<Found> {
    (floor..upto).find_map(|c| {
        let cue_end = phrase::cue_at(doc, c).filter(|_| !phrase::is_according(doc, c))?;
        if !takes(c, cue_end) {
            return None;
        }
        let p = phrase::subject_before(doc, c, floor).filter(|p| speaks(p))?;
        Some(Found {
            phrase: p,
            cue: (c, cue_end),
            pattern: Pattern::InSentence,
        })
    })
}

fn earlier_cue(doc: &Document, w: &Window, possessed: bool) -> Option<Found> {
    (w.floor..w.open).rev().find_map(|c| {
        if phrase::is_possessed(doc, c) != possessed {
            return None;
        }
        let cue_end = phrase::cue_before_quote_at(doc, c)?;
        // "the Ohio native nicknamed "King James"": a naming participle
        // with the name right after it is passive; the one named is no
        // speaker.
        let passive_naming = cue_end == w.open
            && phrase::cue_at(doc, c).is_none()
            && doc.token_text(c).ends_with("ed");
        if passive_naming {
            return None;
        }
        let p = if possessed {
            // The possessor, before its "'s".
            phrase::subject_before(doc, c - 1, w.floor)
        } else if phrase::is_according(doc, c) {
            phrase::subject_after(doc, cue_end, w.open)
        } else if phrase::is_participle(doc, c) || is_infinitive(doc, c) {
            // "footage of Hillary Clinton asking, "…"": a name right before
            // the participle speaks; else the clause's subject ("Trump took
            // to Twitter to accuse her of being "duped"").
            if is_infinitive(doc, c) {
                phrase::clause_subject(doc, w.floor, c)
            } else {
                participle_subject(doc, w.floor, c)
            }
        } else {
            phrase::subject_before(doc, c, w.floor).or_else(|| inverted(doc, c, cue_end, w.open))
        }?;
        Some(Found {
            phrase: p,
            cue: (c, cue_end),
            pattern: Pattern::InSentence,
        })
    })
}

/// Who speaks by a participle cue at `c`: the subject of a speech verb
/// right before it ("Mateen left early, Nefzi said, adding, "…""), a name
/// right before it, else the clause's subject.
fn participle_subject(doc: &Document, floor: usize, c: usize) -> Option<Phrase> {
    let said_before =
        (c >= floor + 2 && doc.token_text(c - 1) == "," && !phrase::is_possessed(doc, c - 2))
            .then(|| phrase::cue_at(doc, c - 2).filter(|&end| end == c - 1))
            .flatten()
            .and_then(|_| phrase::subject_before(doc, c - 2, floor));
    said_before
        .or_else(|| name_before_participle(doc, floor, c))
        .or_else(|| phrase::clause_subject(doc, floor, c))
}

/// A name right before a participle cue ("footage of Hillary Clinton
/// asking, "…""): the one doing the asking.
fn name_before_participle(doc: &Document, floor: usize, c: usize) -> Option<Phrase> {
    // "with Cruz recently promising to …": an adverb may stand between.
    let adverbs_only = |p: &Phrase| {
        (p.end..c)
            .all(|k| doc.tokens[k].kind == TokenKind::Word && doc.token_text(k).ends_with("ly"))
    };
    phrase::subject_before(doc, c, floor)
        .filter(|p| adverbs_only(p) && matches!(p.head, phrase::Head::Name { .. }))
}

/// A cue after "to" ("to accuse", "to call").
fn is_infinitive(doc: &Document, c: usize) -> bool {
    c > 0 && doc.token_text(c - 1) == "to"
}

/// "Trump openly admires Putin as a "strong leader"", "Moore thanked
/// him for "taking these steps"": when no speech verb is at hand, a
/// quotation inside a clause whose subject is a name is that name's
/// words; so is what it introduces with a colon ("Sanders delivered a
/// snappy retort: "…"").
fn clause_named_subject(doc: &Document, w: &Window) -> Option<Found> {
    let p = phrase::clause_subject(doc, w.floor, w.open).filter(|p| speaks(doc, p))?;
    Some(Found {
        phrase: p,
        cue: (p.end, p.end),
        pattern: Pattern::Subject,
    })
}

/// A clause subject that can have said something: a name, or a
/// description headed by a speaker's noun ("the senator", "the report",
/// "one official", "the committee").
fn speaks(doc: &Document, p: &Phrase) -> bool {
    match p.head {
        phrase::Head::Name { .. } => true,
        phrase::Head::Pronoun => false,
        phrase::Head::Description => {
            let head = doc.token_text(p.end - 1);
            lexicon::is_title_word(head)
                || lexicon::is_anonymous_noun(head)
                || lexicon::is_document_noun(head)
                || lexicon::is_org_word(head)
        }
    }
}

/// "said Tillerson, "…"": a speaker after the verb counts only when a
/// comma, colon or the quotation follows it. After "told" or "calling"
/// stands the one addressed or named ("told his supporters, "…""), never
/// the speaker.
fn inverted(doc: &Document, c: usize, cue_end: usize, open: usize) -> Option<Phrase> {
    let object_follows = matches!(
        doc.token_text(c).to_ascii_lowercase().as_str(),
        "tell" | "tells" | "told" | "telling" | "call" | "calls" | "called" | "calling"
    );
    if object_follows {
        return None;
    }
    phrase::subject_after(doc, cue_end, open)
        .filter(|p| p.end >= open || matches!(doc.token_text(p.end), "," | ":"))
}

/// Pattern 4: the first cue later in the sentence, outside other
/// quotations, that has a speaker.
fn later(doc: &Document, w: &Window, others: &[Range<usize>]) -> Option<Found> {
    let mut c = w.close_end;
    let mut next_other = others.iter().filter(|r| r.start >= w.close_end).peekable();
    while c < w.sentence_end {
        if let Some(r) = next_other.peek() {
            if c >= r.start {
                c = c.max(r.end);
                next_other.next();
                continue;
            }
        }
        if let Some(cue_end) = phrase::cue_at(doc, c) {
            let p = if phrase::is_according(doc, c) {
                phrase::subject_after(doc, cue_end, w.sentence_end)
            } else if is_infinitive(doc, c) {
                // "… the "first one" to say the group needs …": the clause's
                // subject, before the quotation.
                phrase::clause_subject(doc, w.floor, w.open)
            } else if phrase::is_participle(doc, c) {
                // "… a defense of "New York values," saying the city …".
                participle_subject(doc, w.floor, w.open)
            } else {
                phrase::subject_before(doc, c, w.close_end).or_else(|| {
                    // "said Tillerson." — what follows the verb is its
                    // content unless a name ends the clause there.
                    phrase::subject_after(doc, cue_end, w.sentence_end).filter(|p| {
                        p.end >= w.sentence_end
                            || matches!(doc.tokens[p.end].kind, TokenKind::Terminal)
                            || matches!(doc.token_text(p.end), "," | ":" | ";")
                    })
                })
            };
            if let Some(p) = p {
                return Some(Found {
                    phrase: p,
                    cue: (c, cue_end),
                    pattern: Pattern::InSentence,
                });
            }
        }
        c += 1;
    }
    None
}

/// The signature under an embedded post or a quotation standing as its
/// own paragraph, the paragraph `pi` after it: "— Jane Roe (@janeroe)
/// November 18, 2019", "- Sanders.".
pub fn signature(doc: &Document, pi: usize) -> Option<Found> {
    let para = doc.paras.get(pi)?;
    let dash = para.tokens.start;
    let short = para.tokens.len() <= SIGNATURE_MAX_TOKENS;
    // "-President Obama, tweeting after the speech": a hyphen against the
    // name is a dash here.
    let dashed = is_kind(doc, dash, |k| k == TokenKind::Dash) || doc.token_text(dash) == "-";
    if !short || !dashed {
        return None;
    }
    let p = phrase::subject_after(doc, dash + 1, para.tokens.end)?;
    matches!(p.head, phrase::Head::Name { .. }).then_some(Found {
        phrase: p,
        cue: (dash, dash + 1),
        pattern: Pattern::After,
    })
}

/// The most tokens in a post's signature line.
const SIGNATURE_MAX_TOKENS: usize = 24;

/// The nearest cue with a speaker in tokens `[from, to)`, searched from the
/// end, skipping quotations: indirect speech a quotation may continue ("one
/// official tells me, … . "And it was done.""). Used for carrying over.
pub fn reported_speech(
    doc: &Document,
    from: usize,
    to: usize,
    quoted: &[Range<usize>],
) -> Option<Found> {
    (from..to)
        .rev()
        .filter(|&c| !quoted.iter().any(|r| r.contains(&c)) && !phrase::is_possessed(doc, c))
        .find_map(|c| {
            let cue_end = phrase::cue_at(doc, c)?;
            let floor = doc
                .sentence_at(doc.tokens[c].start)
                .map_or(from, |s| doc.sentences[s].tokens.start.max(from));
            let p = if phrase::is_according(doc, c) {
                phrase::subject_after(doc, cue_end, to)
            } else {
                phrase::subject_before(doc, c, floor)
            }?;
            let found = Found {
                phrase: p,
                cue: (c, cue_end),
                pattern: Pattern::InSentence,
            };
            Some(framing(doc, floor, p.first).unwrap_or(found))
        })
}

/// A sentence ending in a colon that introduces the quotation after it,
/// with no speech verb: "Stated Stone:" (verb first), "Trump issued the
/// following statement:", "Politico reveals a few relevant facts:" (the
/// named subject speaks).
pub fn introduction(doc: &Document, from: usize, colon: usize) -> Option<Found> {
    if let Some(cue_end) = phrase::cue_at(doc, from).filter(|&end| end < colon) {
        let p = phrase::subject_after(doc, cue_end, colon)?;
        return Some(Found {
            phrase: p,
            cue: (from, from + 1),
            pattern: Pattern::Before,
        });
    }
    let p = phrase::clause_subject(doc, from, colon)
        .filter(|p| matches!(p.head, phrase::Head::Name { .. }))?;
    Some(Found {
        phrase: p,
        cue: (colon, colon + 1),
        pattern: Pattern::Subject,
    })
}

/// The named subject of a sentence holding no quotation, for the
/// quotation that follows it with no attribution of its own.
pub fn sentence_subject(
    doc: &Document,
    sentence: &Range<usize>,
    quoted: &[Range<usize>],
) -> Option<Found> {
    // A title ("On "Face the Nation," Sanders said …") quotes nobody.
    let quotes_someone = quoted
        .iter()
        .any(|r| r.start < sentence.end && sentence.start < r.end && !names_a_title(doc, r));
    if quotes_someone {
        return None;
    }
    let p = phrase::clause_subject(doc, sentence.start, sentence.end)
        .filter(|p| matches!(p.head, phrase::Head::Name { .. }))?;
    Some(Found {
        phrase: p,
        cue: (p.end, p.end),
        pattern: Pattern::Subject,
    })
}

/// Words between the marks, every one capitalised or a function word: a
/// title.
fn names_a_title(doc: &Document, r: &Range<usize>) -> bool {
    r.clone().any(|i| doc.tokens[i].kind == TokenKind::Word) && super::in_title_case(doc, r.clone())
}

/// The attribution that frames a sentence's reported speech, before token
/// `upto`: "Now, one U.S. official tells me, Russian officials repeated
/// the lines" is the official's report, and what follows goes on with it.
/// Only a cue whose complement opens with a comma or "that" frames.
fn framing(doc: &Document, floor: usize, upto: usize) -> Option<Found> {
    let takes = |_, cue_end: usize| {
        let mut next = cue_end;
        if doc
            .tokens
            .get(next)
            .is_some_and(|_| matches!(doc.token_text(next), "me" | "us" | "reporters"))
        {
            next += 1;
        }
        next < upto && matches!(doc.token_text(next), "," | "that")
    };
    first_frame(doc, floor, upto, takes, |_| true)
}
