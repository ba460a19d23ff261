//! Merging: mentions that name the same thing become one entity — by the
//! knowledge base's alias groups ("U.S." / "United States"), by a short
//! form of a longer person's name ("Tillerson" → "Rex Tillerson"), and by
//! acronym and expansion ("OPCW" ↔ "Organisation for the Prohibition of
//! Chemical Weapons"). Each entity's type is voted over all its mentions.

use crate::kb::{self, FxMap, KbEntry};
use crate::model::{EntityType, Span};

use super::candidates::{Mention, Votes, KB_VOTE};
use super::Gender;

/// Mentions grouped as one entity, before it becomes a model `Entity`.
#[derive(Debug, Clone)]
pub(super) struct Group {
    /// Indices into the mention list, in text order.
    pub mentions: Vec<usize>,
    /// The knowledge-base entry, if any mention has one.
    pub kb: Option<&'static KbEntry>,
    /// Summed evidence.
    pub votes: Votes,
    /// The first role given before a mention.
    pub role: Option<Span>,
    /// Gender from titles.
    pub gender: Gender,
    /// Named as a sports team: an organisation, whatever place it is
    /// named after.
    pub team: bool,
}

impl Group {
    /// The type the evidence favours; `Other` when there is none.
    pub fn kind(&self) -> EntityType {
        if self.team {
            return EntityType::Organization;
        }
        let v = self.votes;
        let best = v.person.max(v.org).max(v.place);
        if best <= v.other || best <= 0.0 {
            EntityType::Other
        } else if best == v.person {
            EntityType::Person
        } else if best == v.org {
            EntityType::Organization
        } else {
            EntityType::Place
        }
    }
}

/// Groups `mentions` (in text order) into entities, in order of first mention.
pub(super) fn group(mentions: &[Mention]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: FxMap<String, usize> = FxMap::default();
    for (i, m) in mentions.iter().enumerate() {
        // A team named after a place is not that place: it keeps its own
        // entity, without the place's link.
        let key = match m.kb {
            _ if m.team => format!("team:{}", m.key),
            Some(e) if e.entity_type() != EntityType::Person => format!("kb:{}", e.title),
            _ => m.key.clone(),
        };
        let g = *by_key.entry(key).or_insert_with(|| {
            groups.push(Group {
                mentions: Vec::new(),
                kb: None,
                votes: Votes::default(),
                role: None,
                gender: Gender::Unknown,
                team: m.team,
            });
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.mentions.push(i);
        if !m.team {
            group.kb = group.kb.or(m.kb);
        }
        group.votes.add(m.votes);
        group.role = group.role.or(m.role);
        if group.gender == Gender::Unknown {
            group.gender = m.gender;
        }
    }
    let target = short_form_targets(mentions, &groups);
    fold(groups, &target)
}

/// For each group, the group it is a short form of, if any.
fn short_form_targets(mentions: &[Mention], groups: &[Group]) -> Vec<Option<usize>> {
    let words = |g: &Group| mentions[g.mentions[0]].words;
    let key = |g: &Group| mentions[g.mentions[0]].key.as_str();
    // Last word of each multi-word person → those groups.
    let mut by_last: FxMap<&str, Vec<usize>> = FxMap::default();
    let mut by_initials: FxMap<String, usize> = FxMap::default();
    for (gi, g) in groups.iter().enumerate() {
        let m = &mentions[g.mentions[0]];
        if m.words >= 2 {
            if g.kind() == EntityType::Person {
                if let Some(last) = m.key.rsplit(' ').next() {
                    by_last.entry(last).or_default().push(gi);
                }
            }
            if m.words >= 3 {
                by_initials.entry(initials(&m.key)).or_insert(gi);
            }
        }
    }
    groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let m = &mentions[g.mentions[0]];
            if words(g) != 1 {
                return None;
            }
            let kb_place_or_org = g.kb.is_some_and(|e| e.entity_type() != EntityType::Person);
            if !kb_place_or_org
                || g.votes.person > g.votes.org.max(g.votes.place)
                || surname_over_small_city(g)
            {
                if let Some(cands) = by_last.get(key(g)) {
                    // The full name mentioned last before this short form.
                    let at = m.span.start;
                    let best = cands.iter().filter(|&&c| c != gi).max_by_key(|&&c| {
                        let first = mentions[groups[c].mentions[0]].span.start;
                        (
                            first <= at,
                            if first <= at {
                                first
                            } else {
                                usize::MAX - first
                            },
                        )
                    });
                    if let Some(&b) = best {
                        return Some(b);
                    }
                }
            }
            let acronym: String = m.key.chars().filter(|c| c.is_alphanumeric()).collect();
            let raw = &mentions[g.mentions[0]];
            if g.kb.is_none() && raw.words == 1 && acronym.len() >= 2 && raw.votes.org >= 1.0 {
                return by_initials.get(&acronym).copied().filter(|&t| t != gi);
            }
            None
        })
        .collect()
}

/// "Elizabeth Warren … Warren said": a lone word the knowledge base has
/// as a small town, with no more sign of a place around it than of a
/// person, is the article's person of that surname. Only the town's own
/// entry speaks for the place; the words around its mentions decide.
fn surname_over_small_city(g: &Group) -> bool {
    if !g.kb.is_some_and(KbEntry::is_small_city) {
        return false;
    }
    let from_kb = KB_VOTE * g.mentions.len() as f32;
    g.votes.person >= g.votes.place - from_kb
}

/// "organisation for the prohibition of chemical weapons" → "opcw".
fn initials(key: &str) -> String {
    key.split([' ', '-'])
        .filter(|w| {
            !matches!(
                *w,
                "of" | "the" | "for" | "and" | "&" | "de" | "on" | "to" | "a"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Moves each group's mentions into its target and drops emptied groups,
/// keeping order of first mention.
fn fold(mut groups: Vec<Group>, target: &[Option<usize>]) -> Vec<Group> {
    for (gi, t) in target.iter().enumerate() {
        let Some(mut t) = *t else { continue };
        // Follow chains, but never in a circle.
        let mut hops = 0;
        while let Some(next) = target[t] {
            if next == gi || hops > 4 {
                break;
            }
            t = next;
            hops += 1;
        }
        if t == gi {
            continue;
        }
        let moved = std::mem::take(&mut groups[gi].mentions);
        let mut votes = groups[gi].votes;
        // A place's or organisation's entry is dropped in the fold, and
        // so is the vote it gave ("Warren" the town is Elizabeth Warren).
        if let Some(e) = groups[gi]
            .kb
            .filter(|e| e.entity_type() != EntityType::Person)
        {
            let from_kb = KB_VOTE * moved.len() as f32;
            match e.entity_type() {
                EntityType::Place => votes.place -= from_kb,
                EntityType::Organization => votes.org -= from_kb,
                _ => votes.other -= from_kb,
            }
        }
        let (role, gender, kb) = (groups[gi].role, groups[gi].gender, groups[gi].kb);
        let dest = &mut groups[t];
        dest.mentions.extend(moved);
        dest.mentions.sort_unstable();
        dest.votes.add(votes);
        dest.role = dest.role.or(role);
        dest.kb = dest
            .kb
            .or(kb.filter(|e| e.entity_type() == EntityType::Person));
        if dest.gender == Gender::Unknown {
            dest.gender = gender;
        }
    }
    groups.retain(|g| !g.mentions.is_empty());
    groups.sort_by_key(|g| g.mentions[0]);
    groups
}

/// The canonical name of a group: the knowledge-base title for places and
/// organisations, else the longest mention as written.
pub(super) fn canonical_name(text: &str, mentions: &[Mention], g: &Group) -> String {
    if let Some(e) = g.kb.filter(|e| e.entity_type() != EntityType::Person) {
        return e.title.split(" (").next().unwrap_or(e.title).to_string();
    }
    let longest = g
        .mentions
        .iter()
        .map(|&i| &mentions[i])
        .max_by_key(|m| (m.words, usize::MAX - m.span.start))
        .map(|m| text.get(m.span.start..m.span.end).unwrap_or(""));
    let name = longest.unwrap_or("");
    if name.chars().any(char::is_lowercase) || name.chars().count() <= 5 {
        name.to_string()
    } else {
        // Known only from a headline in capitals: "TILLERSON" → "Tillerson".
        title_case(name)
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// The Wikipedia link of a group: its knowledge-base entry's, or its name's
/// when that is a popular Wikipedia title.
pub(super) fn link(name: &str, g: &Group) -> Option<String> {
    if let Some(e) = g.kb {
        return Some(e.link());
    }
    title_spellings(name)
        .find(|t| kb::is_wikipedia_title(t))
        .map(|t| kb::wikipedia_link(&t))
}

/// The name as given, then the spellings Wikipedia titles often use for a
/// name the press writes otherwise: the Arabic article news drops ("Bashar
/// Assad" → "Bashar al-Assad") and the other romanisation of a Russian
/// first name ("Sergei Lavrov" ↔ "Sergey Lavrov").
fn title_spellings(name: &str) -> impl Iterator<Item = String> + '_ {
    let words: Vec<&str> = name.split(' ').collect();
    let with_article = (words.len() == 2).then(|| format!("{} al-{}", words[0], words[1]));
    let romanised = (words.len() == 2)
        .then(|| {
            let first = words[0];
            let swapped = first
                .strip_suffix("ey")
                .map(|stem| format!("{stem}ei"))
                .or_else(|| first.strip_suffix("ei").map(|stem| format!("{stem}ey")))?;
            Some(format!("{swapped} {}", words[1]))
        })
        .flatten();
    std::iter::once(name.to_string())
        .chain(with_article)
        .chain(romanised)
}
