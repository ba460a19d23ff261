//! Names: the people and organisations the article names, found in one
//! walk over its capitalised words, so a speaker given as "Tillerson" or
//! "he" can be shown as "Rex Tillerson, Secretary of State".
//!
//! This is the quotes pass's own fallback for when the entity pass has
//! nothing to say; [`crate::entities::Recognised`] wins where it has an
//! entity for the speaker's words.

use super::lexicon;
use crate::text::fxhash::FxMap;
use crate::text::lowered;
use crate::text::tokens::TokenKind;
use crate::text::Document;

/// A person's gender as the text signals it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    /// Signalled male ("Mr.", "spokesman", "he" resolved to them).
    Male,
    /// Signalled female.
    Female,
    /// Not signalled.
    Unknown,
}

/// One mention of a name: tokens `[first, end)` holding the name proper
/// (titles stripped) and its role words, if it had any.
#[derive(Debug, Clone)]
pub struct NameMention {
    /// First token of the name proper.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// Index into [`Names::people`].
    pub person: usize,
}

/// A name the article uses, in its fullest form.
#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest form ("Rex Tillerson").
    pub name: String,
    /// The first role the article gives it ("Secretary of State").
    pub role: Option<String>,
    /// Gender cues seen so far.
    pub sex: Sex,
    /// Token where the role was found: the earliest role wins.
    role_at: usize,
    /// True when its words mark an organisation ("the Kremlin", "Tass").
    pub organization: bool,
}

/// Every name of the article, and each of its mentions in text order.
#[derive(Debug, Default)]
pub struct Names {
    /// Distinct names, keyed by their last word.
    pub people: Vec<Person>,
    /// Mentions in text order.
    pub mentions: Vec<NameMention>,
    by_last_word: FxMap<String, usize>,
}

impl Names {
    /// Finds the names of `doc` in one walk over its tokens.
    pub fn of(doc: &Document) -> Names {
        let mut names = Names::default();
        let mut runs = Vec::new();
        for para in &doc.paras {
            let mut i = para.tokens.start;
            while i < para.tokens.end {
                let end = run_end(doc, i, para.tokens.end);
                if end > i {
                    runs.push((i, end));
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
        // Fullest forms first, so "Tillerson" joins "Rex Tillerson".
        let mut order: Vec<usize> = (0..runs.len()).collect();
        order.sort_by_key(|&k| std::cmp::Reverse(runs[k].1 - runs[k].0));
        let mut mention_of = vec![None; runs.len()];
        for k in order {
            let (first, end) = runs[k];
            if let Some(m) = names.add_run(doc, first, end) {
                mention_of[k] = Some(m);
            }
        }
        names.mentions = mention_of.into_iter().flatten().collect();
        names.mentions.sort_by_key(|m| m.first);
        names
    }

    /// Adds one capitalised run: splits title from name, merges it with
    /// the name sharing its last word.
    fn add_run(&mut self, doc: &Document, first: usize, end: usize) -> Option<NameMention> {
        let last_title = (first..end)
            .rev()
            .find(|&i| lexicon::is_title_word(doc.token_text(i)));
        let name_first = last_title.map_or(first, |t| t + 1);
        let name_first = (name_first..end)
            .find(|&i| !is_connector(doc.token_text(i)))
            .unwrap_or(end);
        if name_first >= end || is_lone_sentence_start(doc, name_first, end) {
            return None;
        }
        let key = lowered(doc.token_text(end - 1));
        let name = join(doc, name_first, end);
        let role = (name_first > first).then(|| join(doc, first, name_first));
        let sex = (first..name_first)
            .filter_map(|i| lexicon::gender_of_word(doc.token_text(i)))
            .map(|male| if male { Sex::Male } else { Sex::Female })
            .next()
            .unwrap_or(Sex::Unknown);
        let organization = (name_first..end).any(|i| lexicon::is_org_word(doc.token_text(i)));
        let person = match self.by_last_word.get(key.as_ref()) {
            Some(&p) => {
                let known = &mut self.people[p];
                if role.is_some() && (known.role.is_none() || first < known.role_at) {
                    known.role = role;
                    known.role_at = first;
                }
                if known.sex == Sex::Unknown {
                    known.sex = sex;
                }
                p
            }
            None => {
                self.people.push(Person {
                    name,
                    role,
                    sex,
                    role_at: first,
                    organization,
                });
                self.by_last_word
                    .insert(key.into_owned(), self.people.len() - 1);
                self.people.len() - 1
            }
        };
        Some(NameMention {
            first: name_first,
            end,
            person,
        })
    }

    /// The person whose last word is the last word of `surface`.
    pub fn lookup(&self, surface_last_word: &str) -> Option<usize> {
        self.by_last_word
            .get(lowered(surface_last_word).as_ref())
            .copied()
    }

    /// Index of the first mention starting at or after token `i`.
    pub fn mention_index_at(&self, i: usize) -> usize {
        self.mentions.partition_point(|m| m.first < i)
    }
}

/// End of the capitalised run starting at token `i` (== `i` when none):
/// capitalised words, initials and initialisms, "of"/"de"/"al-" between two
/// capitalised words, and a closing "Jr.".
fn run_end(doc: &Document, i: usize, limit: usize) -> usize {
    let mut j = i;
    while j < limit {
        let t = doc.tokens[j];
        let w = doc.token_text(j);
        // "Mr" "." — the tokenizer may split a title's or an initial's
        // period off ("Sonya A. Zoghlin"); an initial is no article,
        // whatever its letter.
        let period_after = doc
            .tokens
            .get(j + 1)
            .is_some_and(|n| n.start == t.end && doc.token_text(j + 1) == ".");
        let initial = period_after && w.chars().count() == 1;
        let cap = t.kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_uppercase)
            && (initial || !lexicon::is_function_word(w));
        if cap {
            j += 1;
            if j < limit && period_after && (initial || lexicon::is_title_word(w)) {
                j += 1;
            }
            continue;
        }
        let joins = j > i
            && is_connector(w)
            && j + 1 < limit
            && doc.tokens[j + 1].kind == TokenKind::Word
            && doc
                .token_text(j + 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if joins {
            j += 1;
            continue;
        }
        break;
    }
    // Never end on a connector or a split-off period.
    while j > i && matches!(doc.token_text(j - 1), "." | "of" | "de") {
        j -= 1;
    }
    j
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "de" | "van" | "von" | "bin" | "al" | "la" | ".")
}

/// A single capitalised word opening a sentence is too often an ordinary
/// word ("Officials said", "Now") to count as a name on its own.
fn is_lone_sentence_start(doc: &Document, first: usize, end: usize) -> bool {
    if end - first != 1 {
        return false;
    }
    let prev = first.checked_sub(1).map(|p| doc.tokens[p].kind);
    let starts = match prev {
        None => true,
        Some(TokenKind::Terminal | TokenKind::Quote { .. } | TokenKind::Dash) => true,
        Some(_) => doc
            .sentence_at(doc.tokens[first].start)
            .is_some_and(|s| doc.sentences[s].tokens.start == first),
    };
    let w = doc.token_text(first);
    starts
        && (lexicon::is_determiner(w)
            || lexicon::is_pronoun(w)
            || lexicon::is_document_noun(w)
            || lexicon::is_anonymous_noun(w)
            || lexicon::is_cue_verb(w)
            || w.ends_with('s') && w.len() > 3 && !w.ends_with("ss"))
}

/// The words of tokens `[first, end)` joined as the text has them.
pub fn join(doc: &Document, first: usize, end: usize) -> String {
    if first >= end {
        return String::new();
    }
    doc.slice(crate::model::Span::new(
        doc.tokens[first].start,
        doc.tokens[end - 1].end,
    ))
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_join_the_fullest_name_and_titles_become_roles() {
        let doc = Document::from_plain_text(
            "Secretary of State Rex Tillerson met Lavrov. Later Tillerson left. Foreign Minister Sergey Lavrov stayed.",
        );
        let names = Names::of(&doc);
        let t = names.lookup("Tillerson").unwrap();
        assert_eq!(names.people[t].name, "Rex Tillerson");
        assert_eq!(names.people[t].role.as_deref(), Some("Secretary of State"));
        let l = names.lookup("Lavrov").unwrap();
        assert_eq!(names.people[l].name, "Sergey Lavrov");
        assert_eq!(names.people[l].role.as_deref(), Some("Foreign Minister"));
    }

    #[test]
    fn an_initial_that_is_also_an_article_stays_in_the_name() {
        let doc = Document::from_plain_text("Sonya A. Zoghlin spoke. A man left.");
        let names = Names::of(&doc);
        assert_eq!(
            names.people[names.lookup("Zoghlin").unwrap()].name,
            "Sonya A. Zoghlin"
        );
        // Look-alike: the article "A" opening a sentence is no initial.
        assert!(names.people.iter().all(|p| !p.name.contains("A man")));
    }

    #[test]
    fn titles_signal_gender() {
        let doc = Document::from_plain_text("Mrs. Jane Doe spoke. Mr. John Roe listened.");
        let names = Names::of(&doc);
        assert_eq!(names.people[names.lookup("Doe").unwrap()].sex, Sex::Female);
        assert_eq!(names.people[names.lookup("Roe").unwrap()].sex, Sex::Male);
    }
}
