//! Phrase: the words naming a speaker next to a speech verb — "Foreign
//! Minister Sergey Lavrov said", "said Caddell, a pollster", "one U.S.
//! official tells me", "according to the report" — found by walking out
//! from the verb over a handful of tokens.

use super::lexicon;
use crate::text::tokens::TokenKind;
use crate::text::Document;

/// The longest speaker phrase, in tokens: past this it is a clause, not a
/// name.
const MAX_PHRASE_TOKENS: usize = 9;

/// The longest aside between a speaker and the verb ("Tillerson, after
/// meeting with Putin on Wednesday, said"), in tokens.
const MAX_ASIDE_TOKENS: usize = 24;

/// The most tokens (lowercase words, numbers, a slash between them) that
/// may describe a speaker named after the verb ("said 9/11 widow Jane
/// Roe").
const MAX_DESCRIPTORS: usize = 5;

/// What the speaker phrase is headed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    /// A capitalised name; tokens `[name_first, end)` are the name proper.
    Name {
        /// First token of the name proper (after titles).
        name_first: usize,
    },
    /// A subject pronoun ("he", "she", "they").
    Pronoun,
    /// A description ("one U.S. official", "the dossier", "officials").
    Description,
}

/// A speaker phrase: tokens `[first, end)`, what heads it, and any role
/// words beside it (titles before the name, or an appositive after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is headed by.
    pub head: Head,
    /// Role words, as a token range, when the phrase gives any.
    pub role: Option<(usize, usize)>,
}

fn word<'t>(doc: &Document<'t>, i: usize) -> Option<&'t str> {
    let t = doc.tokens.get(i)?;
    (t.kind == TokenKind::Word).then(|| t.text(doc.text))
}

/// A period that belongs to the word before it ("Rep.", "B."), which the
/// tokenizer splits off: it ends no phrase. A title written out ends its
/// sentence ("said one Democrat.").
pub fn is_abbrev_period(doc: &Document, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    doc.token_text(i) == "."
        && doc.tokens[prev].end == doc.tokens[i].start
        && word(doc, prev).is_some_and(|w| {
            crate::text::sentences::is_abbreviation(w)
                || w.len() == 1 && w.chars().all(char::is_uppercase)
        })
}

/// True when token `i` is "of" between two title words ("Secretary of
/// State"), where it belongs to the role.
fn is_title_of(doc: &Document, i: usize) -> bool {
    doc.token_text(i) == "of"
        && i > 0
        && word(doc, i - 1).is_some_and(lexicon::is_title_word)
        && word(doc, i + 1).is_some_and(|w| lexicon::is_title_word(w) || is_cap(w))
}

/// True when the quotation mark at `k` closes a one-word nickname between
/// a first name and a surname (Marcia "Cia" Price).
fn is_nickname_close(doc: &Document, k: usize, floor: usize) -> bool {
    let mark = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote { .. }))
    };
    k >= floor + 3
        && mark(k)
        && mark(k - 2)
        && word(doc, k - 1).is_some_and(is_cap)
        && word(doc, k - 3).is_some_and(is_cap)
        && word(doc, k + 1).is_some_and(is_cap)
}

/// True when token `k` is either mark around such a nickname.
pub fn is_nickname_mark(doc: &Document, k: usize) -> bool {
    is_nickname_close(doc, k, 0) || is_nickname_close(doc, k + 2, 0)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when token `m` ends an aside scanned backwards: a quotation mark or
/// a full stop. Neither counts where it cannot end anything: a period
/// right before a comma closes an abbreviation ("McConnell, R-Ky., said"),
/// and a single mark right after a plural is its possessive ("veterans'
/// families").
fn ends_aside(doc: &Document, m: usize) -> bool {
    let t = doc.tokens[m];
    match t.kind {
        TokenKind::Terminal if is_abbrev_period(doc, m) => false,
        TokenKind::Terminal => doc.tokens.get(m + 1).is_none_or(|n| {
            doc.token_text(m + 1) != "," || n.start != t.end || t.end - t.start != 1
        }),
        TokenKind::Quote { double: false, .. } => !m
            .checked_sub(1)
            .and_then(|p| word(doc, p))
            .is_some_and(|p| p.ends_with(['s', 'S']) && doc.tokens[m - 1].end == t.start),
        TokenKind::Quote { .. } => !is_nickname_mark(doc, m),
        _ => false,
    }
}

/// The cue at token `i`: a speech verb, or "according to". Returns one past
/// the cue's last token.
pub fn cue_at(doc: &Document, i: usize) -> Option<usize> {
    let w = word(doc, i)?;
    if w.eq_ignore_ascii_case("according") && word(doc, i + 1) == Some("to") {
        return Some(i + 2);
    }
    if is_per_source(doc, i) {
        return Some(i + 1);
    }
    // "as the report put it", "As Dana Milbank puts it,"
    if matches!(w, "put" | "puts") && word(doc, i + 1) == Some("it") {
        return Some(i + 2);
    }
    (lexicon::is_cue_verb(w)
        && !is_noun_use(doc, i)
        && !is_inside_name(doc, i)
        && !is_verb_to(doc, i))
    .then_some(i + 1)
}

/// "will continue to be": "continue" taking "to" goes on with something
/// other than speech ("Trump added to People" still speaks).
fn is_verb_to(doc: &Document, i: usize) -> bool {
    word(doc, i + 1) == Some("to")
        && word(doc, i).is_some_and(|w| w.to_ascii_lowercase().starts_with("continu"))
}

/// A capitalised cue word that ends a name ("the United States would…",
/// "Post Reports"): a capitalised word before it and none after, where a
/// title-case headline would capitalise the next word too ("Trump Says
/// Talks Failed").
fn is_inside_name(doc: &Document, i: usize) -> bool {
    let cap_at = |k: usize| word(doc, k).is_some_and(is_cap);
    word(doc, i).is_some_and(is_cap) && i > 0 && cap_at(i - 1) && !cap_at(i + 1)
}

/// A cue word used as a noun after a determiner ("the report", "his
/// remarks", "a controversial comment", "Trump's disrespectful
/// comments"): it names words, it does not say who spoke them.
fn is_noun_use(doc: &Document, i: usize) -> bool {
    let determiner = |k: usize| {
        word(doc, k).is_some_and(|p| {
            matches!(p, "the" | "The" | "my" | "our" | "your" | "'s" | "’s")
                || lexicon::is_determiner(p)
                    && !matches!(p, "one" | "two" | "three" | "four" | "five")
        })
    };
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    let after_adjective = prev > 0
        && word(doc, i).is_some_and(is_noun_form)
        && word(doc, prev).is_some_and(looks_adjective)
        && determiner(prev - 1);
    // "Several said": a quantifier standing for people is the subject of
    // a verb that is no noun of speech.
    let quantifier_subject =
        word(doc, prev).is_some_and(is_quantifier) && !word(doc, i).is_some_and(is_noun_form);
    // "the IMF report stated", "A Government Accountability Office report
    // found": a name modifying the noun, after its determiner.
    let verb_follows = word(doc, i + 1).is_some_and(|n| {
        lexicon::is_cue_verb(n)
            || n.len() > 4 && n.ends_with("ed") && !is_cap(n)
            || matches!(n, "found" | "finds" | "shows" | "showed")
    });
    let after_name_modifier = verb_follows && word(doc, i).is_some_and(is_noun_form) && {
        let mut k = prev;
        while k > 0 && word(doc, k).is_some_and(|w| is_cap(w) && !lexicon::is_determiner(w)) {
            k -= 1;
        }
        k < prev && determiner(k)
    };
    !matches!(word(doc, prev), Some("'s" | "’s")) && determiner(prev) && !quantifier_subject
        || after_adjective
        || after_name_modifier
}

/// A quantifier that can stand for people ("Several said", "Another
/// tweeted").
fn is_quantifier(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "another" | "several" | "many" | "most" | "some" | "both"
    )
}

/// Cue words that are also nouns of speech ("comment", "remarks").
fn is_noun_form(w: &str) -> bool {
    matches!(
        w,
        "answer"
            | "answers"
            | "call"
            | "calls"
            | "charge"
            | "charges"
            | "claim"
            | "claims"
            | "comment"
            | "comments"
            | "note"
            | "notes"
            | "pledge"
            | "pledges"
            | "promise"
            | "promises"
            | "remarks"
            | "reply"
            | "replies"
            | "report"
            | "reports"
            | "tweet"
            | "tweets"
            | "vow"
            | "vows"
            | "warning"
    )
}

/// A lowercase word with an adjective's ending, or a common adjective of
/// time or number ("controversial", "recent", "early", "multiple").
fn looks_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "al", "ful", "ent", "ant", "ive", "ous", "ic", "ed", "ing", "est", "ish", "less", "able",
        "ible", "ary",
    ];
    !is_cap(w)
        && !lexicon::is_function_word(w)
        && (ENDINGS
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
            || matches!(
                w,
                "new" | "early" | "late" | "last" | "next" | "first" | "brief" | "multiple"
            ))
}

/// A cue word after a possessive ("Bill Clinton's comments"): it says
/// whose words those are, but reports nothing later words could go on
/// with.
pub fn is_possessed(doc: &Document, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| word(doc, p))
        .is_some_and(|p| matches!(p, "'s" | "’s"))
}

/// The cue at token `i` when a quotation follows it: a speech verb, or a
/// verb of naming or judging ("likened the rules to “…”", "criticized the
/// law as a “…”"), whose subject is the speaker of what it quotes.
pub fn cue_before_quote_at(doc: &Document, i: usize) -> Option<usize> {
    cue_at(doc, i)
        .or_else(|| {
            word(doc, i)
                .filter(|w| lexicon::is_naming_verb(w))
                .map(|_| i + 1)
        })
        .or_else(|| goes_on_about(doc, i))
}

/// "as Trump went on about "how the system is rigged"": talk that goes
/// on about what it quotes.
fn goes_on_about(doc: &Document, i: usize) -> Option<usize> {
    let goes = word(doc, i).is_some_and(|w| matches!(w, "go" | "goes" | "going" | "went"));
    (goes && word(doc, i + 1) == Some("on") && word(doc, i + 2) == Some("about")).then_some(i + 3)
}

/// True for an age used as a noun ("56-year-old"), which news writing
/// uses for the person it is about.
pub fn is_age_epithet(w: &str) -> bool {
    w.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// True for a word that opens an aside after a verb: a preposition or a
/// time word ("said after his appointment", "told reporters on Monday").
pub fn opens_aside(w: &str) -> bool {
    matches!(
        w,
        "after" | "at" | "before" | "during" | "in" | "on" | "to" | "from" | "via" | "with"
    ) || lexicon::is_time_word(w)
}

/// "Will wrote", "Theresa May said", "From said": a surname that is also
/// a function word, capitalised right before the verb, can only be a
/// name there.
fn surname_like_function_word(doc: &Document, cue: usize, floor: usize) -> Option<Phrase> {
    let k = cue.checked_sub(1).filter(|&k| k >= floor)?;
    if !matches!(doc.token_text(k), "Will" | "May" | "From") {
        return None;
    }
    let mut first = k;
    while first > floor
        && word(doc, first - 1).is_some_and(|w| is_cap(w) && !lexicon::is_function_word(w))
    {
        first -= 1;
    }
    Some(Phrase {
        first,
        end: cue,
        head: Head::Name { name_first: first },
        role: None,
    })
}

/// True when the cue at `i` is "according to", whose speaker follows.
pub fn is_according(doc: &Document, i: usize) -> bool {
    word(doc, i).is_some_and(|w| w.eq_ignore_ascii_case("according")) || is_per_source(doc, i)
}

/// "per the party's bylaws", "per Reuters": a source, as "according to"
/// gives one; not a rate ("per cent", "$10 per share"), nor the go-between
/// of a verb just before ("Guccifer said, per a translator, that …").
fn is_per_source(doc: &Document, i: usize) -> bool {
    let after_verb = i >= 2
        && doc.token_text(i - 1) == ","
        && word(doc, i - 2).is_some_and(lexicon::is_cue_verb);
    word(doc, i).is_some_and(|w| w.eq_ignore_ascii_case("per"))
        && word(doc, i + 1).is_some_and(|n| matches!(n, "the" | "a") || is_cap(n))
        && !after_verb
}

/// The subject before a cue at `cue`, looking no further back than `floor`.
pub fn subject_before(doc: &Document, cue: usize, floor: usize) -> Option<Phrase> {
    if let Some(name) = surname_like_function_word(doc, cue, floor) {
        return Some(name);
    }
    let mut end = cue;
    let mut aside = None;
    while let Some(k) = end.checked_sub(1).filter(|&k| k >= floor) {
        let t = doc.tokens[k];
        let w = t.text(doc.text);
        if t.kind == TokenKind::Word
            && (lexicon::is_skippable_before_cue(w) || lexicon::is_time_word(w))
            && !is_cap(w)
            || t.kind == TokenKind::Word && lexicon::is_time_word(w) && is_cap(w) && k > floor
        {
            end = k;
            if word(doc, k.wrapping_sub(1))
                .is_some_and(|p| matches!(p, "on" | "last" | "this" | "late" | "early"))
                && k > floor
            {
                end = k - 1;
            }
            continue;
        }
        if w == ")" {
            // A parenthesis: "Rep. John Mica (R-Fla.) said".
            if let Some(m) = (floor..k).rev().take(8).find(|&m| doc.token_text(m) == "(") {
                end = m;
                continue;
            }
        }
        if w == "," && aside.is_none() {
            // An aside between commas: "X, after meeting Y, said".
            let start = (floor..k)
                .rev()
                .take(MAX_ASIDE_TOKENS)
                .take_while(|&m| !ends_aside(doc, m))
                .find(|&m| doc.token_text(m) == ",");
            if let Some(m) = start {
                aside = Some((m + 1, k));
                end = m;
                // "Ramil Carr, 31, a Philadelphia photographer, said": an
                // age before the aside.
                let age = end >= floor + 2
                    && doc.tokens[end - 1].kind == TokenKind::Number
                    && doc.token_text(end - 2) == ",";
                if age {
                    end -= 2;
                }
                continue;
            }
        }
        break;
    }
    let mut first = end;
    while first > floor && end - first < MAX_PHRASE_TOKENS {
        let k = first - 1;
        let t = doc.tokens[k];
        let w = t.text(doc.text);
        match t.kind {
            TokenKind::Terminal if is_abbrev_period(doc, k) => first = k,
            TokenKind::Word if w.starts_with('\'') || w.starts_with('’') => first = k,
            TokenKind::Word if lexicon::is_pronoun(w) => {
                if first == end {
                    first = k;
                }
                break;
            }
            TokenKind::Word if is_title_of(doc, k) => first = k,
            // Marcia "Cia" Price: a nickname inside the name.
            TokenKind::Quote { .. } if is_nickname_close(doc, k, floor) => first = k - 2,
            TokenKind::Word if lexicon::is_determiner(w) => {
                first = k;
                break;
            }
            TokenKind::Word
                if lexicon::is_function_word(w)
                    || lexicon::is_cue_verb(w)
                        && !is_cap(w)
                        && !word(doc, k.wrapping_sub(1)).is_some_and(lexicon::is_determiner)
                        && !is_noun_use(doc, k) =>
            {
                break
            }
            TokenKind::Word | TokenKind::Number => first = k,
            _ => break,
        }
    }
    if first == end {
        return None;
    }
    // "the former secretary of state and current Democratic presidential
    // nominee said": two roles of one person, one determiner for both.
    let and = first
        .checked_sub(1)
        .filter(|&k| k > floor && doc.token_text(k) == "and");
    let bare_role = word(doc, first).is_some_and(|w| !lexicon::is_determiner(w))
        && word(doc, end - 1).is_some_and(lexicon::is_title_word);
    if let Some(p) = and.filter(|_| bare_role).and_then(|k| {
        person_through(doc, k, floor, end, |q| {
            word(doc, q.first).is_some_and(lexicon::is_determiner)
        })
    }) {
        return Some(p);
    }
    // "a narrator in the Clinton ad asks", "Officials at Homeland Security
    // Investigations said", "Protesters marching through the streets
    // chanted": the person the preposition places speaks, not the place.
    let placing = first.checked_sub(1).filter(|&k| {
        k > floor && is_placing_preposition(doc.token_text(k)) && doc.token_text(k) != "of"
    });
    if let Some(p) = placing
        .and_then(|k| person_through(doc, before_participle(doc, k, floor), floor, end, |_| true))
    {
        return Some(p);
    }
    // "Mr. Morgan of the Sierra Club said": the name before the preposition.
    let prep = first.checked_sub(1).filter(|&k| {
        k > floor && matches!(doc.token_text(k), "of" | "at" | "for" | "from" | "with")
    });
    if let Some(k) = prep {
        if let Some(p) =
            subject_before(doc, k, floor).filter(|p| matches!(p.head, Head::Name { .. }))
        {
            return Some(Phrase {
                role: p.role.or(Some((k, end))),
                ..p
            });
        }
        // "Only 52 percent of registered voters agreed": a share of a
        // group speaks as that share.
        let share = doc.token_text(k) == "of"
            && word(doc, k.wrapping_sub(1)).is_some_and(|q| {
                matches!(
                    q.to_ascii_lowercase().as_str(),
                    "percent" | "majority" | "minority" | "half" | "third" | "quarter" | "most"
                )
            });
        if let Some(q) = share
            .then(|| subject_before(doc, k, floor))
            .flatten()
            .filter(|q| q.head == Head::Description)
        {
            return Some(Phrase {
                first: q.first,
                end,
                head: Head::Description,
                role: None,
            });
        }
        // "the 34-year-old mother of three replied": a bare count after
        // "of" belongs to the description before it.
        let lone_count = end - first == 1
            && (doc.tokens[first].kind == TokenKind::Number
                || lexicon::is_determiner(doc.token_text(first)))
            && doc.token_text(k) == "of";
        if let Some(q) = lone_count
            .then(|| subject_before(doc, k, floor))
            .flatten()
            .filter(|q| q.head == Head::Description)
        {
            return Some(Phrase { end, ..q });
        }
        // "32% of Republican claims": the words after "of" a quantity are
        // a count of things, not a speaker.
        let counted = k
            .checked_sub(1)
            .is_some_and(|q| doc.tokens[q].kind == TokenKind::Number || doc.token_text(q) == "%");
        if counted {
            return None;
        }
    }
    // A lone determiner is no phrase ("the said"), nor is a lowercase
    // word with nothing before it mid-sentence ("relations said").
    let phrase = classify(doc, first, end)?;
    // "but in a later interview said": the object of a preposition is no
    // subject, unless it names a source ("after" and "before" may open a
    // clause: "after the man had posted").
    let after_preposition = first.checked_sub(1).is_some_and(|k| {
        k >= floor
            && matches!(
                doc.token_text(k),
                "in" | "during" | "by" | "through" | "under"
            )
    });
    if after_preposition
        && phrase.head == Head::Description
        && !(first..end)
            .any(|i| is_person_noun(doc, i) || lexicon::is_document_noun(doc.token_text(i)))
    {
        return None;
    }
    // "Another critic, Laurence H. Tribe, said": a description, then the
    // name it describes as an aside; the name speaks, in that role.
    if let Some((a, b)) = aside.filter(|_| phrase.head == Head::Description) {
        // "…, state Del. Marcia Price (D-Newport News), said".
        let b = if doc.token_text(b - 1) == ")" {
            (a..b).rfind(|&m| doc.token_text(m) == "(").unwrap_or(b)
        } else {
            b
        };
        if let Some(name) = classify(doc, a, b).filter(|n| n.first == a && n.end == b) {
            if matches!(name.head, Head::Name { .. }) {
                return Some(Phrase {
                    role: name.role.or(Some((phrase.first, phrase.end))),
                    ..name
                });
            }
        }
    }
    // "Scott Pruitt, the attorney general of Oklahoma, said": the words
    // before the verb are a role; the name before their comma speaks.
    if let Some(name) = name_before_role(doc, &phrase, floor) {
        return Some(name);
    }
    let role = phrase
        .role
        .or_else(|| aside.filter(|&(a, b)| is_role_aside(doc, a, b)));
    Some(Phrase { role, ..phrase })
}

/// The person described before token `k` ("a narrator" before "in the
/// Clinton ad", "the former secretary of state" before "and current
/// nominee"), as one description running on to `end`, when `accepts` it.
fn person_through(
    doc: &Document,
    k: usize,
    floor: usize,
    end: usize,
    accepts: impl Fn(&Phrase) -> bool,
) -> Option<Phrase> {
    let q = subject_before(doc, k, floor).filter(|q| {
        q.head == Head::Description
            && (q.first..q.end).any(|i| is_person_noun(doc, i))
            && accepts(q)
    })?;
    Some(Phrase {
        first: q.first,
        end,
        head: Head::Description,
        role: None,
    })
}

/// The name an appositive role follows ("Jane Roe, a spokeswoman for the
/// city,"): when `role` opens with an article, a title or a lowercase word
/// and a comma stands before it, the capitalised name just before that
/// comma, provided no preposition leads into the name ("In Washington, the
/// minister said" keeps the minister).
fn name_before_role(doc: &Document, role: &Phrase, floor: usize) -> Option<Phrase> {
    let w0 = word(doc, role.first)?;
    let role_like = lexicon::is_determiner(w0)
        || lexicon::is_title_word(w0)
        || !is_cap(w0)
        || role.head == Head::Description;
    let comma = role.first.checked_sub(1).filter(|&c| c > floor)?;
    if !role_like || doc.token_text(comma) != "," {
        return None;
    }
    let mut first = comma;
    while first > floor && comma - first < MAX_PHRASE_TOKENS {
        let k = first - 1;
        let w = doc.token_text(k);
        let name_word = doc.tokens[k].kind == TokenKind::Word
            && is_cap(w)
            && !lexicon::is_function_word(w)
            && !lexicon::is_determiner(w)
            && !lexicon::is_time_word(w)
            && !lexicon::is_connective(w);
        if name_word || is_abbrev_period(doc, k) || is_title_of(doc, k) {
            first = k;
        } else {
            break;
        }
    }
    let lead = first.checked_sub(1).filter(|&k| k >= floor);
    let led_in = lead.is_some_and(|k| {
        doc.tokens[k].kind == TokenKind::Word
            && (lexicon::is_function_word(doc.token_text(k))
                || !is_cap(doc.token_text(k)) && !lexicon::is_cue_verb(doc.token_text(k)))
    });
    if first == comma || led_in {
        return None;
    }
    let name = classify(doc, first, comma)?;
    matches!(name.head, Head::Name { .. }).then_some(Phrase {
        role: name.role.or(Some((role.first, role.end))),
        ..name
    })
}

/// The subject after a cue ending at `after` ("said Caddell, a pollster"),
/// looking no further than `ceil`.
pub fn subject_after(doc: &Document, after: usize, ceil: usize) -> Option<Phrase> {
    let mut first = after;
    while first < ceil
        && word(doc, first).is_some_and(|w| {
            lexicon::is_time_word(w)
                || w == "on" && word(doc, first + 1).is_some_and(lexicon::is_time_word)
        })
    {
        first += 1;
    }
    // "With Democratic leaders worried, …", "While celebrating, …": a
    // preposition or conjunction opens no phrase ("Will Doyle" may).
    let opens_phrase = word(doc, first).is_some_and(|w0| {
        is_cap(w0) && !opens_clause(w0)
            || lexicon::is_determiner(w0)
            || lexicon::is_pronoun(w0)
            || lexicon::is_title_word(w0)
    });
    if !opens_phrase && !descriptors_then_name(doc, first, ceil) {
        return None;
    }
    let mut end = first;
    while end < ceil && end - first < MAX_PHRASE_TOKENS {
        let t = doc.tokens[end];
        let w = t.text(doc.text);
        let ok = match t.kind {
            TokenKind::Word => {
                // "An early tweet quoted …": a speech noun goes on with
                // the phrase; a speech verb ends it.
                // "The Republican nominee also outlined": an adverb or
                // auxiliary before the verb ends it too.
                end == first
                    || !(lexicon::is_function_word(w)
                        || lexicon::is_cue_verb(w) && !is_noun_use(doc, end)
                        || is_verb_after_name(doc, end)
                        || lexicon::is_skippable_before_cue(w) && !is_cap(w))
                    || is_title_of(doc, end)
            }
            TokenKind::Terminal => is_abbrev_period(doc, end),
            TokenKind::Number => true,
            // "9/11 widow Jane Roe"
            TokenKind::Punct => {
                doc.token_text(end) == "/"
                    && end > first
                    && doc.tokens[end - 1].kind == TokenKind::Number
            }
            _ => false,
        };
        if !ok {
            break;
        }
        end += 1;
        if lexicon::is_pronoun(w) && end == first + 1 {
            break;
        }
    }
    let end = relation_tail(doc, end, ceil);
    let end = placed_tail(doc, end, ceil);
    let phrase = classify(doc, first, end)?;
    // An appositive after a comma: ", a spokesman for the ministry,".
    let role = phrase.role.or_else(|| {
        (end < ceil && doc.token_text(end) == ",")
            .then(|| appositive(doc, end + 1, ceil))
            .flatten()
    });
    Some(Phrase { role, ..phrase })
}

/// "a person close to the Clintons", "the base chief known as Bob": the
/// words that say whose a source is belong to its phrase. Returns the
/// phrase's new end.
fn relation_tail(doc: &Document, end: usize, ceil: usize) -> usize {
    let linked = end >= 1
        && matches!(
            (word(doc, end - 1), word(doc, end)),
            (Some("close"), Some("to")) | (Some("known"), Some("as"))
        );
    if !linked {
        return end;
    }
    let mut k = end + 1;
    if word(doc, k).is_some_and(lexicon::is_determiner) {
        k += 1;
    }
    let name_start = k;
    while k < ceil && (word(doc, k).is_some_and(is_cap) || is_abbrev_period(doc, k)) {
        k += 1;
    }
    if k > name_start {
        k
    } else {
        end
    }
}

/// A capitalised preposition or conjunction, which opens an adverbial
/// phrase or a clause rather than a speaker's name; "There's still time"
/// has no speaker either.
fn opens_clause(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "with"
            | "without"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "by"
            | "after"
            | "before"
            | "during"
            | "while"
            | "if"
            | "when"
            | "as"
            | "amid"
            | "despite"
            | "since"
            | "until"
            | "although"
            | "though"
            | "because"
            | "unless"
            | "whether"
            | "once"
            | "upon"
            | "under"
            | "among"
            | "there"
    )
}

/// "said one Democratic source on the panel": a short place after an
/// unnamed source, ending the clause, belongs to its phrase. Returns the
/// phrase's new end.
fn placed_tail(doc: &Document, end: usize, ceil: usize) -> usize {
    let source = end >= 1 && word(doc, end - 1).is_some_and(lexicon::is_anonymous_noun);
    let placed =
        word(doc, end).is_some_and(|w| matches!(w, "on" | "at" | "in" | "inside" | "within"));
    if !source || !placed {
        return end;
    }
    // "One operative inside Trump Tower": a name places it.
    let name_end = (end + 1..ceil.min(end + 5))
        .find(|&k| !word(doc, k).is_some_and(|w| is_cap(w) && !lexicon::is_time_word(w)))
        .unwrap_or(ceil.min(end + 5));
    if name_end > end + 1 {
        return name_end;
    }
    if !word(doc, end + 1).is_some_and(|w| matches!(w, "the" | "a")) {
        return end;
    }
    let tail_end = (end + 2..ceil.min(end + 6)).find(|&k| word(doc, k).is_none());
    let closes = tail_end.is_some_and(|k| {
        matches!(doc.tokens[k].kind, TokenKind::Terminal) || doc.token_text(k) == ","
    }) || tail_end.is_none() && end + 6 > ceil;
    match tail_end {
        Some(k) if closes && k > end + 2 => k,
        None if closes && ceil > end + 2 => ceil,
        _ => end,
    }
}

/// A lowercase verb right after a capitalised word ("Trump attacked
/// Clinton", "Roe has said"): the name's clause goes on, its phrase ends.
fn is_verb_after_name(doc: &Document, i: usize) -> bool {
    let Some(w) = word(doc, i) else {
        return false;
    };
    let after_cap = i
        .checked_sub(1)
        .and_then(|p| word(doc, p))
        .is_some_and(|p| is_cap(p) && !lexicon::is_title_word(p));
    // "Several environmental groups granted Clarke an extension": a
    // past tense after a plural noun, with its object after it.
    let after_plural = i
        .checked_sub(1)
        .and_then(|p| word(doc, p))
        .is_some_and(|p| {
            !is_cap(p)
                && !p.starts_with(['\'', '’'])
                && p.len() > 3
                && p.ends_with('s')
                && !p.ends_with("ss")
        })
        && word(doc, i + 1).is_some_and(|n| is_cap(n) || lexicon::is_determiner(n));
    (after_cap || after_plural)
        && !is_cap(w)
        && (lexicon::is_skippable_before_cue(w)
            || lexicon::is_naming_verb(w)
            || w.len() > 4 && w.ends_with("ed"))
}

/// "said 9/11 widow Jane Roe", "said longtime pollster Pat Caddell": a few
/// lowercase words or numbers, then a capitalised name.
fn descriptors_then_name(doc: &Document, first: usize, ceil: usize) -> bool {
    let descriptor = |k: usize| {
        let t = doc.tokens[k];
        let w = t.text(doc.text);
        t.kind == TokenKind::Number
            || t.kind == TokenKind::Punct && w == "/" && k > first
            || t.kind == TokenKind::Word
                && !is_cap(w)
                && !lexicon::is_function_word(w)
                && !lexicon::is_cue_verb(w)
                && !lexicon::is_time_word(w)
    };
    let lead = (first..ceil)
        .take(MAX_DESCRIPTORS)
        .take_while(|&k| descriptor(k))
        .count();
    lead > 0
        && first + lead < ceil
        && word(doc, first + lead).is_some_and(|w| {
            is_cap(w) && !lexicon::is_function_word(w) && !lexicon::is_time_word(w)
        })
}

/// ", the former governor of Vermont," — role words after a comma.
fn appositive(doc: &Document, first: usize, ceil: usize) -> Option<(usize, usize)> {
    let w0 = word(doc, first)?;
    if !(lexicon::is_determiner(w0) || lexicon::is_title_word(w0)) {
        return None;
    }
    let end = (first..ceil)
        .take(14)
        .find(|&i| {
            matches!(
                doc.tokens[i].kind,
                TokenKind::Terminal | TokenKind::Quote { .. } | TokenKind::Dash
            ) || matches!(doc.token_text(i), "," | ";" | ":" | "(" | ")")
                || lexicon::is_cue_verb(doc.token_text(i))
                || doc.token_text(i) == "who"
        })
        .unwrap_or(ceil.min(first + 14));
    is_role_aside(doc, first, end).then_some((first, end))
}

/// An aside that reads as a role: starts with an article or a title word
/// and holds a title word ("a spokesman for the campaign").
fn is_role_aside(doc: &Document, first: usize, end: usize) -> bool {
    // "McCrory's opponent in the election": a possessor's person.
    let possessed = word(doc, first).is_some_and(is_cap)
        && matches!(word(doc, first + 1), Some("'s" | "’s"))
        && word(doc, first + 2).is_some_and(|w| !is_cap(w));
    // "Silverman, herself a Sanders supporter, incurred …".
    let reflexive = word(doc, first)
        .is_some_and(|w| matches!(w, "himself" | "herself" | "themselves" | "itself"));
    end > first
        && (possessed
            || reflexive
            || word(doc, first)
                .is_some_and(|w| lexicon::is_determiner(w) || lexicon::is_title_word(w))
                && (first..end).any(|i| {
                    lexicon::is_title_word(doc.token_text(i))
                        || lexicon::is_anonymous_noun(doc.token_text(i))
                }))
}

/// "for his part", "in turn", "however": a few lowercase words between
/// commas that leave the clause's subject as it was.
fn is_short_aside(doc: &Document, first: usize, end: usize) -> bool {
    end > first
        && end - first <= 3
        && (first..end)
            .all(|i| word(doc, i).is_some_and(|w| !is_cap(w) && !lexicon::is_cue_verb(w)))
}

/// "R-Wis.", "D-N.Y.": a lawmaker's party and state after their name.
fn is_party_tag(doc: &Document, first: usize, end: usize) -> bool {
    let party = word(doc, first).is_some_and(|w| {
        let mut c = w.chars();
        matches!(c.next(), Some('R' | 'D' | 'I'))
            && c.next() == Some('-')
            && c.next().is_some_and(char::is_uppercase)
    });
    party
        && (first + 1..end).all(|i| {
            is_abbrev_period(doc, i) || doc.token_text(i) == "." || word(doc, i).is_some_and(is_cap)
        })
}

/// Decides what heads the phrase `[first, end)`; `None` when it names no
/// one.
fn classify(doc: &Document, first: usize, end: usize) -> Option<Phrase> {
    // "what's today typically called": a clitic alone is no phrase.
    let clitic_only = (first..end).all(|i| doc.token_text(i).starts_with(['\'', '’']));
    if end <= first || clitic_only {
        return None;
    }
    let end = if end - first >= 2 && ends_in_verb(doc.token_text(end - 1)) {
        end - 1
    } else {
        end
    };
    // A phrase never runs over a full stop, nor ends in a pronoun after
    // other words ("New York. I").
    let crosses_sentence = (first..end)
        .any(|i| doc.tokens[i].kind == TokenKind::Terminal && !is_abbrev_period(doc, i));
    if crosses_sentence || end - first > 1 && lexicon::is_pronoun(doc.token_text(end - 1)) {
        return None;
    }
    let last = doc.token_text(end - 1);
    // "the 56-year-old" stands for a person named before, as a pronoun
    // does.
    let epithet = end - first <= 2 && is_age_epithet(last);
    if end - first == 1 && lexicon::is_pronoun(last) || epithet {
        let first = end - 1;
        return Some(Phrase {
            first,
            end,
            head: Head::Pronoun,
            role: None,
        });
    }
    // A name: the capitalised run at the end, titles before it.
    let mut run = end;
    while run > first {
        let w = doc.token_text(run - 1);
        let cap_word = doc.tokens[run - 1].kind == TokenKind::Word
            && is_cap(w)
            && !lexicon::is_function_word(w)
            && !lexicon::is_determiner(w);
        if cap_word
            || is_title_of(doc, run - 1)
            || is_abbrev_period(doc, run - 1)
            || is_nickname_mark(doc, run - 1)
        {
            run -= 1;
        } else {
            break;
        }
    }
    while run < end && matches!(doc.token_text(run), "of" | ".") {
        run += 1;
    }
    // "One operative inside Trump Tower", "an aide to Senator Roe": the
    // name places or serves the unnamed source; the source speaks.
    let placed_source = (first + 1..run).any(|k| {
        matches!(
            doc.token_text(k),
            "inside" | "in" | "at" | "to" | "for" | "close" | "near" | "within" | "from"
        ) && lexicon::is_anonymous_noun(doc.token_text(k - 1))
    });
    // "CONGRESS HAS INVESTIGATED HIM": a heading in capitals names no one.
    let heading = end >= run + 3
        && (run..end).all(|i| {
            word(doc, i).is_none_or(|w| !w.chars().any(|c| c.is_alphabetic() && c.is_lowercase()))
        });
    if run < end && !placed_source && !heading {
        let sentence_start = is_sentence_start(doc, run);
        let mut name_first = (run..end)
            .rev()
            .find(|&i| lexicon::is_title_word(doc.token_text(i)))
            .map_or(run, |t| t + 1);
        // The period of an abbreviated title ("Del. Stacey Plaskett").
        while name_first < end && doc.token_text(name_first) == "." {
            name_first += 1;
        }
        // "Officials said" is common; "Sanders delivered" is a surname.
        let surname = crate::kb::is_surname(last) && !crate::kb::is_common_word(last);
        let lone_common = end - run == 1
            && (sentence_start && !lexicon::is_title_word(last) && looks_common(last) && !surname
                || lexicon::is_connective(last));
        if name_first < end
            && !lone_common
            && !lexicon::is_anonymous_noun(last)
            && !lexicon::is_document_noun(last)
        {
            // "the base chief known as Bob": the role stops before "known as".
            let known_as = name_first >= first + 2
                && word(doc, name_first - 2) == Some("known")
                && word(doc, name_first - 1) == Some("as");
            let role_end = if known_as { name_first - 2 } else { name_first };
            let role = (role_end > first)
                .then_some((first, role_end))
                .filter(|&(a, b)| {
                    (a..b).any(|i| {
                        lexicon::is_title_word(doc.token_text(i))
                            || lexicon::is_anonymous_noun(doc.token_text(i))
                    })
                });
            return Some(Phrase {
                first,
                end,
                head: Head::Name { name_first },
                role,
            });
        }
    }
    // A description must have a noun head we recognise or be plural.
    let describes = lexicon::is_document_noun(last)
        || lexicon::is_anonymous_noun(last)
        || lexicon::is_title_word(last)
        || lexicon::is_org_word(last)
        || looks_plural(last)
        || last == "percent"
        || is_cap(last) && !is_sentence_start(doc, end - 1);
    // "the announcer", "the New York businessman", "Gary Roe's doctor": a
    // noun phrase an article or a possessive opens, ending in a word.
    let noun_phrase = end - first >= 2
        && doc.tokens[end - 1].kind == TokenKind::Word
        && (lexicon::is_determiner(doc.token_text(first))
            || (first + 1..end - 1).any(|i| matches!(doc.token_text(i), "'s" | "’s")));
    // "the said" is no phrase; "Another tweeted", "Several said" are.
    let quantifier = end - first == 1 && is_cap(last) && is_quantifier(last);
    let only_determiner = end - first == 1 && lexicon::is_determiner(last) && !quantifier;
    ((describes || noun_phrase || quantifier) && !only_determiner).then_some(Phrase {
        first,
        end,
        head: Head::Description,
        role: None,
    })
}

/// "the order released", "Its salvo began": a phrase that ran on into
/// its verb ends before it.
fn ends_in_verb(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    !is_cap(w)
        && (lower.len() > 4 && lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "began"
                    | "became"
                    | "brought"
                    | "came"
                    | "felt"
                    | "found"
                    | "gave"
                    | "got"
                    | "held"
                    | "kept"
                    | "knew"
                    | "left"
                    | "made"
                    | "ran"
                    | "saw"
                    | "took"
                    | "went"
                    | "won"
            ))
}

fn is_sentence_start(doc: &Document, i: usize) -> bool {
    match i.checked_sub(1).map(|p| doc.tokens[p].kind) {
        None => true,
        Some(TokenKind::Terminal) => true,
        Some(TokenKind::Quote { .. }) => true,
        _ => doc
            .sentence_at(doc.tokens[i].start)
            .is_some_and(|s| doc.sentences[s].tokens.start == i),
    }
}

/// A plural common noun ("officials", "critics", "people").
fn looks_plural(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    (lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") && lower.len() > 3)
        || matches!(
            lower.as_str(),
            "people" | "police" | "women" | "men" | "children"
        )
}

/// A capitalised sentence-initial word that is probably an ordinary noun.
fn looks_common(w: &str) -> bool {
    looks_plural(w)
        || lexicon::is_document_noun(w)
        || lexicon::is_anonymous_noun(w)
        || lexicon::is_org_word(w)
}

/// The subject of the clause a participle cue hangs on ("During the speech,
/// Trump attacked Clinton, saying …" → Trump): the first phrase that opens
/// the sentence or follows one of its commas.
pub fn clause_subject(doc: &Document, floor: usize, cue: usize) -> Option<Phrase> {
    // A comma before its closing mark ends a clause too: "On "Face the
    // Nation," Sen. Bernie Sanders …".
    let after_comma = |p: usize| {
        doc.token_text(p - 1) == ","
            || p >= floor + 2
                && matches!(doc.tokens[p - 1].kind, TokenKind::Quote { .. })
                && doc.token_text(p - 2) == ","
    };
    // "As the debate progressed and Trump stood by his comment that …":
    // a name opening a clause after "and" or "but", in the quotation's own
    // stretch of the sentence (no comma between).
    let after_conjunction = |p: usize| {
        p > floor + 1
            && matches!(doc.token_text(p - 1), "and" | "but")
            && word(doc, p).is_some_and(is_cap)
            && !(p..cue).any(|k| doc.token_text(k) == ",")
    };
    // Each clause start, and whether only a name may open it there.
    (floor..cue)
        .filter_map(|p| {
            if p == floor || after_comma(p) {
                Some((p, false))
            } else {
                after_conjunction(p).then_some((p, true))
            }
        })
        // "Worried about turnout, Obama …": a participle opening the
        // sentence is no subject.
        .filter(|&(p, _)| {
            !word(doc, p).is_some_and(|w| is_cap(w) && (w.ends_with("ed") || w.ends_with("ing")))
        })
        .find_map(|(p, name_only)| {
            let name = name_opening(doc, p, cue);
            if name_only {
                return name;
            }
            name.or_else(|| {
                subject_after(doc, p, cue)
                    .and_then(|ph| coordinated(doc, ph, cue))
                    .filter(|ph| {
                        ph.end < cue
                            && doc.tokens[ph.end].kind == TokenKind::Word
                            && !is_adverbial(doc, ph)
                    })
            })
        })
}

/// "Trump and Ryan pledged …": a subject that goes on with "and" takes
/// in what follows it, as a group, when a verb follows that; "the Arizona
/// sheriff and anti-immigration hard-liner, Trump launched …" is no
/// subject at all.
fn coordinated(doc: &Document, ph: Phrase, cue: usize) -> Option<Phrase> {
    if !matches!(doc.token_text(ph.end), "and" | "or") {
        return Some(ph);
    }
    let next = subject_after(doc, ph.end + 1, cue).filter(|q| {
        q.end < cue && word(doc, q.end).is_some_and(|w| !is_cap(w) && !lexicon::is_function_word(w))
    })?;
    Some(Phrase {
        first: ph.first,
        end: next.end,
        head: Head::Description,
        role: None,
    })
}

/// "Hours later, …", "Immediately after the attacks, …": a phrase opening
/// the sentence that tells when, not who.
fn is_adverbial(doc: &Document, ph: &Phrase) -> bool {
    let lone_adverb = ph.end - ph.first == 1
        && word(doc, ph.first).is_some_and(|w| {
            w.len() > 4 && w.ends_with("ly")
                || matches!(
                    w,
                    "Outside"
                        | "Inside"
                        | "Across"
                        | "Near"
                        | "Behind"
                        | "Beyond"
                        | "Amid"
                        | "Despite"
                )
        });
    lone_adverb || word(doc, ph.end).is_some_and(|w| lexicon::is_time_word(w) || w == "ago")
}

/// A capitalised name opening a clause at `p` and followed by a verb
/// ("Donald Trump went to Twitter to say …"); a one-word name needs a
/// plain verb after it, since "Small groups" opens with an adjective.
fn name_opening(doc: &Document, p: usize, cue: usize) -> Option<Phrase> {
    let mut end = p;
    while end < cue
        && (word(doc, end).is_some_and(|w| {
            is_cap(w) && !lexicon::is_function_word(w) && !lexicon::is_connective(w)
        }) || end > p && is_abbrev_period(doc, end))
    {
        end += 1;
    }
    // A verb follows, not a possessive; one capitalised word alone may be
    // an adjective ("Small groups of protesters").
    // "Dean, a medical doctor, then appeared": an appositive between the
    // name and its verb is stepped over.
    let mut after = end;
    // "Sen. Bernie Sanders (Vt.) identified": a parenthesis too.
    if after < cue && doc.token_text(after) == "(" {
        if let Some(close) =
            (after + 1..cue.min(after + 1 + MAX_ASIDE_TOKENS)).find(|&k| doc.token_text(k) == ")")
        {
            after = close + 1;
        }
    }
    if after < cue && doc.token_text(after) == "," {
        if let Some(close) = (after + 1..cue.min(after + 1 + MAX_ASIDE_TOKENS))
            .find(|&k| doc.token_text(k) == ",")
            .filter(|&k| {
                is_role_aside(doc, after + 1, k)
                    || is_party_tag(doc, after + 1, k)
                    || word(doc, after + 1) == Some("who")
                    || is_short_aside(doc, after + 1, k)
            })
        {
            after = close + 1;
        }
    }
    let followed_by_verb =
        after < cue && word(doc, after).is_some_and(|w| !is_cap(w) && !w.starts_with(['\'', '’']));
    let plainly_a_verb = after > end
        || after < cue
            && word(doc, after).is_some_and(|w| {
                w.len() > 3 && w.ends_with("ed")
                    || w.ends_with("n't")
                    || w.ends_with("n’t")
                    || matches!(
                        w,
                        "took"
                            | "went"
                            | "told"
                            | "said"
                            | "says"
                            | "made"
                            | "gave"
                            | "has"
                            | "had"
                            | "is"
                            | "was"
                            | "will"
                            | "would"
                            | "also"
                            | "did"
                            | "does"
                            | "can"
                            | "could"
                            | "should"
                            | "may"
                            | "might"
                            | "must"
                    )
            });
    if end == p || end < p + 2 && !plainly_a_verb || !followed_by_verb {
        return None;
    }
    classify(doc, p, end).filter(|ph| matches!(ph.head, Head::Name { .. }))
}

/// A preposition that places a person ("a narrator in the ad", "the
/// mother of three").
fn is_placing_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "on" | "of" | "inside" | "within" | "through" | "from" | "for" | "with"
    )
}

/// The token heading the description `[first, end)`: its last word, or
/// the last before a preposition that places it ("a narrator in the
/// Clinton ad", "the mother of three").
pub fn description_head(doc: &Document, first: usize, end: usize) -> usize {
    (first + 1..end)
        .find(|&k| {
            is_placing_preposition(doc.token_text(k)) && (first..k).any(|i| is_person_noun(doc, i))
        })
        .map_or(end - 1, |k| before_participle(doc, k, first) - 1)
}

/// Where a person's words end before the preposition at `k`: before a
/// participle that stands between them ("Protesters marching through"),
/// if the words after `floor` hold more than it.
fn before_participle(doc: &Document, k: usize, floor: usize) -> usize {
    if k > floor + 1 && word(doc, k - 1).is_some_and(|w| w.ends_with("ing")) {
        k - 1
    } else {
        k
    }
}

/// A noun for a person or people ("narrator", "officials",
/// "protesters"), singular or plural.
pub fn is_person_noun(doc: &Document, i: usize) -> bool {
    let Some(w) = word(doc, i) else {
        return false;
    };
    let one = w.strip_suffix('s').filter(|o| o.len() > 2).unwrap_or(w);
    let known = |w: &str| {
        lexicon::is_title_word(w)
            || lexicon::is_anonymous_noun(w)
            || lexicon::gender_of_word(w).is_some_and(|_| !lexicon::is_pronoun(w))
    };
    known(w)
        || known(one)
        || matches!(
            one.to_ascii_lowercase().as_str(),
            "protester" | "demonstrator" | "voter" | "resident" | "supporter" | "critic" | "leader"
        )
}

/// True for a participle cue ("saying", "adding").
pub fn is_participle(doc: &Document, i: usize) -> bool {
    word(doc, i).is_some_and(|w| w.ends_with("ing") && w != "according")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document<'_> {
        Document::from_plain_text(text)
    }

    fn cue(d: &Document, w: &str) -> usize {
        (0..d.tokens.len()).find(|&i| d.token_text(i) == w).unwrap()
    }

    fn text(d: &Document, a: usize, b: usize) -> String {
        super::super::names::join(d, a, b)
    }

    #[test]
    fn a_titled_name_before_the_verb() {
        let d = doc("Foreign Minister Sergey Lavrov said it.");
        let p = subject_before(&d, cue(&d, "said"), 0).unwrap();
        let Head::Name { name_first } = p.head else {
            panic!()
        };
        assert_eq!(text(&d, name_first, p.end), "Sergey Lavrov");
        assert_eq!(
            text(&d, p.role.unwrap().0, p.role.unwrap().1),
            "Foreign Minister"
        );
    }

    #[test]
    fn an_aside_between_subject_and_verb_is_skipped() {
        let d = doc("Rex Tillerson, after meeting Putin on Wednesday, said ties are bad.");
        let p = subject_before(&d, cue(&d, "said"), 0).unwrap();
        assert_eq!(text(&d, p.first, p.end), "Rex Tillerson");
    }

    #[test]
    fn an_anonymous_description() {
        let d = doc("Now, one U.S. official tells me, things changed.");
        let p = subject_before(&d, cue(&d, "tells"), 0).unwrap();
        assert_eq!(p.head, Head::Description);
        assert_eq!(text(&d, p.first, p.end), "one U.S. official");
    }

    #[test]
    fn an_inverted_subject_with_an_appositive_role() {
        let d = doc("said Pat Caddell, a longtime pollster, on Monday.");
        let p = subject_after(&d, 1, d.tokens.len()).unwrap();
        assert_eq!(text(&d, p.first, p.end), "Pat Caddell");
        assert_eq!(
            text(&d, p.role.unwrap().0, p.role.unwrap().1),
            "a longtime pollster"
        );
    }

    #[test]
    fn a_lowercase_clause_is_no_speaker() {
        let d = doc("said relations are bad.");
        assert!(subject_after(&d, 1, d.tokens.len()).is_none());
    }
}
