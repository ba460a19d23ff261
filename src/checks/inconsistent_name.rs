//! `inconsistent_name`: one thing named two ways in running text — a short
//! and a formal name mixed ("Russia" / "Russian Federation"), dotted and
//! undotted initials mixed ("U.S." / "US" / "USA"), or a person's name
//! spelled two ways ("Sergey" / "Sergei"). A style slip at best; a run of
//! formal names among short ones is also a mark of machine rewriting.
//!
//! Countries come from a small built-in alias table so the check works from
//! the text alone; persons from the entity list and from "First Last" pairs
//! in the text. Quotations and headings are left out: speakers and headline
//! style may legitimately differ from the body's.

use std::fmt::Write;

use super::{warning, Check, Context, WordPart};
use crate::model::{Severity, Span, Warning};
use crate::text::fxhash::{FxMap, FxSet};
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "inconsistent_name";
/// How much it should worry the reader: spelling styles are information;
/// formal names repeatedly mixed with short ones, or a misspelt person, a
/// caution.
pub const SEVERITY: Severity = Severity::Info;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "One country, organisation or person named in two different ways.",
    run: check,
};

/// How a variant writes its name; mixing the two styles of a pair is the slip.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    /// The everyday short name ("Russia").
    Short,
    /// The official long name ("Russian Federation").
    Formal,
    /// Initials with full stops ("U.S.").
    Dotted,
    /// Initials without ("US").
    Undotted,
}

/// A named thing and its variants, each a sequence of word parts.
struct Group {
    name: &'static str,
    variants: &'static [(&'static [&'static str], Style)],
}

/// Alias groups, longest variants first within a group.
const GROUPS: &[Group] = &[
    Group {
        name: "Russia",
        variants: &[
            (&["Russian", "Federation"], Style::Formal),
            (&["Russia"], Style::Short),
        ],
    },
    Group {
        name: "The United States",
        variants: &[
            (&["U.S.A."], Style::Dotted),
            (&["U.S."], Style::Dotted),
            (&["USA"], Style::Undotted),
            (&["US"], Style::Undotted),
        ],
    },
    Group {
        name: "The United Kingdom",
        variants: &[(&["U.K."], Style::Dotted), (&["UK"], Style::Undotted)],
    },
    Group {
        name: "The United Nations",
        variants: &[(&["U.N."], Style::Dotted), (&["UN"], Style::Undotted)],
    },
    Group {
        name: "The European Union",
        variants: &[(&["E.U."], Style::Dotted), (&["EU"], Style::Undotted)],
    },
    Group {
        name: "The United Arab Emirates",
        variants: &[(&["U.A.E."], Style::Dotted), (&["UAE"], Style::Undotted)],
    },
    Group {
        name: "North Korea",
        variants: &[
            (
                &["Democratic", "People", "'s", "Republic", "of", "Korea"],
                Style::Formal,
            ),
            (&["North", "Korea"], Style::Short),
        ],
    },
    Group {
        name: "South Korea",
        variants: &[
            (&["Republic", "of", "Korea"], Style::Formal),
            (&["South", "Korea"], Style::Short),
        ],
    },
    Group {
        name: "China",
        variants: &[
            (&["People", "'s", "Republic", "of", "China"], Style::Formal),
            (&["China"], Style::Short),
        ],
    },
    Group {
        name: "Syria",
        variants: &[
            (&["Syrian", "Arab", "Republic"], Style::Formal),
            (&["Syria"], Style::Short),
        ],
    },
    Group {
        name: "Iran",
        variants: &[
            (&["Islamic", "Republic", "of", "Iran"], Style::Formal),
            (&["Iran"], Style::Short),
        ],
    },
    Group {
        name: "Venezuela",
        variants: &[
            (
                &["Bolivarian", "Republic", "of", "Venezuela"],
                Style::Formal,
            ),
            (&["Venezuela"], Style::Short),
        ],
    },
    Group {
        name: "Saudi Arabia",
        variants: &[
            (&["Kingdom", "of", "Saudi", "Arabia"], Style::Formal),
            (&["Saudi", "Arabia"], Style::Short),
        ],
    },
];

/// Words after an undotted initialism that make it part of a proper name
/// ("US Open", "USA Today"), which keeps its own spelling.
const NAME_CONTINUATIONS: &[&str] = &[
    "Open",
    "Airways",
    "Steel",
    "Bank",
    "Weekly",
    "Today",
    "Gymnastics",
    "Soccer",
    "Swimming",
    "Cellular",
    "Foods",
    "Masters",
    "Cup",
    "Championship",
    "Championships",
    "Network",
    "Rugby",
];

/// A formal name used at least this often beside the short one reads as a
/// pattern rather than a one-off first reference.
const FORMAL_REPEATS: usize = 2;

/// Flags alias groups written in two styles, and persons spelled two ways.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let words = ctx.unquoted_words();
    let mut out = alias_warnings(doc, &words);
    out.extend(spelling_warnings(ctx, &words));
    out
}

/// Occurrences of each style of each group, then one warning per group
/// whose styles clash.
fn alias_warnings(doc: &Document, words: &[WordPart]) -> Vec<Warning> {
    let mut out = Vec::new();
    let starts = variant_starts(words);
    for g in GROUPS {
        let mut found: Vec<(Style, &str, Span)> = Vec::new();
        // Words before `resume` belong to a variant already found.
        let mut resume = 0;
        for &i in &starts {
            if i < resume {
                continue;
            }
            let hit = g.variants.iter().find(|(v, _)| matches_at(words, i, v));
            let Some((v, style)) = hit else {
                continue;
            };
            let span = Span::new(words[i].span.start, words[i + v.len() - 1].span.end);
            let next = words.get(i + v.len()).filter(|w| w.joins_previous);
            let part_of_longer_name = match style {
                Style::Formal => {
                    next.is_some_and(|w| w.text.chars().next().is_some_and(char::is_uppercase))
                }
                Style::Undotted => {
                    next.is_some_and(|w| NAME_CONTINUATIONS.contains(&w.text))
                        || doc.text[span.end..].starts_with('$')
                        || shouting(words, i)
                }
                _ => false,
            };
            if !part_of_longer_name {
                found.push((*style, doc.slice(span), span));
            }
            resume = i + v.len();
        }
        for (a, b) in [
            (Style::Short, Style::Formal),
            (Style::Dotted, Style::Undotted),
        ] {
            let count = |s: Style| found.iter().filter(|f| f.0 == s).count();
            if count(a) == 0 || count(b) == 0 {
                continue;
            }
            let mut forms: Vec<&str> = Vec::new();
            for f in found.iter().filter(|f| f.0 == a || f.0 == b) {
                if !forms.contains(&f.1) {
                    forms.push(f.1);
                }
            }
            let severity =
                if b == Style::Formal && count(a) >= FORMAL_REPEATS && count(b) >= FORMAL_REPEATS {
                    Severity::Caution
                } else {
                    SEVERITY
                };
            // Point at the first use of each form: enough to show the clash.
            let spans = forms
                .iter()
                .filter_map(|form| found.iter().find(|f| f.1 == *form).map(|f| f.2))
                .collect();
            out.push(warning(
                KIND,
                severity,
                format!(
                    "{} is written both as {}; a careful editor would pick one.",
                    g.name,
                    quote_list(&forms)
                ),
                spans,
            ));
        }
    }
    out
}

/// Indices of the words whose first byte starts some variant of some
/// group, in order: the only places a variant can match, so each group
/// visits these few instead of every word.
fn variant_starts(words: &[WordPart]) -> Vec<usize> {
    let mut first = [false; 256];
    for g in GROUPS {
        for (v, _) in g.variants {
            if let Some(&b) = v.first().and_then(|w| w.as_bytes().first()) {
                first[usize::from(b)] = true;
            }
        }
    }
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| {
            w.text
                .as_bytes()
                .first()
                .is_some_and(|&b| first[usize::from(b)])
        })
        .map(|(i, _)| i)
        .collect()
}

fn matches_at(words: &[WordPart], i: usize, variant: &[&str]) -> bool {
    // A first-byte test turns away almost every word before the full one.
    let first_byte = |s: &str| s.as_bytes().first().copied();
    i + variant.len() <= words.len()
        && variant.first().copied().map(first_byte) == Some(first_byte(words[i].text))
        && variant.iter().enumerate().all(|(k, v)| {
            let w = &words[i + k];
            same_with_straight_apostrophes(w.text, v) && (k == 0 || w.joins_previous)
        })
}

/// `text` equals `variant` once curly apostrophes are read as straight
/// ones (compared in place: this runs for every word and variant).
fn same_with_straight_apostrophes(text: &str, variant: &str) -> bool {
    let straight = |c: char| if c == '’' { '\'' } else { c };
    text.chars().map(straight).eq(variant.chars())
}

/// True when the words around `i` are in capitals (a shouted line, where
/// "US" may be the pronoun).
fn shouting(words: &[WordPart], i: usize) -> bool {
    let caps = |w: &WordPart| w.text.len() > 1 && w.text.chars().all(|c| !c.is_lowercase());
    let before = i
        .checked_sub(1)
        .and_then(|j| words.get(j))
        .is_some_and(caps);
    let after = words.get(i + 1).is_some_and(caps);
    before || after
}

fn quote_list(forms: &[&str]) -> String {
    let quoted: Vec<String> = forms.iter().map(|f| format!("“{f}”")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {}", rest.join(", "), last),
        _ => quoted.join(""),
    }
}

/// [`transliteration_key`] of `name` appended to `key`, without
/// allocating for the common name: ASCII with no 'k', where the general
/// road's lower-casing and replacements reduce to a byte loop.
fn push_transliteration_key(name: &str, key: &mut String) {
    let bytes = name.as_bytes();
    if !name.is_ascii() || bytes.iter().any(|b| b.eq_ignore_ascii_case(&b'k')) {
        key.push_str(&transliteration_key(name));
        return;
    }
    let n = bytes.len();
    // "ey" and "ay" end in "i" ("ei", "ai"); "iy" ends in its "i".
    let (len, last_i) = match (n >= 2).then(|| {
        (
            bytes[n - 2].to_ascii_lowercase(),
            bytes[n - 1].to_ascii_lowercase(),
        )
    }) {
        Some((b'e' | b'a', b'y')) => (n - 1, true),
        Some((b'i', b'y')) => (n - 1, false),
        _ => (n, false),
    };
    let mut prev = None;
    let lowered = bytes[..len].iter().map(u8::to_ascii_lowercase);
    for b in lowered.chain(last_i.then_some(b'i')) {
        if prev != Some(b) {
            key.push(char::from(b));
            prev = Some(b);
        }
    }
}

/// A spelling key under which transliteration variants coincide
/// ("Sergey", "Sergei"; "Aleksey", "Alexei"; "Mikhail", "Mihail").
fn transliteration_key(name: &str) -> String {
    let mut s = name.to_lowercase().replace("ks", "x").replace("kh", "h");
    for (from, to) in [("ey", "ei"), ("ay", "ai"), ("iy", "i")] {
        if s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
        }
    }
    let mut key = String::with_capacity(s.len());
    for c in s.chars() {
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// Persons whose first or last name is spelled two ways: "First Last"
/// pairs in the text, and the mentions of each entity.
fn spelling_warnings(ctx: &Context, words: &[WordPart]) -> Vec<Warning> {
    let doc = ctx.doc;
    let is_name = |w: &WordPart| {
        w.text.len() >= 4
            && w.text.chars().next().is_some_and(char::is_uppercase)
            && w.text.chars().skip(1).all(|c| c.is_lowercase())
    };
    // One pass in text order, each form keyed by its surname and its first
    // name's transliteration key: a later form with the same key and other
    // letters is the clash. Linear, so a page of generated names stays cheap.
    let mut out = Vec::new();
    let mut reported: FxSet<(String, String)> = FxSet::default();
    // Keyed by the surname, a NUL (in no word) and the first name's key,
    // built in one buffer: a String is made only for a new key.
    let mut first_form: FxMap<String, (&str, Span)> = FxMap::default();
    let mut key = String::new();
    for pair in words.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if !(b.joins_previous
            && is_name(a)
            && is_name(b)
            && doc.text[a.span.end..b.span.start].trim().is_empty())
        {
            continue;
        }
        let span = Span::new(a.span.start, b.span.end);
        key.clear();
        key.push_str(b.text);
        key.push('\0');
        push_transliteration_key(a.text, &mut key);
        match first_form.get(key.as_str()) {
            Some(&(earlier, earlier_span)) if earlier != a.text => {
                if reported.insert((earlier.to_string(), a.text.to_string())) {
                    out.push(spelling_warning(
                        doc.slice(earlier_span),
                        doc.slice(span),
                        vec![earlier_span, span],
                    ));
                }
            }
            Some(_) => {}
            None => {
                first_form.insert(key.clone(), (a.text, span));
            }
        }
    }
    // Each entity's mentions: forms the same word for word but one, keyed
    // by the other words and that word's transliteration key.
    for e in &ctx.entities.entities {
        let mut first_form: FxMap<String, (&str, Span)> = FxMap::default();
        let mut forms_seen: FxSet<&str> = FxSet::default();
        for m in &e.mentions {
            let text = doc.slice(*m);
            if !forms_seen.insert(text) {
                continue;
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() < 2 {
                continue;
            }
            for (i, w) in words.iter().enumerate().filter(|(_, w)| w.len() >= 4) {
                key.clear();
                let _ = write!(key, "{i}|");
                push_transliteration_key(w, &mut key);
                key.push('|');
                for (j, other) in words.iter().enumerate().filter(|&(j, _)| j != i) {
                    key.push_str(other);
                    key.push(if j + 1 == words.len() { '|' } else { ' ' });
                }
                let Some(&(earlier, earlier_span)) = first_form.get(key.as_str()) else {
                    first_form.insert(key.clone(), (text, *m));
                    continue;
                };
                if !differ_by_transliteration(earlier, text) {
                    continue;
                }
                let (wa, wb) = differing_words(earlier, text);
                let (wa, wb) = (wa.to_string(), wb.to_string());
                if !reported.contains(&(wb.clone(), wa.clone())) && reported.insert((wa, wb)) {
                    out.push(spelling_warning(earlier, text, vec![earlier_span, *m]));
                }
            }
        }
    }
    out
}

fn spelling_warning(a: &str, b: &str, spans: Vec<Span>) -> Warning {
    warning(
        KIND,
        Severity::Caution,
        format!("One person appears to be spelled both “{a}” and “{b}”."),
        spans,
    )
}

/// Two names the same word for word but one, which differs only by
/// transliteration.
fn differ_by_transliteration(a: &str, b: &str) -> bool {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    if wa.len() != wb.len() || wa.len() < 2 {
        return false;
    }
    let diffs: Vec<(&&str, &&str)> = wa.iter().zip(&wb).filter(|(x, y)| x != y).collect();
    diffs.len() == 1
        && diffs[0].0.len() >= 4
        && transliteration_key(diffs[0].0) == transliteration_key(diffs[0].1)
}

fn differing_words<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    a.split_whitespace()
        .zip(b.split_whitespace())
        .find(|(x, y)| x != y)
        .unwrap_or((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_text, check_with, evidence};

    #[test]
    fn the_quick_transliteration_key_is_the_general_one() {
        for name in [
            "Sergey", "Sergei", "Aleksey", "Alexei", "Mikhail", "Mihail", "Dmitriy", "Nikolay",
            "Yury", "Anna", "Hannah", "LLOYD", "Ay", "iy", "y", "", "Kay", "Zoë", "Müller", "Peiy",
            "Aaay", "Eyey", "Abbey", "Jiří", "Tolstoy", "Ksenia",
        ] {
            let mut quick = String::from("x|");
            push_transliteration_key(name, &mut quick);
            assert_eq!(quick, format!("x|{}", transliteration_key(name)), "{name}");
        }
    }

    #[test]
    fn flags_a_short_and_a_formal_country_name() {
        let text =
            "Russia rejected the plan. Officials in Russia said the Russian Federation would \
                    block it, and the Russian Federation did so.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Caution);
        assert_eq!(evidence(text, &w[0]), vec!["Russia", "Russian Federation"]);
    }

    #[test]
    fn flags_dotted_and_undotted_initials_as_information() {
        let text = "U.S. troops left. The US-led coalition and USA officials stayed.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].severity, Severity::Info);
        assert!(w[0].message.contains("“U.S.”, “US” and “USA”"));
    }

    #[test]
    fn flags_a_transliterated_first_name() {
        let text = "Sergey Lavrov met the envoy. Later, Sergei Lavrov left.";
        let w = check_text(check, text);
        assert_eq!(w.len(), 1);
        assert_eq!(
            evidence(text, &w[0]),
            vec!["Sergey Lavrov", "Sergei Lavrov"]
        );
    }

    #[test]
    fn flags_an_entity_with_variant_mentions() {
        let text = "Minister Aleksey Petrov spoke. Minister Alexei Petrov left.";
        let w = check_with(
            check,
            text,
            &[("Aleksey Petrov", &["Aleksey Petrov", "Alexei Petrov"])],
            &[],
        );
        assert_eq!(w.len(), 1);
    }

    // potential false positives

    #[test]
    fn dont_flag_a_legal_text_that_uses_the_formal_name_throughout() {
        let text = "This agreement binds the Russian Federation. The Russian Federation shall report yearly, \
                    and the Russian Federation may withdraw.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_a_formal_name_inside_a_longer_name_or_a_quotation() {
        let text = "Russia voted no. The Russian Federation Council met. \"The Russian Federation will respond,\" he said.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_the_us_open_or_dollars() {
        let text = "The U.S. team won the US Open and US$5 million.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_a_headline_in_its_own_style() {
        let text = "US and Russia meet\n\nU.S. officials met Russian envoys.";
        assert!(check_text(check, text).is_empty());
    }

    #[test]
    fn dont_flag_different_people_with_one_surname() {
        let text = "Terry Smith and Terri Smith, his wife, and Mary Jones and Mark Jones spoke.";
        assert!(check_text(check, text).is_empty());
    }
}
