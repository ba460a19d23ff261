//! Candidates: the name mentions of a document — runs of capitalised words
//! (with connectors like "of" and "al"), split from the titles before them
//! and trimmed of capitalised sentence openers — each with the evidence of
//! its type found around and inside it.
//!
//! Paragraphs in capitals or title case (headlines, datelines) carry no
//! case signal, so there only names already known — from the rest of the
//! document or the knowledge base — are matched.

use crate::kb::{self, FxSet, KbEntry, KbKind};
use crate::model::Span;
use crate::text::tokens::{QuoteDir, TokenKind};
use crate::text::Document;

use super::lexicon;
use super::Gender;

/// Weights of evidence for each type; the largest sum over an entity's
/// mentions decides its type.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Votes {
    pub person: f32,
    pub org: f32,
    pub place: f32,
    pub other: f32,
}

impl Votes {
    pub fn add(&mut self, other: Votes) {
        self.person += other.person;
        self.org += other.org;
        self.place += other.place;
        self.other += other.other;
    }
}

/// One mention of a name, before mentions are grouped into entities.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    /// Byte span of the name (titles excluded).
    pub span: Span,
    /// First and one-past-last token of the name.
    pub tokens: (usize, usize),
    /// The name passed through [`kb::normalise`].
    pub key: String,
    /// The knowledge-base entry the whole name matches.
    pub kb: Option<&'static KbEntry>,
    /// Evidence of type.
    pub votes: Votes,
    /// Byte span of a role given just before the name ("Foreign Minister").
    pub role: Option<Span>,
    /// Gender signalled by a title before the name.
    pub gender: Gender,
    /// Number of words in the name.
    pub words: usize,
    /// Named as a sports team: in a results or standings row, or beside a
    /// result verb ("Leicestershire beat Somerset").
    pub team: bool,
}

/// Capitalised words seen where case carries information, for judging
/// words that open sentences.
struct CaseSeen<'t> {
    /// Words seen in lower case anywhere.
    lower: FxSet<&'t str>,
    /// Capitalised words seen inside a sentence (not first).
    capitalised: FxSet<&'t str>,
}

/// Finds every name mention of `doc`, in text order.
pub(super) fn find(doc: &Document) -> Vec<Mention> {
    let seen = case_seen(doc);
    let mut out = Vec::new();
    let mut caseless = Vec::new();
    for (p, para) in doc.paras.iter().enumerate() {
        if is_caseless(doc, para.tokens.start, para.tokens.end, para.heading) {
            caseless.push(p);
            continue;
        }
        for s in &doc.sentences[para.sentences.clone()] {
            scan_sentence(doc, &seen, s.tokens.start, s.tokens.end, &mut out);
        }
    }
    if !caseless.is_empty() {
        let mut known: FxSet<String> = out.iter().map(|m| m.key.clone()).collect();
        for m in out.iter().filter(|m| m.words > 1 && m.kb.is_none()) {
            if let Some(last) = m.key.rsplit(' ').next() {
                known.insert(last.to_string());
            }
        }
        for p in caseless {
            let r = doc.paras[p].tokens.clone();
            match_known(doc, &known, r.start, r.end, &mut out);
        }
        out.sort_by_key(|m| m.span.start);
    }
    spread_teams(doc, &mut out);
    out
}

/// A name the document uses once for a team is that team everywhere
/// ("Surrey captain Chris Lewis" after "Surrey 243"), except where it is
/// plainly a place: a dateline or after "in" or "at".
fn spread_teams(doc: &Document, mentions: &mut [Mention]) {
    let teams: FxSet<String> = mentions
        .iter()
        .filter(|m| m.team)
        .map(|m| m.key.clone())
        .collect();
    if teams.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| !m.team) {
        if !teams.contains(&m.key) {
            continue;
        }
        let (from, to) = m.tokens;
        let dateline = to < doc.tokens.len()
            && doc.tokens[to].kind == TokenKind::Number
            && is_year_like(doc.token_text(to));
        let located = from > 0 && matches!(doc.token_text(from - 1), "in" | "at" | "In" | "At");
        m.team = !dateline && !located;
    }
}

fn case_seen<'t>(doc: &Document<'t>) -> CaseSeen<'t> {
    // Sized for a typical article's distinct words up front: growing the
    // sets word by word cost more than filling them.
    let mut seen = CaseSeen {
        lower: FxSet::with_capacity_and_hasher(doc.tokens.len() / 2, Default::default()),
        capitalised: FxSet::with_capacity_and_hasher(doc.tokens.len() / 8, Default::default()),
    };
    for s in &doc.sentences {
        for i in s.tokens.clone() {
            let t = doc.tokens[i];
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(doc.text);
            match w.chars().next() {
                Some(c) if c.is_lowercase() => {
                    seen.lower.insert(w);
                }
                Some(c) if c.is_uppercase() && !opens_sentence(doc, s.tokens.start, i) => {
                    seen.capitalised.insert(w);
                }
                _ => {}
            }
        }
    }
    seen
}

/// A paragraph whose capitals say nothing: mostly ALL-CAPS words, or a
/// heading in Title Case.
fn is_caseless(doc: &Document, from: usize, to: usize, heading: bool) -> bool {
    let (mut words, mut upper, mut capital) = (0, 0, 0);
    // Digits or a lower-case content word ("beat", "round") mark a table
    // row or a line of prose, not a headline in Title Case.
    let mut row_like = false;
    for t in &doc.tokens[from..to] {
        if t.kind == TokenKind::Number {
            row_like = true;
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = t.text(doc.text);
        words += 1;
        row_like |=
            w.len() >= 4 && w.starts_with(|c: char| c.is_lowercase()) && !lexicon::is_connector(w);
        if w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase) && w.len() > 1 {
            upper += 1;
        }
        if w.chars().next().is_some_and(char::is_uppercase) {
            capital += 1;
        }
    }
    words > 0
        && (upper * 10 >= words * 6
            || heading && !row_like && words > 2 && capital * 10 >= words * 7)
}

/// True when token `i` is the first word of its sentence (after any
/// opening quotation marks, brackets or dashes).
fn opens_sentence(doc: &Document, sentence_start: usize, i: usize) -> bool {
    doc.tokens[sentence_start..i]
        .iter()
        .all(|t| !t.is_wordlike())
        || i > 0
            && match doc.tokens[i - 1].kind {
                TokenKind::Quote { dir, .. } => dir != QuoteDir::Close,
                TokenKind::Punct => doc.token_text(i - 1) == ":",
                TokenKind::Dash => true,
                _ => false,
            }
}

/// A word that can be part of a name: capitalised ("Tillerson", "U.S."),
/// or a particle glued to one ("al-Assad").
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        // "Assad-linked", "Russian-backed": an adjective built on a name.
        Some(c) if c.is_uppercase() => w != "I" && !is_compound_adjective(w),
        // Every particle ends in a hyphen within the first five bytes:
        // most lower-case words are turned away by that alone.
        Some(_) if !w.bytes().take(5).any(|b| b == b'-') => false,
        Some(_) => ["al-", "el-", "bin-", "ad-", "as-", "ash-", "abu-"]
            .iter()
            .any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
            }),
        None => false,
    }
}

/// A capitalised word whose last hyphenated part is a lower-case
/// participle ("Assad-linked", "U.S.-led", "Saudi-backed").
fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, tail)| {
        tail.starts_with(char::is_lowercase) && (tail.ends_with("ed") || tail.ends_with("ing"))
    })
}

fn is_word(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
}

fn is_name_token(doc: &Document, i: usize, end: usize) -> bool {
    i < end && is_word(doc, i) && is_name_word(doc.token_text(i))
}

/// Extends a capitalised run starting at `start`; returns its last token.
fn run_end(doc: &Document, start: usize, end: usize) -> usize {
    let mut last = start;
    loop {
        let j = last + 1;
        if is_name_token(doc, j, end) {
            last = j;
            continue;
        }
        if j >= end {
            break;
        }
        let t = doc.token_text(j);
        // "Mr. Tillerson", "John F. Kennedy".
        let prev = doc.token_text(last);
        if t == "."
            && (prev.chars().count() == 1 || lexicon::is_person_title(prev) && prev.len() <= 4)
            && is_name_token(doc, j + 1, end)
        {
            last = j + 1;
            continue;
        }
        // Marcia "Cia" Price: a one-word nickname in quotation marks.
        let mark = |i: usize| i < end && matches!(doc.tokens[i].kind, TokenKind::Quote { .. });
        if mark(j)
            && is_name_token(doc, j + 1, end)
            && mark(j + 2)
            && is_name_token(doc, j + 3, end)
        {
            last = j + 3;
            continue;
        }
        // "Procter & Gamble".
        if t == "&" && is_name_token(doc, j + 1, end) {
            last = j + 1;
            continue;
        }
        // "Organisation for the Prohibition of Chemical Weapons"; "on"
        // after a body's head word: "Commission on Presidential Debates",
        // not "Trump on Monday".
        let joins = |k: usize| {
            let w = doc.token_text(k);
            lexicon::is_connector(w)
                || k > j && w == "the"
                || k == j
                    && w == "on"
                    && lexicon::is_org_head(prev)
                    && !kb::is_calendar_word(doc.token_text(k + 1))
        };
        let mut k = j;
        while k < end && k < j + 3 && is_word(doc, k) && joins(k) {
            k += 1;
        }
        if k > j && is_name_token(doc, k, end) && !is_person_start(doc, k) {
            last = k;
            continue;
        }
        break;
    }
    last
}

/// "Alliance to Reclaim Our Schools (AROS)": a name whose acronym follows
/// in parentheses runs on over the small words its run stopped at, as far
/// as the words the acronym spells. Returns the name's new last token.
fn spelled_out(doc: &Document, first: usize, last: usize, end: usize) -> Option<usize> {
    const SMALL: &[&str] = &["to", "for", "of", "and", "the", "on", "in", "a"];
    let paren = (last + 1..end.min(last + 10)).find(|&k| {
        let t = doc.token_text(k);
        !(is_name_token(doc, k, end) || SMALL.contains(&t))
    })?;
    if paren + 2 >= end || paren == last + 1 || !acronym_follows(doc, paren) {
        return None;
    }
    let acronym = doc.token_text(paren + 1);
    let initials: String = (first..paren)
        .filter(|&k| is_name_token(doc, k, end))
        .filter_map(|k| doc.token_text(k).chars().next())
        .collect();
    (initials == acronym).then_some(paren - 1)
}

/// True when "(ACRONYM)" stands at token `k`.
fn acronym_follows(doc: &Document, k: usize) -> bool {
    k + 2 < doc.tokens.len()
        && doc.token_text(k) == "("
        && doc.token_text(k + 2) == ")"
        && doc.token_text(k + 1).len() >= 2
        && doc
            .token_text(k + 1)
            .chars()
            .all(|c| c.is_ascii_uppercase())
}

/// "of Rex Tillerson" should not glue a person to what precedes it.
fn is_person_start(doc: &Document, k: usize) -> bool {
    kb::first_name_gender(doc.token_text(k)).is_some()
        || lexicon::is_person_title(doc.token_text(k))
}

/// Where the name proper starts in a run of three or more words that
/// opens with a word that is no first name, before a known first name:
/// "(Miss) Universe Alicia Machado", "Crooked Hillary Clinton",
/// "Democrat Hillary Clinton" name Alicia Machado and Hillary Clinton.
fn after_epithet(doc: &Document, from: usize, to: usize) -> usize {
    let words: Vec<usize> = (from..to).filter(|&i| is_word(doc, i)).collect();
    let [first, second, ..] = words[..] else {
        return from;
    };
    let is_first_name = |i: usize| kb::first_name_gender(doc.token_text(i)).is_some();
    let epithet = words.len() >= 3
        && !is_first_name(first)
        && is_first_name(second)
        && kb::lookup(doc.token_text(first)).is_none()
        && !lexicon::is_person_title(doc.token_text(first));
    if epithet {
        second
    } else {
        from
    }
}

fn scan_sentence(
    doc: &Document,
    seen: &CaseSeen,
    start: usize,
    end: usize,
    out: &mut Vec<Mention>,
) {
    let mut i = start;
    while i < end {
        if !is_name_token(doc, i, end) {
            i += 1;
            continue;
        }
        let last = run_end(doc, i, end);
        let last = spelled_out(doc, i, last, end).unwrap_or(last);
        take_run(doc, seen, start, i, last + 1, out);
        i = last + 1;
    }
}

/// Splits one capitalised run `[from, to)` into a role prefix and a name,
/// drops sentence openers, and records the mention(s).
fn take_run(
    doc: &Document,
    seen: &CaseSeen,
    sentence: usize,
    from: usize,
    to: usize,
    out: &mut Vec<Mention>,
) {
    let whole = span_of(doc, from, to);
    let whole_kb = kb::lookup(doc.slice(whole)).filter(|e| !is_common_single(doc, from, to, e));
    if whole_kb.is_some()
        && !(to - from == 1 && opens_sentence(doc, sentence, from) && is_opener(doc, seen, from))
    {
        push(doc, from, to, whole_kb, None, Gender::Unknown, out);
        return;
    }
    // A role before the name: "Russian President Vladimir Putin",
    // "Secretary of State Rex Tillerson", "Mr. Tillerson".
    let (name_from, role, gender) = role_prefix(doc, from, to, out);
    let name_from = after_epithet(doc, name_from, to);
    let mut from = name_from;
    if role.is_none() {
        // Sentence openers: "But Tillerson", "Police said".
        while from < to && opens_sentence(doc, sentence, from) && is_opener(doc, seen, from) {
            from += 1;
            while from < to && !is_name_token(doc, from, to) {
                from += 1;
            }
        }
    }
    // Leading function words inside a run ("The Hague" stays whole in the
    // knowledge base; "The" alone is dropped).
    while from < to && to - from == 1 && lexicon::is_function_word(doc.token_text(from)) {
        from += 1;
    }
    if from >= to {
        return;
    }
    let words = doc.token_text(from);
    if to - from == 1
        && (kb::is_calendar_word(words) || lexicon::is_month(words) || is_demonym(words))
    {
        return;
    }
    let kb_entry = if from == name_from && role.is_none() {
        whole_kb
    } else {
        kb::lookup(doc.slice(span_of(doc, from, to)))
    };
    push(doc, from, to, kb_entry, role, gender, out);
}

/// True for "Russian" or "Russians": a demonym is not an entity here.
fn is_demonym(w: &str) -> bool {
    kb::country_of_demonym(w).is_some()
        || w.strip_suffix('s')
            .is_some_and(|s| kb::country_of_demonym(s).is_some())
}

/// A one-word knowledge-base name that is also an ordinary word ("Reading",
/// "Bath"): trusted only when the word was never seen in lower case.
fn is_common_single(doc: &Document, from: usize, to: usize, e: &KbEntry) -> bool {
    to - from == 1 && e.kind == KbKind::City && kb::is_common_word(doc.token_text(from))
}

/// A capitalised word that opens a sentence and is probably not a name.
fn is_opener(doc: &Document, seen: &CaseSeen, i: usize) -> bool {
    let w = doc.token_text(i);
    if lexicon::is_function_word(w) {
        return true;
    }
    if seen.capitalised.contains(w) || kb::first_name_gender(w).is_some() {
        return false;
    }
    if w.chars().count() > 1 && !w.chars().any(char::is_lowercase) {
        return false;
    }
    let lower = w.to_lowercase();
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    kb::is_common_word(&lower)
        || kb::is_common_word(singular)
        || kb::is_calendar_word(&lower)
        || seen.lower.contains(lower.as_str())
        || ["ing", "ed", "ly"].iter().any(|s| lower.ends_with(s))
            && kb::lookup_normalised(&lower).is_none()
}

/// Finds a role at the start of a run or in lower case just before it.
/// Returns where the name starts, the role's span and the title's gender.
fn role_prefix(
    doc: &Document,
    from: usize,
    to: usize,
    out: &mut Vec<Mention>,
) -> (usize, Option<Span>, Gender) {
    let mut gender = Gender::Unknown;
    let mut titled = false;
    let mut k = from;
    // Leading place or demonym: "U.S. Ambassador", "Russian President".
    let lead = doc.token_text(k);
    let lead_kb = kb::lookup(lead).filter(|e| e.entity_type() == crate::model::EntityType::Place);
    let lead_is_place = lead_kb.is_some() || is_demonym(lead);
    if lead_is_place && k + 1 < to && lexicon::is_person_title(doc.token_text(k + 1))
        || lead_is_place && k + 2 < to && lexicon::is_role_modifier(doc.token_text(k + 1))
    {
        k += 1;
    }
    let place_end = k;
    while k < to {
        let w = doc.token_text(k);
        if w == "." {
            k += 1;
            continue;
        }
        if lexicon::is_person_title(w) {
            titled = true;
            if gender == Gender::Unknown {
                gender = lexicon::title_gender(w);
            }
        } else if !lexicon::is_role_modifier(w) {
            break;
        }
        k += 1;
    }
    while k < to && !is_name_token(doc, k, to) {
        k += 1;
    }
    let ends_like_org = lexicon::is_org_suffix(doc.token_text(to - 1));
    if titled && k < to && !ends_like_org {
        if place_end > from {
            if let Some(e) = lead_kb {
                push(doc, from, place_end, Some(e), None, Gender::Unknown, out);
            }
        }
        let start = lower_role_start(doc, from);
        let role = span_of(doc, start, k);
        let role = trim_role(doc, role);
        return (k, Some(role), gender);
    }
    if let Some(start) = Some(lower_role_start(doc, from)).filter(|&s| s < from) {
        let role = span_of(doc, start, from);
        let g = (start..from)
            .map(|i| lexicon::title_gender(doc.token_text(i)))
            .find(|&g| g != Gender::Unknown);
        return (from, Some(role), g.unwrap_or(Gender::Unknown));
    }
    (from, None, Gender::Unknown)
}

/// Start of a lower-case role just before token `from` ("foreign minister
/// Sergei Lavrov", "Syrian foreign minister …"); `from` when none.
fn lower_role_start(doc: &Document, from: usize) -> usize {
    // "a spokeswoman for Hillary Clinton": the role is someone else's.
    if from > 0
        && matches!(
            doc.token_text(from - 1),
            "for" | "of" | "to" | "with" | "and"
        )
    {
        return from;
    }
    let mut k = from;
    let mut titled = false;
    while k > 0 && is_word(doc, k - 1) {
        let w = doc.token_text(k - 1);
        if !w.starts_with(char::is_lowercase)
            || !(lexicon::is_person_title(w) || lexicon::is_role_modifier(w))
        {
            break;
        }
        titled |= lexicon::is_person_title(w);
        k -= 1;
    }
    if !titled || k == from {
        return from;
    }
    while k < from && matches!(doc.token_text(k), "of" | "the" | "for" | "and") {
        k += 1;
    }
    if k > 0 && is_word(doc, k - 1) && is_demonym(doc.token_text(k - 1)) {
        k -= 1;
    }
    k
}

/// A role span without trailing punctuation.
fn trim_role(doc: &Document, role: Span) -> Span {
    let text = doc.slice(role);
    let trimmed = text.trim_end_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
    Span::new(role.start, role.start + trimmed.len())
}

fn span_of(doc: &Document, from: usize, to: usize) -> Span {
    Span::new(doc.tokens[from].start, doc.tokens[to - 1].end)
}

/// The vote a knowledge-base entry gives its type, per mention.
pub(super) const KB_VOTE: f32 = 2.0;

/// Records a mention of tokens `[from, to)` with the evidence inside and
/// around it.
fn push(
    doc: &Document,
    from: usize,
    to: usize,
    kb: Option<&'static KbEntry>,
    role: Option<Span>,
    gender: Gender,
    out: &mut Vec<Mention>,
) {
    let span = span_of(doc, from, to);
    let words = (from..to)
        .filter(|&i| is_word(doc, i) && doc.token_text(i) != ".")
        .count();
    let mut votes = Votes::default();
    let first = doc.token_text(from);
    let last = doc.token_text(to - 1);
    if let Some(e) = kb {
        match e.entity_type() {
            crate::model::EntityType::Person => votes.person += KB_VOTE,
            crate::model::EntityType::Organization => votes.org += KB_VOTE,
            crate::model::EntityType::Place => votes.place += KB_VOTE,
            crate::model::EntityType::Other => votes.other += KB_VOTE,
        }
    }
    if role.is_some_and(|r| {
        (doc.token_at_or_after(r.start)..from).any(|i| lexicon::is_person_title(doc.token_text(i)))
    }) {
        votes.person += 3.0;
    }
    if words >= 2 {
        if kb::first_name_gender(first).is_some() {
            votes.person += 1.5;
        }
        if kb::is_surname(last) {
            votes.person += 0.5;
        }
        if lexicon::is_place_head(first) {
            votes.place += 0.5;
        }
        votes.person += 0.4;
    } else {
        votes.other += 0.1;
    }
    if lexicon::is_org_suffix(last) && words >= 2 {
        votes.org += 2.5;
    }
    // "Alliance to Reclaim Our Schools (AROS)": a name of several words
    // that an acronym abbreviates is a body's.
    if words >= 3 && acronym_follows(doc, to) {
        votes.org += 2.5;
    }
    if lexicon::is_org_head(first) && (from..to).any(|i| matches!(doc.token_text(i), "of" | "on")) {
        votes.org += 2.5;
    }
    if lexicon::is_place_suffix(last) && words >= 2 {
        votes.place += 2.0;
    }
    // "World Cup", "Labor Day", "Gulf War"; "Iraqi Kurds", "Latin American".
    if words >= 2 && lexicon::is_event_suffix(last) && kb.is_none() {
        votes.other += 3.0;
    }
    if words >= 2 && kb.is_none() && (is_demonym(first) || is_demonym(last)) {
        votes.other += 1.5;
    }
    // "J. Adams", "M. Waugh": an initial before a surname.
    if words >= 2
        && first.chars().count() == 1
        && doc
            .tokens
            .get(from + 1)
            .is_some_and(|t| t.text(doc.text) == ".")
    {
        votes.person += 2.0;
    }
    // The first word's letters: how many, and whether all are capitals.
    let (letters, capitals) = first
        .chars()
        .filter(|c| c.is_alphabetic())
        .fold((0, true), |(n, all), c| (n + 1, all && c.is_uppercase()));
    if words == 1 && (2..=6).contains(&letters) && capitals {
        votes.org += 1.0;
    }
    if from > 0 && is_word(doc, from - 1) {
        match doc.token_text(from - 1) {
            "in" | "near" | "at" | "from" | "to" | "across" | "outside" | "inside" => {
                votes.place += 0.6
            }
            "by" | "with" => votes.person += 0.2,
            // "the attack on Khan Sheikhoun", "strikes on Aleppo".
            "on" if from >= 2
                && words >= 2
                && matches!(
                    doc.token_text(from - 2),
                    "attack"
                        | "attacks"
                        | "strike"
                        | "strikes"
                        | "raid"
                        | "raids"
                        | "assault"
                        | "bombing"
                        | "offensive"
                        | "siege"
                ) =>
            {
                votes.place += 1.5
            }
            _ => {}
        }
    }
    if to < doc.tokens.len() && is_word(doc, to) {
        match doc.token_text(to) {
            "said" | "says" | "told" | "added" | "who" | "declared" | "declares" | "tweeted"
            | "wrote" | "insisted" | "argued" | "claimed" => votes.person += 0.3,
            // "the Trump administration", "the Obama White House".
            "administration" | "campaign" => votes.person += 0.5,
            // "the Khan Sheikhoun attack": events happen at places.
            // A one-word name before "attack" is as often a weapon ("the
            // Sarin attack"), so only longer names count.
            "attack" | "bombing" | "massacre" | "earthquake" | "siege" if words >= 2 => {
                votes.place += 0.8
            }
            _ => {}
        }
    }
    let team = is_team_cue(doc, from, to, words, kb);
    let key = kb::normalise(doc.slice(span));
    if key.is_empty() {
        return;
    }
    out.push(Mention {
        span,
        tokens: (from, to),
        key,
        kb,
        votes,
        role,
        gender,
        words,
        team,
    });
}

/// Evidence that the name at tokens `[from, to)` is a sports team: the
/// start of a results or standings row ("Hanwha 6 Ssangbangwool 5",
/// "NEW YORK 74 59 .556", "Alba (Germany) 75"), or a region or city beside a
/// result verb ("Leicestershire beat Somerset"). People are kept out: a
/// name led by an initial or a known first name is a player's.
fn is_team_cue(
    doc: &Document,
    from: usize,
    to: usize,
    words: usize,
    kb: Option<&'static KbEntry>,
) -> bool {
    if kb.is_some_and(|e| e.kind == KbKind::Country) || words > 3 {
        return false;
    }
    let first = doc.token_text(from);
    if first.chars().count() == 1
        || words >= 2 && kb.is_none() && kb::first_name_gender(first).is_some()
    {
        return false;
    }
    let para = &doc.paras[doc
        .paras
        .partition_point(|p| p.tokens.end <= from)
        .min(doc.paras.len() - 1)];
    let row = para.tokens.clone();
    // The token after the name, past a short note in brackets ("(L)").
    let mut next = to;
    if next < row.end && doc.token_text(next) == "(" {
        let close = (next + 1..row.end.min(next + 5)).find(|&k| doc.token_text(k) == ")");
        match close {
            Some(c) if words == 1 || c == next + 2 && doc.token_text(next + 1).len() <= 2 => {
                next = c + 1
            }
            _ => return false,
        }
    }
    let score_follows = next < row.end
        && doc.tokens[next].kind == TokenKind::Number
        && !is_year_like(doc.token_text(next));
    if score_follows {
        let row_start = (row.start..from).all(|k| {
            matches!(
                doc.tokens[k].kind,
                TokenKind::Number | TokenKind::Dash | TokenKind::Terminal
            )
        });
        let after_score = from > row.start
            && (doc.tokens[from - 1].kind == TokenKind::Number
                || matches!(doc.token_text(from - 1), "," | ";"));
        if row_start || after_score {
            return true;
        }
    }
    let place = kb.is_some_and(|e| matches!(e.kind, KbKind::Region | KbKind::City));
    place
        && (to < row.end && lexicon::is_result_verb(doc.token_text(to))
            || from > row.start && lexicon::is_result_verb(doc.token_text(from - 1)))
}

/// "1996", "1996-08-30": a year or date, as in a dateline, not a score.
fn is_year_like(number: &str) -> bool {
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && (number.starts_with("19") || number.starts_with("20"))
}

/// In a caseless paragraph, marks the longest runs of words that name
/// something already known.
fn match_known(
    doc: &Document,
    known: &FxSet<String>,
    from: usize,
    to: usize,
    out: &mut Vec<Mention>,
) {
    const LONGEST: usize = 6;
    let mut i = from;
    while i < to {
        if !is_word(doc, i) || lexicon::is_function_word(doc.token_text(i)) {
            i += 1;
            continue;
        }
        let mut found = None;
        let mut j = (i + LONGEST).min(to);
        while j > i {
            if (i..j).all(|k| is_word(doc, k)) {
                let key = kb::normalise(doc.slice(span_of(doc, i, j)));
                let entry = kb::lookup_normalised(&key);
                // "U.S." is no common word even though its key, "us", is.
                let usable = entry.filter(|e| {
                    j - i > 1 || !kb::is_common_word(doc.token_text(i)) && e.kind != KbKind::Person
                });
                if known.contains(&key) || usable.is_some() {
                    found = Some((j, usable));
                    break;
                }
            }
            j -= 1;
        }
        match found {
            Some((j, entry)) => {
                push(doc, i, j, entry, None, Gender::Unknown, out);
                i = j;
            }
            None => i += 1,
        }
    }
}
