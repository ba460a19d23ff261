//! `conflicting_role`: one person given two offices that cannot both be
//! theirs ("Foreign Minister Sergei Lavrov" … "Prime Minister Lavrov").
//! One of the two is a slip, and a reader who trusts the first may be
//! misled by the second.
//!
//! Only public offices are compared: a person can be a chairman and a
//! chief executive at once, but not a foreign minister and a prime
//! minister. Titles marked as past or future ("former", "then-",
//! "incoming") and military ranks (a retired general may be a defence
//! secretary) are left out, and a bare surname shared by two people is
//! not trusted to mean one of them.

use super::{shared_surname, warning, BodySpans, Check, Context};
use crate::model::{EntityType, Severity, Span, Warning};
use crate::text::Document;

/// The kind name.
pub const KIND: &str = "conflicting_role";
/// How much it should worry the reader: one of the titles is wrong.
pub const SEVERITY: Severity = Severity::Caution;
/// The registry entry.
pub const CHECK: Check = Check {
    kind: KIND,
    description: "One person given two offices that cannot both be theirs.",
    run: check,
};

/// Public offices as written (lowercase words), each with the office it
/// names. Longer phrases are tried first, so "deputy prime minister" is
/// never read as "prime minister".
const OFFICES: &[(&[&str], &str)] = &[
    (
        &["chancellor", "of", "the", "exchequer"],
        "chancellor of the exchequer",
    ),
    (
        &["national", "security", "adviser"],
        "national security adviser",
    ),
    (
        &["national", "security", "advisor"],
        "national security adviser",
    ),
    (&["deputy", "prime", "minister"], "deputy prime minister"),
    (
        &["deputy", "foreign", "minister"],
        "deputy foreign minister",
    ),
    (&["secretary", "of", "state"], "secretary of state"),
    (&["secretary", "of", "defense"], "defence secretary"),
    (&["secretary", "of", "defence"], "defence secretary"),
    (&["white", "house", "spokesman"], "White House spokesman"),
    (&["white", "house", "spokeswoman"], "White House spokesman"),
    (&["vice", "president"], "vice president"),
    (&["prime", "minister"], "prime minister"),
    (&["foreign", "minister"], "foreign minister"),
    (&["foreign", "secretary"], "foreign secretary"),
    (&["defense", "secretary"], "defence secretary"),
    (&["defence", "secretary"], "defence secretary"),
    (&["defense", "minister"], "defence minister"),
    (&["defence", "minister"], "defence minister"),
    (&["interior", "minister"], "interior minister"),
    (&["home", "secretary"], "home secretary"),
    (&["finance", "minister"], "finance minister"),
    (&["treasury", "secretary"], "treasury secretary"),
    (&["attorney", "general"], "attorney general"),
    (&["press", "secretary"], "press secretary"),
    (&["chief", "of", "staff"], "chief of staff"),
    (&["secretary", "general"], "secretary-general"),
    (&["secretary-general"], "secretary-general"),
    (&["president"], "president"),
    (&["chancellor"], "chancellor"),
    (&["senator"], "senator"),
    (&["sen."], "senator"),
    (&["governor"], "governor"),
    (&["gov."], "governor"),
    (&["mayor"], "mayor"),
    (&["ambassador"], "ambassador"),
    (&["congressman"], "representative"),
    (&["congresswoman"], "representative"),
    (&["rep."], "representative"),
    (&["king"], "king"),
    (&["queen"], "queen"),
    (&["pope"], "pope"),
];

/// Words before a title that put the office in the past or future, or
/// make it a lesser one ("Deputy Defence Secretary").
const NOT_NOW: &[&str] = &[
    "former",
    "ex",
    "then",
    "onetime",
    "one-time",
    "past",
    "late",
    "future",
    "incoming",
    "outgoing",
    "would-be",
    "elect",
    "candidate",
    "hopeful",
    "nominee",
    "designate",
    "deputy",
    "vice",
    "assistant",
    "under",
    "shadow",
    "acting",
    "interim",
    "retired",
];

/// The longest appositive read for a title (", the country's foreign
/// minister,").
const MAX_APPOSITIVE_WORDS: usize = 8;

/// A title found beside one mention of a person.
#[derive(Debug, Clone, Copy)]
struct Titled {
    /// The office named.
    office: &'static str,
    /// The title's words, the evidence.
    span: Span,
}

/// Flags people given two different public offices.
pub fn check(ctx: &Context) -> Vec<Warning> {
    let doc = ctx.doc;
    let body = BodySpans::of(doc);
    let in_body = |s: &Span| body.contain(s);
    let mut out = Vec::new();
    for entity in &ctx.entities.entities {
        if entity.kind != EntityType::Person || shared_surname(doc, &entity.mentions) {
            continue;
        }
        let titles: Vec<Titled> = entity
            .mentions
            .iter()
            .filter(|m| in_body(m))
            .flat_map(|m| titles_beside(doc, *m))
            .collect();
        let Some(first) = titles.first() else {
            continue;
        };
        let Some(other) = titles.iter().find(|t| t.office != first.office) else {
            continue;
        };
        out.push(warning(
            KIND,
            SEVERITY,
            format!(
                "{} is called both {} and {}; a person holds one of these offices at a time.",
                entity.name, first.office, other.office
            ),
            vec![first.span, other.span],
        ));
    }
    out
}

/// The titles written just before a mention ("Foreign Minister Sergei
/// Lavrov") and in apposition after it ("Lavrov, the foreign minister,").
fn titles_beside(doc: &Document, mention: Span) -> Vec<Titled> {
    let first = doc.token_at_or_after(mention.start);
    let after = doc.token_at_or_after(mention.end);
    let mut out: Vec<Titled> = title_ending_at(doc, first).into_iter().collect();
    out.extend(appositive_title(doc, after));
    out
}

/// The office whose title ends on the token before `end`, unless a word
/// before it makes the office not the person's own or not current.
fn title_ending_at(doc: &Document, end: usize) -> Option<Titled> {
    OFFICES.iter().find_map(|&(words, office)| {
        let start = end.checked_sub(words.len())?;
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| doc.token_text(start + k).eq_ignore_ascii_case(w));
        if !matches {
            return None;
        }
        let qualified = start.checked_sub(1).is_some_and(|p| {
            NOT_NOW
                .iter()
                .any(|q| doc.token_text(p).eq_ignore_ascii_case(q))
        }) || hyphen_qualified(doc.token_text(start));
        (!qualified).then(|| Titled {
            office,
            span: Span::new(doc.tokens[start].start, doc.tokens[end - 1].end),
        })
    })
}

/// A title in apposition after the token `comma`: ", the foreign
/// minister," ending the clause.
fn appositive_title(doc: &Document, comma: usize) -> Option<Titled> {
    if comma >= doc.tokens.len() || doc.token_text(comma) != "," {
        return None;
    }
    let start = comma + 1;
    let end = (start..doc.tokens.len().min(start + MAX_APPOSITIVE_WORDS))
        .find(|&i| matches!(doc.token_text(i), "," | "." | ";" | ")" | "said"))?;
    if !matches!(doc.token_text(end), "," | "." | ";" | ")") {
        return None;
    }
    // Only "the/a [country's] foreign minister": the title ends the clause.
    let titled = title_ending_at(doc, end)?;
    let lead = doc.token_text(start).to_lowercase();
    let simple_lead =
        matches!(lead.as_str(), "the" | "a" | "an") || doc.tokens[start].start == titled.span.start;
    simple_lead.then_some(titled)
}

/// "then-Senator", "ex-President": the title names a past office.
fn hyphen_qualified(word: &str) -> bool {
    NOT_NOW.iter().any(|q| {
        let n = q.len();
        let before = word.get(..n).is_some_and(|h| h.eq_ignore_ascii_case(q))
            && word.get(n..).is_some_and(|r| r.starts_with('-'));
        let after = word.len() > n
            && word
                .get(word.len() - n..)
                .is_some_and(|t| t.eq_ignore_ascii_case(q))
            && word.get(..word.len() - n).is_some_and(|r| r.ends_with('-'));
        before || after
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{check_with, evidence};

    #[test]
    fn flags_two_offices_for_one_person() {
        let text = "Talks resumed.\n\nForeign Minister Sergei Lavrov arrived on Monday.\n\nLater, Prime Minister Lavrov told reporters the talks went well.";
        let w = check_with(
            check,
            text,
            &[("Sergei Lavrov", &["Sergei Lavrov", "Lavrov"])],
            &[],
        );
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(
            evidence(text, &w[0]),
            ["Foreign Minister", "Prime Minister"]
        );
        assert!(
            w[0].message.contains("foreign minister") && w[0].message.contains("prime minister")
        );
    }

    #[test]
    fn flags_a_title_against_an_appositive() {
        let text = "Budget agreed.\n\nGovernor Ana Ruiz signed the bill.\n\nRuiz, the mayor, said it was overdue.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(evidence(text, &w[0]), ["Governor", "mayor"]);
    }

    #[test]
    fn abbreviations_name_the_same_office() {
        let text =
            "Vote today.\n\nSen. Tom Reyes voted no.\n\nSenator Reyes later explained his vote.";
        let w = check_with(check, text, &[("Tom Reyes", &["Tom Reyes", "Reyes"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    // potential false positives

    #[test]
    fn dont_flag_past_offices() {
        let text = "Campaign news.\n\nPresident Tom Reyes spoke in Ohio.\n\nAs then-Senator Reyes, he opposed the bill; former Governor Reyes had backed it.";
        let w = check_with(check, text, &[("Tom Reyes", &["Tom Reyes", "Reyes"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_deputies_and_assistants() {
        let text = "Cabinet meets.\n\nDeputy Defense Secretary Ana Ruiz chaired it.\n\nRuiz, an assistant secretary of state, left early.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_two_people_sharing_a_surname() {
        let text = "Family politics.\n\nPresident George Bush met Governor Jeb Bush.\n\nBush said the meeting was warm.";
        let w = check_with(
            check,
            text,
            &[("George Bush", &["George Bush", "Jeb Bush", "Bush"])],
            &[],
        );
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn dont_flag_corporate_titles_held_together() {
        let text = "Results out.\n\nChairman Ana Ruiz presented them.\n\nRuiz, the chief executive, took questions.";
        let w = check_with(check, text, &[("Ana Ruiz", &["Ana Ruiz", "Ruiz"])], &[]);
        assert!(w.is_empty(), "{w:?}");
    }
}
