//! Quotes: quotations in the text and who said each one.
//!
//! One forward pass: [`marks`] pairs the quotation marks; for each quoted
//! span, [`attribute`] reads the speech verb and speaker phrase its own
//! sentence gives ([`phrase`], [`lexicon`]); failing that, the speaker is
//! carried over from the quotation it continues, the one before it in the
//! paragraph, or the reported speech it follows; otherwise it stays
//! unknown — the pass never guesses a speaker the text does not give.
//! Names are shown in full with their role: from the entity pass when it
//! knows the speaker, else from [`names`], the article's own fullest form
//! ("Tillerson" → "Rex Tillerson, Secretary of State").
//!
//! Speakers the entity pass missed are not added to the entities: the
//! quote carries `speaker_name` (and `speaker: None`), so entity ids stay
//! the entity pass's alone.

mod attribute;
mod lexicon;
mod marks;
mod names;
mod phrase;

use std::ops::Range;

use crate::entities::{Gender, Recognised};
use crate::model::{EntityType, Quote, QuoteKind, Span, SpeakerKind};
use crate::text::tokens::TokenKind;
use crate::text::Document;
use attribute::{Found, Pattern, Window};
use marks::Marked;
use names::{Names, Sex};
use phrase::Head;

/// A quotation of at most this many words, with no speech verb in its
/// sentence, is a scare quote or a title, not a quotation.
const SCARE_QUOTE_MAX_WORDS: usize = 2;

/// The longest title in title case, in words, told from a quotation by its
/// place after "on", "of", "'s"….
const TITLE_MAX_WORDS: usize = 7;

/// How far back, in name mentions, a pronoun looks for its person.
const PRONOUN_LOOKBACK_MENTIONS: usize = 30;

/// How far back, in tokens, a quotation looks for reported speech to
/// continue.
const REPORTED_SPEECH_LOOKBACK: usize = 60;

/// Finds the quotations of `doc` and attributes each to a speaker. Entities
/// are read, not added to (see the module notes).
pub fn find(doc: &Document, entities: &mut Recognised) -> Vec<Quote> {
    // A nickname is part of a name and a title names a work ("stating on
    // NBC's "Meet the Press" that …"): neither is a quotation, nor a
    // neighbour that bounds the quotations around it.
    let marked: Vec<Marked> = marks::find(doc)
        .into_iter()
        .filter(|m| m.block || m.continued || !(is_nickname(doc, m) || is_title(doc, m)))
        .collect();
    let mut names = Names::of(doc);
    let speech = SpeechCounts::of(doc);
    let quoted: Vec<Range<usize>> = marked
        .iter()
        .map(|m| m.open.unwrap_or(m.tokens.start)..m.close_end.unwrap_or(m.tokens.end))
        .collect();
    let mut out: Vec<Quote> = Vec::with_capacity(marked.len());
    let mut kept: Vec<(usize, Option<Speaker>)> = Vec::with_capacity(marked.len());
    let mut last_speaker: Option<(usize, Speaker)> = None;
    for (qi, m) in marked.iter().enumerate() {
        let w = window(
            doc,
            m,
            quoted.get(qi.wrapping_sub(1)).filter(|_| qi > 0),
            quoted.get(qi + 1),
        );
        let own = if m.block {
            attribute::signature(doc, m.para + 1)
        } else {
            attribute::attribute(doc, &w, m.tokens.clone(), &quoted[qi + 1..]).or_else(|| {
                fills_paragraph(doc, m)
                    .then(|| attribute::signature(doc, m.para + 1))
                    .flatten()
            })
        };
        let plain = !m.block && !m.continued;
        // "(CROSSTALK.)" is nobody's words, even inside a transcript whose
        // paragraphs each reopen the quotation.
        let skipped = is_stage_direction(doc, m)
            || plain
                && own.is_none()
                && (is_scare_quote(doc, m, &w, &speech) || is_heading(doc, m));
        if skipped {
            continue;
        }
        let mut ctx = Resolver {
            doc,
            entities,
            names: &mut names,
            last_speaker: last_speaker.as_ref(),
            quoted: &quoted,
        };
        // "as Trump went on about "…" and "…"": a quotation joined by
        // "and" to one its clause introduced shares its speaker, over a
        // verb further on.
        let joined = joined_speaker(doc, &w, own.as_ref(), &kept, &marked);
        let speaker = match own {
            _ if joined.is_some() => joined,
            Some(found) => ctx.resolve(&found, confidence(found.pattern)),
            None => carried(doc, m, &w, &kept, &marked, &quoted, &mut ctx),
        };
        if let Some(s) = speaker.as_ref().filter(|s| s.kind != SpeakerKind::Unknown) {
            last_speaker = Some((m.para, s.clone()));
        }
        out.push(quote(doc, m, &w, speaker.as_ref()));
        kept.push((qi, speaker));
    }
    out
}

/// The speaker of the quotation kept just before, when only "and", "or"
/// or a comma stands between the two, that one's cue came before it, and
/// this one's own attribution, if any, is a verb further on.
fn joined_speaker(
    doc: &Document,
    w: &Window,
    own: Option<&Found>,
    kept: &[(usize, Option<Speaker>)],
    marked: &[Marked],
) -> Option<Speaker> {
    let (pi, Some(prev)) = kept.last()? else {
        return None;
    };
    let pm = &marked[*pi];
    let prev_close = pm.close_end?;
    let only_joins = prev_close < w.open
        && (prev_close..w.open).all(|i| matches!(doc.token_text(i), "and" | "or" | ","))
        && (prev_close..w.open).any(|i| matches!(doc.token_text(i), "and" | "or"));
    let introduced = prev
        .cue
        .is_some_and(|c| c.end <= doc.tokens[pm.open.unwrap_or(pm.tokens.start)].start);
    let own_later = own.is_none_or(|f| f.pattern == Pattern::InSentence && f.cue.0 >= w.close_end);
    // The cue stays, so a third quotation joined on shares it too.
    (only_joins && introduced && own_later).then(|| Speaker {
        confidence: prev.confidence * 0.9,
        span: None,
        ..prev.clone()
    })
}

/// The attribution window of quotation `m`, bounded by its sentence and
/// by its neighbouring quotations.
fn window(
    doc: &Document,
    m: &Marked,
    prev: Option<&Range<usize>>,
    next: Option<&Range<usize>>,
) -> Window {
    let open = m.open.unwrap_or(m.tokens.start);
    let close_end = m.close_end.unwrap_or(m.tokens.end);
    let sentence_of = |i: usize| {
        doc.tokens
            .get(i)
            .and_then(|t| doc.sentence_at(t.start))
            .map(|s| &doc.sentences[s])
    };
    let para = &doc.paras[m.para];
    let floor = sentence_of(open).map_or(para.tokens.start, |s| s.tokens.start);
    let floor = prev
        .filter(|r| r.end <= open && r.end > floor)
        .map_or(floor, |r| r.end);
    let sentence_end = sentence_of(close_end.saturating_sub(1))
        .map_or(para.tokens.end, |s| s.tokens.end.max(close_end));
    let sentence_end = sentence_end.min(para.tokens.end).max(close_end);
    // A closing mark that ends its sentence ("…?” Vitter asked.) leaves the
    // attribution to the next one, when the quotation is the whole sentence:
    // a partial quote ending its sentence ("Japan branded North Korea an
    // “outlaw nation.” Russia insisted …") belongs to its own clause.
    let opens_sentence = (floor..open).all(|i| !doc.tokens[i].is_wordlike());
    let after_end = if sentence_end == close_end && opens_sentence {
        sentence_of(close_end)
            .map_or(sentence_end, |s| s.tokens.end)
            .min(para.tokens.end)
            .max(close_end)
    } else {
        sentence_end
    };
    let ceil = next
        .filter(|r| r.start >= close_end && r.start < after_end)
        .map_or(after_end, |r| r.start);
    Window {
        floor,
        open,
        close_end,
        ceil,
        sentence_end,
    }
}

/// A scare quote: a word or two in a sentence with no speech or naming
/// verb anywhere outside the quotation ("the so-called “reform”").
fn is_scare_quote(doc: &Document, m: &Marked, w: &Window, speech: &SpeechCounts) -> bool {
    let words = m
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].is_wordlike())
        .count();
    if words > SCARE_QUOTE_MAX_WORDS {
        return false;
    }
    let sentence_start = doc
        .tokens
        .get(w.open)
        .and_then(|t| doc.sentence_at(t.start))
        .map_or(w.floor, |s| doc.sentences[s].tokens.start.min(w.floor));
    let in_sentence = speech.between(sentence_start, w.sentence_end);
    let in_quote = speech.between(
        m.tokens.start.max(sentence_start),
        m.tokens.end.min(w.sentence_end).max(sentence_start),
    );
    in_sentence == in_quote
}

/// Speech and naming verbs counted up to each token, so whether a span
/// holds one is two look-ups: a sentence of a thousand short quotations
/// is not scanned a thousand times.
struct SpeechCounts(Vec<u32>);

impl SpeechCounts {
    fn of(doc: &Document) -> Self {
        let mut counts = Vec::with_capacity(doc.tokens.len() + 1);
        let mut n = 0u32;
        counts.push(n);
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind == TokenKind::Word && lexicon::is_speech_act(doc.token_text(i)) {
                n += 1;
            }
            counts.push(n);
        }
        Self(counts)
    }

    /// Speech verbs among tokens `[from, to)`.
    fn between(&self, from: usize, to: usize) -> u32 {
        let at = |i: usize| self.0[i.min(self.0.len() - 1)];
        at(to).saturating_sub(at(from))
    }
}

/// A paragraph that is nothing but a short quoted phrase in title case
/// ("'All Bets Are Off.'"): a subheading some papers set in quotation
/// marks, not words anyone is quoted as saying.
fn is_heading(doc: &Document, m: &Marked) -> bool {
    let para = &doc.paras[m.para];
    let open = m.open.unwrap_or(m.tokens.start);
    let close_end = m.close_end.unwrap_or(m.tokens.end);
    let whole = open == para.tokens.start
        && (close_end..para.tokens.end).all(|i| doc.tokens[i].kind != TokenKind::Word);
    let words = m
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count();
    whole && (1..=TITLE_MAX_WORDS).contains(&words) && in_title_case(doc, m.tokens.clone())
}

/// A nickname inside a name, as in Marcia "Cia" Price: a short quotation
/// in title case between two capitalised words.
fn is_nickname(doc: &Document, m: &Marked) -> bool {
    let cap_word = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && doc
                .token_text(i)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    let words = m
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].is_wordlike())
        .count();
    let (Some(open), Some(close_end)) = (m.open, m.close_end) else {
        return false;
    };
    let para = &doc.paras[m.para];
    let no_stop = m
        .tokens
        .clone()
        .all(|i| doc.tokens[i].kind != TokenKind::Terminal);
    (1..=3).contains(&words)
        && no_stop
        && in_title_case(doc, m.tokens.clone())
        && open.checked_sub(1).is_some_and(cap_word)
        && close_end < para.tokens.end
        && cap_word(close_end)
}

/// Every word among `tokens` capitalised or a function word, as in a
/// title or a heading ("Legend in the Coal Fields").
pub(super) fn in_title_case(doc: &Document, tokens: Range<usize>) -> bool {
    tokens.into_iter().all(|i| {
        let t = doc.token_text(i);
        doc.tokens[i].kind != TokenKind::Word
            || t.chars().next().is_some_and(char::is_uppercase)
            || lexicon::is_function_word(t)
    })
}

/// A stage direction in a transcript, "(CROSSTALK.)": in parentheses,
/// nobody's words.
fn is_stage_direction(doc: &Document, m: &Marked) -> bool {
    let first = m.tokens.start;
    let Some(last) = m
        .tokens
        .clone()
        .rev()
        .find(|&i| doc.tokens[i].kind != TokenKind::Terminal)
    else {
        return false;
    };
    first < last && doc.token_text(first) == "(" && doc.token_text(last) == ")"
}

/// A title in title case after "on", "of", "'s"… ("on “Face the Nation”",
/// "CNN's “State of the Union.”"): a programme, book or bill, not words
/// anyone said, even in a sentence that attributes other words.
fn is_title(doc: &Document, m: &Marked) -> bool {
    let words = m
        .tokens
        .clone()
        .filter(|&i| doc.tokens[i].is_wordlike())
        .count();
    let title_case = words <= TITLE_MAX_WORDS
        && in_title_case(doc, m.tokens.clone())
        && !m
            .tokens
            .clone()
            .any(|i| doc.tokens[i].kind == TokenKind::Terminal && i + 1 < m.tokens.end);
    let after_title_word = m.open.and_then(|o| o.checked_sub(1)).is_some_and(|p| {
        // "his 1994 "Contract with America"": a year before a title.
        doc.tokens[p].kind == TokenKind::Number && doc.token_text(p).len() == 4
            || matches!(
                doc.token_text(p).to_ascii_lowercase().as_str(),
                "on" | "of"
                    | "in"
                    | "to"
                    | "'s"
                    | "’s"
                    | "his"
                    | "her"
                    | "their"
                    | "the"
                    | "titled"
                    | "entitled"
            )
    });
    title_case && after_title_word
}

/// A quotation that is its paragraph, but for a closing period.
fn fills_paragraph(doc: &Document, m: &Marked) -> bool {
    let para = &doc.paras[m.para];
    let end = m.close_end.unwrap_or(m.tokens.end);
    m.open == Some(para.tokens.start)
        && (end..para.tokens.end).all(|i| doc.tokens[i].kind == TokenKind::Terminal)
}

fn confidence(p: Pattern) -> f32 {
    match p {
        Pattern::After => 0.95,
        Pattern::Before => 0.92,
        Pattern::InSentence => 0.8,
        Pattern::Subject => 0.6,
    }
}

/// The speaker of a quotation its own sentence does not attribute: the
/// quotation it continues, the quotation before it in its paragraph, the
/// reported speech it follows, or the introduction ending the paragraph
/// before ("Caddell continued:"). `None` when none of these holds.
fn carried(
    doc: &Document,
    m: &Marked,
    w: &Window,
    kept: &[(usize, Option<Speaker>)],
    marked: &[Marked],
    quoted: &[Range<usize>],
    ctx: &mut Resolver,
) -> Option<Speaker> {
    let previous = kept.last().map(|(pi, s)| (&marked[*pi], s));
    let scale = |s: &Speaker, by: f32| Speaker {
        confidence: s.confidence * by,
        span: None,
        cue: None,
        ..s.clone()
    };
    if m.continued {
        return previous
            .and_then(|(_, s)| s.as_ref())
            .map(|s| scale(s, 0.95));
    }
    let para = &doc.paras[m.para];
    let same_para = previous.filter(|(pm, _)| pm.para == m.para);
    // Reported speech earlier in the paragraph, after any quotation there.
    let from = para
        .tokens
        .start
        .max(w.floor.saturating_sub(REPORTED_SPEECH_LOOKBACK));
    let from = same_para.map_or(from, |(pm, s)| {
        from.max(pm.close_end.unwrap_or(pm.tokens.end))
            .max(attribution_end(doc, pm, s.as_ref()))
    });
    if let Some(found) = attribute::reported_speech(doc, from, w.floor, quoted) {
        return ctx.resolve(&found, 0.6);
    }
    // The quotation before it in the same paragraph.
    if let Some((_, Some(s))) = same_para {
        return Some(scale(s, 0.85));
    }
    // A quotation opening its paragraph continues the paragraph before:
    // its introduction ("The Times reports:") or its last quotation.
    if w.open != para.tokens.start || m.para == 0 {
        // A quotation opening a sentence goes on from the named subject
        // of the sentence before, when that sentence quotes nobody.
        let opens_sentence = doc
            .sentence_at(doc.tokens[w.open].start)
            .filter(|&i| doc.sentences[i].tokens.start == w.open && i > 0)
            .filter(|&i| doc.sentences[i - 1].para == m.para);
        let found = opens_sentence
            .and_then(|i| attribute::sentence_subject(doc, &doc.sentences[i - 1].tokens, quoted))?;
        return ctx.resolve(&found, 0.5);
    }
    let before = &doc.paras[m.para - 1];
    let ends_with_colon =
        before.tokens.end > before.tokens.start && doc.token_text(before.tokens.end - 1) == ":";
    if ends_with_colon {
        let last_sentence = doc.sentences.get(before.sentences.end.wrapping_sub(1))?;
        let (from, colon) = (last_sentence.tokens.start, before.tokens.end - 1);
        if let Some(found) = attribute::reported_speech(doc, from, before.tokens.end, quoted) {
            return ctx.resolve(&found, 0.85);
        }
        let found = attribute::introduction(doc, from, colon)?;
        return ctx.resolve(&found, 0.6);
    }
    // Reported speech closing the paragraph before, after any quotation
    // there: "Erekat said it was the latest move. / "They wanted us on our
    // knees."" (the quotation goes on with what was reported).
    let last_sentence = doc.sentences.get(before.sentences.end.wrapping_sub(1))?;
    let after_previous = previous.filter(|(pm, _)| pm.para == m.para - 1).map_or(
        last_sentence.tokens.start,
        |(pm, _)| {
            last_sentence
                .tokens
                .start
                .max(pm.close_end.unwrap_or(pm.tokens.end))
        },
    );
    if let Some(found) = attribute::reported_speech(doc, after_previous, before.tokens.end, quoted)
    {
        return ctx.resolve(&found, 0.6);
    }
    // Its last quotation (a paragraph of narrative in between breaks the
    // chain: the previous quotation must be in the paragraph just before).
    if let Some((_, s)) = previous.filter(|(pm, _)| pm.para == m.para - 1) {
        return s.as_ref().map(|s| scale(s, 0.75));
    }
    // "Trump spoke only in evasive bromides during the interview. / "We
    // have to do something."": the named subject of the narrative before.
    let found = attribute::sentence_subject(doc, &last_sentence.tokens, quoted)?;
    ctx.resolve(&found, 0.5)
}

/// Where the sentence holding a quotation's attribution ends, when that
/// attribution follows the quotation: ""…," Murphy said, on a conference
/// call with reporters. "…"" — the words after "said" belong to Murphy's
/// attribution and report no new speech. 0 when there is none.
fn attribution_end(doc: &Document, pm: &Marked, s: Option<&Speaker>) -> usize {
    let close = pm.close_end.unwrap_or(pm.tokens.end);
    let Some(cue) = s.and_then(|s| s.cue) else {
        return 0;
    };
    let after_quote = doc.tokens.get(close).is_some_and(|t| cue.start >= t.start);
    if !after_quote {
        return 0;
    }
    doc.sentence_at(cue.start)
        .map_or(0, |i| doc.sentences[i].tokens.end)
}

/// A resolved speaker.
#[derive(Debug, Clone)]
struct Speaker {
    id: Option<String>,
    name: Option<String>,
    role: Option<String>,
    kind: SpeakerKind,
    /// The person in [`Names`], for pronouns to find later.
    person: Option<usize>,
    span: Option<Span>,
    cue: Option<Span>,
    confidence: f32,
}

/// Turns speaker phrases into speakers, with the article's names at hand.
struct Resolver<'a, 'd, 't> {
    doc: &'d Document<'t>,
    entities: &'a Recognised,
    names: &'a mut Names,
    last_speaker: Option<&'a (usize, Speaker)>,
    /// Every quotation's tokens: names quoted are no antecedents.
    quoted: &'a [Range<usize>],
}

impl Resolver<'_, '_, '_> {
    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.doc.tokens[first].start, self.doc.tokens[end - 1].end)
    }

    fn resolve(&mut self, found: &Found, confidence: f32) -> Option<Speaker> {
        let p = found.phrase;
        // A clause's subject with no speech verb has no cue to show.
        let cue = (found.cue.0 < found.cue.1).then(|| self.span(found.cue.0, found.cue.1));
        let role_words = p.role.map(|(a, b)| names::join(self.doc, a, b));
        let mut s = match p.head {
            Head::Name { name_first } => self.named(name_first, p.end, role_words),
            Head::Pronoun => self
                .pronoun(p.first)
                .or_else(|| self.subject_for_pronoun(p.first))?,
            Head::Description => self.described(p.first, p.end),
        };
        s.span = Some(self.span(p.first, p.end));
        s.cue = cue;
        s.confidence = if p.head == Head::Pronoun {
            confidence * 0.85
        } else {
            confidence
        };
        Some(s)
    }

    /// "it" or "they" the last speaker does not fit: the organisation or
    /// group opening the pronoun's own sentence ("The Security Council …
    /// pledged sanctions against what it called "a clear threat"").
    fn subject_for_pronoun(&mut self, at: usize) -> Option<Speaker> {
        let w = self.doc.token_text(at).to_ascii_lowercase();
        if !matches!(w.as_str(), "it" | "they") {
            return None;
        }
        let sentence = &self.doc.sentences[self.doc.sentence_at(self.doc.tokens[at].start)?];
        let p = phrase::clause_subject(self.doc, sentence.tokens.start, at)
            .filter(|p| p.end <= at && p.head != Head::Pronoun)?;
        let s = match p.head {
            Head::Name { name_first } => self.named(name_first, p.end, None),
            _ => self.described(p.first, p.end),
        };
        let fits = match w.as_str() {
            "it" => matches!(s.kind, SpeakerKind::Organization | SpeakerKind::Document),
            _ => matches!(
                s.kind,
                SpeakerKind::Organization | SpeakerKind::Group | SpeakerKind::Anonymous
            ),
        };
        fits.then_some(s)
    }

    /// The one person entity whose name ends in `surname` ("Will" for
    /// George Will, where the entity pass did not take the lone word for
    /// a mention).
    fn person_by_surname(&self, surname: &str) -> Option<&crate::model::Entity> {
        let mut people = self.entities.entities.iter().filter(|e| {
            e.kind == EntityType::Person
                && e.name.rsplit(' ').next() == Some(surname)
                && e.name.contains(' ')
        });
        let one = people.next()?;
        people.next().is_none().then_some(one)
    }

    /// A named speaker: the entity pass's entity if it has one, else the
    /// fullest form of the name in the article.
    fn named(&mut self, first: usize, end: usize, role_words: Option<String>) -> Speaker {
        let span = self.span(first, end);
        let person = self.names.lookup(self.doc.token_text(end - 1));
        let surname = (end - first == 1).then(|| self.doc.token_text(first));
        if let Some(e) = self
            .entities
            .entity_at(span)
            .and_then(|i| self.entities.entities.get(i))
            .or_else(|| surname.and_then(|w| self.person_by_surname(w)))
        {
            let kind = match e.kind {
                EntityType::Organization => SpeakerKind::Organization,
                EntityType::Person => SpeakerKind::Person,
                _ => SpeakerKind::Organization,
            };
            let role = e
                .role
                .clone()
                .or(role_words)
                .or_else(|| person.and_then(|p| self.names.people[p].role.clone()));
            return Speaker {
                id: Some(e.id.clone()),
                name: Some(e.name.clone()),
                role,
                kind,
                person,
                span: None,
                cue: None,
                confidence: 0.0,
            };
        }
        let (name, role, org) = match person {
            Some(p) => {
                let known = &self.names.people[p];
                (
                    known.name.clone(),
                    role_words.or_else(|| known.role.clone()),
                    known.organization,
                )
            }
            None => (names::join(self.doc, first, end), role_words, false),
        };
        let kind = if org {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        };
        Speaker {
            id: None,
            name: Some(name),
            role,
            kind,
            person,
            span: None,
            cue: None,
            confidence: 0.0,
        }
    }

    /// A description: a document, an anonymous source, a group, or an
    /// organisation ("the Kremlin"), named by the description itself.
    fn described(&mut self, first: usize, end: usize) -> Speaker {
        let head_at = phrase::description_head(self.doc, first, end);
        let head = self.doc.token_text(head_at);
        let text = names::join(self.doc, first, end);
        let capital_head = head.chars().next().is_some_and(char::is_uppercase) && head_at > first;
        // "One operative inside Trump Tower": an unnamed source, wherever
        // the phrase ends.
        let unnamed_source =
            (first..end).any(|i| lexicon::is_anonymous_noun(self.doc.token_text(i)));
        // "Kloppenburg and her backers": several, whatever their heads.
        let joined = (first + 1..end).any(|i| matches!(self.doc.token_text(i), "and" | "or"));
        let kind = if lexicon::is_document_noun(head) {
            SpeakerKind::Document
        } else if joined {
            SpeakerKind::Group
        } else if unnamed_source {
            SpeakerKind::Anonymous
        } else if lexicon::is_title_word(head) || lexicon::gender_of_word(head).is_some() {
            // "one New Hampshire Democrat" is a person, not the party; so
            // is "the mother of three".
            SpeakerKind::Person
        } else if phrase::is_person_noun(self.doc, head_at) {
            // "Officials at Homeland Security Investigations".
            SpeakerKind::Group
        } else if lexicon::is_org_word(head) || capital_head {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Group
        };
        // "one U.S. official" names a country inside it, but the speaker is
        // the official: only a described organisation takes an entity, and
        // only one its head word belongs to ("Powell's office" is not
        // Colin Powell; "the Kremlin" is the Kremlin).
        let head_span = self.span(head_at, head_at + 1);
        let entity = (kind == SpeakerKind::Organization)
            .then(|| self.entities.entity_at(head_span))
            .flatten()
            .and_then(|i| self.entities.entities.get(i));
        Speaker {
            id: entity.map(|e| e.id.clone()),
            name: Some(entity.map_or(text, |e| e.name.clone())),
            role: entity.and_then(|e| e.role.clone()),
            kind,
            person: None,
            span: None,
            cue: None,
            confidence: 0.0,
        }
    }

    /// "he" or "she": the last speaker if the sex fits, else the nearest
    /// earlier person whose sex fits. "it" and "they": the last speaker if
    /// it is an organisation, document or group. "I" and "we": unknown.
    fn pronoun(&mut self, at: usize) -> Option<Speaker> {
        let w = self.doc.token_text(at).to_ascii_lowercase();
        let sex = match w.as_str() {
            "he" => Sex::Male,
            "she" => Sex::Female,
            _ if phrase::is_age_epithet(&w) => Sex::Unknown,
            "it" | "they" => {
                let (_, s) = self.last_speaker?;
                let fits = matches!(
                    s.kind,
                    SpeakerKind::Organization | SpeakerKind::Document | SpeakerKind::Group
                ) || w == "they" && s.kind == SpeakerKind::Anonymous;
                return fits.then(|| s.clone());
            }
            _ => return None,
        };
        let sentence = self.doc.sentence_at(self.doc.tokens[at].start);
        let para = sentence.map_or(0, |s| self.doc.sentences[s].para);
        // "Ban Ki-moon condemned what he called a "brazen breach"": the
        // named subject of the pronoun's own clause comes before the last
        // speaker when the sex fits.
        if let Some(s) = self.clause_subject(at, sentence, sex) {
            return Some(s);
        }
        if let Some((sp, s)) = self.last_speaker {
            let recent = para.saturating_sub(*sp) <= 2;
            if recent
                && s.kind == SpeakerKind::Person
                && s.person.is_some_and(|p| self.fits(p, sex))
            {
                let s = s.clone();
                self.learn(s.person, sex);
                return Some(s);
            }
        }
        let upto = self.names.mention_index_at(at);
        let person = self.antecedent(upto, sex)?;
        self.learn(Some(person), sex);
        self.person_speaker(person, upto)
    }

    /// The named person opening the clause of the pronoun at `at`
    /// ("With a vote ruled out, Cross said he …" → Cross), when the sex
    /// fits.
    fn clause_subject(&mut self, at: usize, sentence: Option<usize>, sex: Sex) -> Option<Speaker> {
        let start = self.doc.sentences.get(sentence?)?.tokens.start;
        let p = phrase::clause_subject(self.doc, start, at).filter(|p| p.end <= at)?;
        if self.quoted.iter().any(|r| r.contains(&p.first)) {
            return None;
        }
        let Head::Name { name_first } = p.head else {
            return None;
        };
        // Only a name the entity pass takes for a person: a loose phrase
        // may end in a weekday ("… used his platform Friday").
        let entity = self.entities.entity_at(self.span(name_first, p.end));
        if !entity
            .and_then(|i| self.entities.entities.get(i))
            .is_some_and(|e| e.kind == EntityType::Person)
        {
            return None;
        }
        let s = self.named(name_first, p.end, None);
        let person = s.person.filter(|&p| self.fits(p, sex))?;
        (s.kind == SpeakerKind::Person).then(|| {
            self.learn(Some(person), sex);
            s
        })
    }

    /// The speaker for person `person`, named as at their last mention
    /// before mention `upto`.
    fn person_speaker(&self, person: usize, upto: usize) -> Option<Speaker> {
        let known = &self.names.people[person];
        let mention = self.names.mentions[..upto]
            .iter()
            .rev()
            .find(|m| m.person == person)?;
        let entity = self
            .entities
            .entity_at(self.span(mention.first, mention.end))
            .and_then(|i| self.entities.entities.get(i));
        Some(Speaker {
            id: entity.map(|e| e.id.clone()),
            name: Some(entity.map_or_else(|| known.name.clone(), |e| e.name.clone())),
            role: entity
                .and_then(|e| e.role.clone())
                .or_else(|| known.role.clone()),
            kind: SpeakerKind::Person,
            person: Some(person),
            span: None,
            cue: None,
            confidence: 0.0,
        })
    }

    /// Whether person `p` may be referred to by a pronoun of `sex`: the
    /// entity pass's gender if it has one, else the cues seen so far.
    /// The person a pronoun before mention `upto` stands for: in the
    /// nearest sentence with a fitting person, its first one that is not a
    /// possessor ("Sonya Zoghlin, Carlineo's attorney, told …" → Zoghlin),
    /// since the subject is the likeliest antecedent. Names inside
    /// quotations are not candidates: the pronoun's verb is outside them.
    fn antecedent(&self, upto: usize, sex: Sex) -> Option<usize> {
        let doc = self.doc;
        let sentence_of = |m: &names::NameMention| doc.sentence_at(doc.tokens[m.first].start);
        let possessive = |m: &names::NameMention| {
            doc.tokens
                .get(m.end)
                .is_some_and(|_| matches!(doc.token_text(m.end), "'s" | "’s"))
        };
        let fitting: Vec<&names::NameMention> = self.names.mentions[..upto]
            .iter()
            .rev()
            .filter(|m| !self.quoted.iter().any(|r| r.contains(&m.first)))
            .take(PRONOUN_LOOKBACK_MENTIONS)
            .filter(|m| {
                let p = &self.names.people[m.person];
                !p.organization && p.name.contains(' ') && self.fits(m.person, sex)
            })
            // "the Commission on Presidential Debates": words of an
            // organisation's name are nobody's.
            .filter(|m| {
                self.entities
                    .entity_at(self.span(m.first, m.end))
                    .and_then(|i| self.entities.entities.get(i))
                    .is_none_or(|e| e.kind == EntityType::Person)
            })
            .collect();
        let nearest = sentence_of(fitting.first()?);
        let in_sentence = || fitting.iter().filter(|m| sentence_of(m) == nearest);
        in_sentence()
            .rfind(|m| !possessive(m))
            .or_else(|| in_sentence().next_back())
            .map(|m| m.person)
    }

    fn fits(&self, p: usize, sex: Sex) -> bool {
        // By name, else through a mention: the fullest form may carry an
        // epithet the entity pass left out ("Crooked Hillary Clinton").
        let by_mention = || {
            self.names
                .mentions
                .iter()
                .filter(|m| m.person == p)
                .take(3)
                .find_map(|m| self.entities.entity_at(self.span(m.first, m.end)))
        };
        let from_entities = self
            .entities
            .entities
            .iter()
            .position(|e| e.name == self.names.people[p].name)
            .or_else(by_mention)
            .and_then(|i| self.entities.genders.get(i))
            .and_then(|g| match g {
                Gender::Male => Some(Sex::Male),
                Gender::Female => Some(Sex::Female),
                Gender::Unknown => None,
            });
        let known = from_entities.unwrap_or(self.names.people[p].sex);
        sex == Sex::Unknown || known == Sex::Unknown || known == sex
    }

    /// A pronoun resolved to a person of unknown sex tells their sex.
    fn learn(&mut self, person: Option<usize>, sex: Sex) {
        if let Some(p) = person {
            if self.names.people[p].sex == Sex::Unknown {
                self.names.people[p].sex = sex;
            }
        }
    }
}

/// Builds the output quotation.
fn quote(doc: &Document, m: &Marked, w: &Window, s: Option<&Speaker>) -> Quote {
    let kind = if m.block {
        QuoteKind::Block
    } else if is_partial(doc, m, w) {
        QuoteKind::Partial
    } else {
        QuoteKind::Direct
    };
    Quote {
        start: m.content.start,
        end: m.content.end,
        text: doc.slice(m.content).to_string(),
        kind,
        speaker: s.and_then(|s| s.id.clone()),
        speaker_name: s.and_then(|s| s.name.clone()),
        speaker_role: s.and_then(|s| s.role.clone()),
        speaker_kind: s.map_or(SpeakerKind::Unknown, |s| s.kind),
        speaker_span: s.and_then(|s| s.span),
        cue: s.and_then(|s| s.cue),
        confidence: s.map_or(0.0, |s| s.confidence),
    }
}

/// A few quoted words inside a sentence of the writer's own: the content
/// starts in lower case, or words precede the opening mark with no colon
/// or comma between, and the quoted words hold no full stop.
fn is_partial(doc: &Document, m: &Marked, w: &Window) -> bool {
    let lower = doc
        .slice(m.content)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let embedded = w.open > w.floor
        && doc.tokens[w.open - 1].kind == TokenKind::Word
        && !m
            .tokens
            .clone()
            .any(|i| doc.tokens[i].kind == TokenKind::Terminal);
    lower || embedded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<Quote> {
        let doc = Document::from_plain_text(text);
        find(&doc, &mut Recognised::default())
    }

    #[test]
    fn said_after_the_quotation() {
        let q =
            quotes("Secretary of State Rex Tillerson met them.\n\"Trust is low\", Tillerson said.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker_name.as_deref(), Some("Rex Tillerson"));
        assert_eq!(q[0].speaker_role.as_deref(), Some("Secretary of State"));
        assert_eq!(q[0].speaker_kind, SpeakerKind::Person);
    }

    #[test]
    fn no_speaker_when_the_text_gives_none() {
        let q = quotes("The ties hit rock bottom.\n\n\"It can't be a worse sight\".");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker_kind, SpeakerKind::Unknown);
        assert!(q[0].speaker_name.is_none());
    }
}
