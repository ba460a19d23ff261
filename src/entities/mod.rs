//! Entities: people, organisations and places, with every mention, variant
//! names merged into one entity and each entity's type decided over the
//! whole article.
//!
//! The pass runs in three steps: [`candidates`] finds name mentions and
//! the evidence of type around each (titles, suffixes, the knowledge
//! base); [`merge`] groups mentions that name the same thing and votes
//! each group's type; the last step here names each entity, links it to
//! Wikipedia and adds its role and the gender signals that [`crate::quotes`]
//! uses to resolve "he" and "she".
//!
//! ```
//! use lede::entities::{recognise, Gender};
//! use lede::text::Document;
//! use lede::EntityType;
//!
//! let doc = Document::from_plain_text(
//!     "Secretary of State Rex Tillerson met officials in Moscow. Tillerson said he was hopeful.",
//! );
//! let found = recognise(&doc);
//! let rex = &found.entities[0];
//! assert_eq!(rex.name, "Rex Tillerson");
//! assert_eq!(rex.kind, EntityType::Person);
//! assert_eq!(rex.role.as_deref(), Some("Secretary of State"));
//! assert_eq!(rex.mentions.len(), 2);
//! assert_eq!(found.genders[0], Gender::Male); // from "he"
//! assert_eq!(found.entities[1].link.as_deref(), Some("https://en.wikipedia.org/wiki/Moscow"));
//! ```

mod candidates;
mod lexicon;
mod merge;
mod roles;

use crate::model::{Entity, EntityType, Span};
use crate::text::Document;

/// A person's grammatical gender as the article signals it (titles, first
/// names, pronouns), used to resolve "he" and "she" to the right speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "he", "Mr.", a male first name.
    Male,
    /// "she", "Mrs.", a female first name.
    Female,
    /// Not signalled, or not a person.
    Unknown,
}

/// The entities of one document, with lookups the later stages need.
#[derive(Debug, Clone, Default)]
pub struct Recognised {
    /// Entities in order of first mention; mentions are byte spans in text
    /// order. Ids are "e1", "e2", … in this order.
    pub entities: Vec<Entity>,
    /// Gender of each entity, parallel to `entities` (`Unknown` for
    /// anything but a person with a signal).
    pub genders: Vec<Gender>,
}

impl Recognised {
    /// The entity with a mention covering `span`, if any.
    pub fn entity_at(&self, span: Span) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.mentions.iter().any(|m| m.overlaps(&span)))
    }

    /// The entity with the id `id` ("e3").
    pub fn by_id(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// People only, with their indices, in order of first mention.
    pub fn people(&self) -> impl Iterator<Item = (usize, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person)
    }

    /// Adds an entity found by a later stage (a speaker the recogniser
    /// missed) and returns its index; ids stay "e1", "e2", … but are then no
    /// longer in order of first mention.
    pub fn push(&mut self, mut entity: Entity, gender: Gender) -> usize {
        entity.id = format!("e{}", self.entities.len() + 1);
        self.entities.push(entity);
        self.genders.push(gender);
        self.entities.len() - 1
    }
}

/// Finds the entities of `doc`: every person, organisation and place
/// mention, grouped into entities with a canonical name, type, role,
/// Wikipedia link and hover-card description.
pub fn recognise(doc: &Document) -> Recognised {
    let mentions = candidates::find(doc);
    let groups = merge::group(&mentions);
    let mut out = Recognised {
        entities: Vec::with_capacity(groups.len()),
        genders: Vec::with_capacity(groups.len()),
    };
    for g in &groups {
        let kind = g.kind();
        let name = merge::canonical_name(doc.text, &mentions, g);
        let link = merge::link(&name, g);
        let description = g.kb.and_then(|e| e.description());
        let role = if kind == EntityType::Person {
            role_of(doc, &mentions, g)
        } else {
            None
        };
        let gender = if kind == EntityType::Person {
            gender_of(doc, &mentions, g, &name)
        } else {
            Gender::Unknown
        };
        out.entities.push(Entity {
            id: format!("e{}", out.entities.len() + 1),
            name,
            kind,
            role,
            link,
            description,
            mentions: g.mentions.iter().map(|&i| mentions[i].span).collect(),
        });
        out.genders.push(gender);
    }
    out
}

/// The first role the article gives: a title before a mention, else an
/// appositive after one.
fn role_of(doc: &Document, mentions: &[candidates::Mention], g: &merge::Group) -> Option<String> {
    let span = g.role.or_else(|| {
        g.mentions
            .iter()
            .find_map(|&i| roles::appositive(doc, mentions[i].tokens.1))
    })?;
    let role = doc.slice(span).trim();
    (!role.is_empty()).then(|| role.to_string())
}

/// Votes the signals: a title, the first name, then pronouns after mentions.
fn gender_of(
    doc: &Document,
    mentions: &[candidates::Mention],
    g: &merge::Group,
    name: &str,
) -> Gender {
    if g.gender != Gender::Unknown {
        return g.gender;
    }
    if let Some(first) = name
        .split_whitespace()
        .next()
        .filter(|_| name.contains(' '))
    {
        if let Some(gender @ (Gender::Male | Gender::Female)) = crate::kb::first_name_gender(first)
        {
            return gender;
        }
    }
    let (mut male, mut female) = (0, 0);
    for &i in &g.mentions {
        let next_name = mentions.get(i + 1).map_or(usize::MAX, |m| m.tokens.0);
        match roles::following_pronoun(doc, mentions[i].tokens.1, next_name) {
            Gender::Male => male += 1,
            Gender::Female => female += 1,
            Gender::Unknown => {}
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Gender::Male,
        std::cmp::Ordering::Less => Gender::Female,
        std::cmp::Ordering::Equal => Gender::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Recognised {
        recognise(&Document::from_plain_text(text))
    }

    fn find<'r>(r: &'r Recognised, name: &str) -> &'r Entity {
        r.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| {
                panic!(
                    "no {name} in {:?}",
                    r.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
                )
            })
    }

    #[test]
    fn a_surname_shared_with_a_small_town_is_the_person() {
        let r = run("Sen. Elizabeth Warren spoke on Monday. Later, Warren said it was fine.");
        let warren = find(&r, "Elizabeth Warren");
        assert_eq!(warren.kind, EntityType::Person);
        assert_eq!(warren.mentions.len(), 2);
        // Look-alike: where the words around it say place, the town stays.
        let r = run("Kit Carson was a scout. He lived in Carson for years and died near Carson.");
        assert_eq!(find(&r, "Carson").kind, EntityType::Place);
        assert_eq!(find(&r, "Kit Carson").mentions.len(), 1);
    }

    #[test]
    fn an_acronym_in_parentheses_spells_out_the_name_before_it() {
        let r = run("Thousands marched, according to the Alliance to Reclaim Our Schools (AROS). AROS said so.");
        let aros = find(&r, "Alliance to Reclaim Our Schools");
        assert_eq!(aros.kind, EntityType::Organization);
        assert_eq!(aros.mentions.len(), 3);
        // Look-alike: an acronym that spells something else stops nothing.
        let r = run("Friends of Lake Erie (XYZ) disagreed.");
        assert!(r.entities.iter().all(|e| !e.name.contains("XYZ)")));
        assert!(r.entities.iter().any(|e| e.name == "XYZ"));
    }

    #[test]
    fn on_joins_a_body_to_its_subject() {
        let r = run("The Commission on Presidential Debates announced an issue.");
        let cpd = find(&r, "Commission on Presidential Debates");
        assert_eq!(cpd.kind, EntityType::Organization);
        // Look-alike: a date after "on" is no part of the name.
        let r = run("The vote came after the Commission on Monday announced a delay.");
        assert!(r.entities.iter().all(|e| !e.name.contains("Monday")));
    }

    #[test]
    fn a_surname_and_title_join_the_full_name() {
        let r =
            run("Rex Tillerson arrived on Monday. Tillerson met the press. Mr. Tillerson left.");
        let rex = find(&r, "Rex Tillerson");
        assert_eq!(rex.kind, EntityType::Person);
        assert_eq!(rex.mentions.len(), 3);
        assert_eq!(r.entities.len(), 1);
    }

    #[test]
    fn country_variants_are_one_place_with_a_link() {
        let r = run("Officials in the U.S. spoke to Russia. The United States and the Russian Federation disagree. US troops stayed.");
        let us = find(&r, "United States");
        assert_eq!(us.kind, EntityType::Place);
        assert_eq!(us.mentions.len(), 3);
        assert_eq!(
            us.link.as_deref(),
            Some("https://en.wikipedia.org/wiki/United_States")
        );
        let russia = find(&r, "Russia");
        assert_eq!(russia.mentions.len(), 2);
        assert!(russia
            .description
            .as_deref()
            .unwrap_or("")
            .starts_with("Country in"));
    }

    #[test]
    fn acronym_joins_its_expansion() {
        let r = run("The Organisation for the Prohibition of Chemical Weapons sent inspectors. The OPCW said they were safe.");
        let opcw = find(&r, "Organisation for the Prohibition of Chemical Weapons");
        assert_eq!(opcw.kind, EntityType::Organization);
        assert_eq!(opcw.mentions.len(), 2);
        assert_eq!(
            opcw.description.as_deref(),
            Some("Intergovernmental chemical weapons watchdog")
        );
    }

    #[test]
    fn unknown_acronym_joins_an_expansion_written_in_the_text() {
        let r =
            run("The Federal Office of Widget Safety issued a rule. Later the FOWS withdrew it.");
        let fows = find(&r, "Federal Office of Widget Safety");
        assert_eq!(fows.mentions.len(), 2);
    }

    #[test]
    fn roles_before_and_after_names() {
        let r = run("Secretary of State Rex Tillerson met Foreign Minister Sergey Lavrov. U.S. Ambassador Nikki Haley spoke. Russian President Vladimir Putin did not.");
        assert_eq!(
            find(&r, "Rex Tillerson").role.as_deref(),
            Some("Secretary of State")
        );
        assert_eq!(
            find(&r, "Sergey Lavrov").role.as_deref(),
            Some("Foreign Minister")
        );
        assert_eq!(
            find(&r, "Nikki Haley").role.as_deref(),
            Some("U.S. Ambassador")
        );
        assert_eq!(
            find(&r, "Vladimir Putin").role.as_deref(),
            Some("Russian President")
        );
        assert_eq!(find(&r, "United States").mentions.len(), 1);
        assert!(r.entities.iter().all(|e| e.name != "Russian"));
    }

    #[test]
    fn appositive_role() {
        let r = run("Talks began after Mary Quayle, the secretary of state, arrived.");
        assert_eq!(
            find(&r, "Mary Quayle").role.as_deref(),
            Some("secretary of state")
        );
    }

    #[test]
    fn genders_from_titles_names_and_pronouns() {
        let r = run("Mrs. Okonjo spoke first. Then John Tillerson spoke. Later Zyxwv Quorble arrived, and she said it was over.");
        let g = |name: &str| r.genders[r.entities.iter().position(|e| e.name == name).unwrap()];
        assert_eq!(g("Okonjo"), Gender::Female);
        assert_eq!(g("John Tillerson"), Gender::Male);
        assert_eq!(g("Zyxwv Quorble"), Gender::Female);
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let r =
            run("But the talks failed. Police said nothing. Yesterday Boris Karlov left Damascus.");
        let names: Vec<&str> = r.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Boris Karlov", "Damascus"]);
        assert_eq!(find(&r, "Damascus").kind, EntityType::Place);
    }

    #[test]
    fn organisation_and_place_cues() {
        let r = run("Shares of Brixton Widgets Inc fell. The Ministry of Plumbing denied it. Boats sailed up the Quantock River.");
        assert_eq!(
            find(&r, "Brixton Widgets Inc").kind,
            EntityType::Organization
        );
        assert_eq!(
            find(&r, "Ministry of Plumbing").kind,
            EntityType::Organization
        );
        assert_eq!(find(&r, "Quantock River").kind, EntityType::Place);
    }

    #[test]
    fn capitals_headline_matches_known_names_only() {
        let r = run("TILLERSON WARNS RUSSIA OVER TALKS\nRex Tillerson spoke in Geneva on Friday.");
        let rex = find(&r, "Rex Tillerson");
        assert_eq!(rex.mentions.len(), 2);
        assert_eq!(find(&r, "Russia").mentions.len(), 1);
        assert!(r
            .entities
            .iter()
            .all(|e| e.name != "Talks" && e.name != "Friday"));
    }

    #[test]
    fn teams_in_a_results_row_are_organisations_everywhere_but_in_places() {
        let text = "Results on Saturday:\nLeeds 2 Newcastle 1\nLeeds coach Kevin Smith was pleased in Newcastle.";
        let r = run(text);
        let leeds = r
            .entities
            .iter()
            .find(|e| e.name == "Leeds" && e.kind == EntityType::Organization)
            .expect("Leeds as a team");
        assert_eq!(leeds.mentions.len(), 2);
        let team = r
            .entities
            .iter()
            .find(|e| e.name == "Newcastle" && e.kind == EntityType::Organization);
        assert_eq!(team.map(|e| e.mentions.len()), Some(1));
        let at = text.rfind("Newcastle").unwrap_or(0);
        let place = r
            .entity_at(Span::new(at, at + "Newcastle".len()))
            .unwrap_or(usize::MAX);
        assert_eq!(
            r.entities.get(place).map(|e| e.kind),
            Some(EntityType::Place)
        );
    }

    #[test]
    fn a_name_the_press_writes_without_its_arabic_article_still_links() {
        let r = run("Syrian President Bashar Assad met envoys. Assad said little.");
        assert_eq!(
            find(&r, "Bashar Assad").link.as_deref(),
            Some("https://en.wikipedia.org/wiki/Bashar_al-Assad")
        );
        // Look-alike: a name with no such title gets no link at all.
        let r = run("Local grocer Bashar Quorble said little.");
        assert_eq!(find(&r, "Bashar Quorble").link, None);
    }

    #[test]
    fn a_surname_that_speaks_is_a_person_and_adjectives_on_names_are_no_entities() {
        let r = run("Quorble said the plan failed. The Quorble administration struck an Assad-linked target.");
        assert_eq!(find(&r, "Quorble").kind, EntityType::Person);
        assert!(r.entities.iter().all(|e| e.name != "Assad-linked"));
    }

    #[test]
    fn an_epithet_before_a_full_name_is_not_part_of_it() {
        let r = run("Crooked Hillary Clinton was named. Hillary Clinton spoke. Miss Universe Alicia Machado answered, as did Alicia Machado's lawyer.");
        assert_eq!(find(&r, "Hillary Clinton").mentions.len(), 2);
        assert_eq!(find(&r, "Alicia Machado").mentions.len(), 2);
        // Look-alike: a first name opening the run keeps the whole name.
        let r = run("Martin Luther King spoke in Memphis.");
        find(&r, "Martin Luther King");
    }

    #[test]
    fn a_role_for_someone_else_is_not_the_name_s_role() {
        let r = run("A spokeswoman for Hillary Clinton said little.");
        assert_eq!(find(&r, "Hillary Clinton").role, None);
    }

    #[test]
    fn the_scene_of_an_attack_is_a_place() {
        let r = run("The attack on Khan Quorbli shocked the region. The Khan Quorbli attack was condemned. The Sarin attack followed.");
        assert_eq!(find(&r, "Khan Quorbli").kind, EntityType::Place);
        // Look-alike: a one-word name before "attack" may be a weapon.
        assert_ne!(find(&r, "Sarin").kind, EntityType::Place);
    }

    #[test]
    fn events_and_months_are_not_people_or_places() {
        let r = run("Talks resumed in June before the Quorble Cup.");
        assert_eq!(find(&r, "Quorble Cup").kind, EntityType::Other);
        assert!(r.entities.iter().all(|e| e.name != "June"));
    }

    #[test]
    fn names_in_a_title_case_results_row_are_found() {
        let r = run("Tennis results on Friday:\nAnthony Quorble (Australia) beat Dan Zyxwv (Australia) 15-9 15-8");
        assert_eq!(find(&r, "Anthony Quorble").kind, EntityType::Person);
        assert_eq!(find(&r, "Dan Zyxwv").kind, EntityType::Person);
    }

    #[test]
    fn entity_at_finds_the_mention() {
        let r = run("Angela Merkel met reporters.");
        assert_eq!(r.entity_at(Span::new(0, 6)), Some(0));
        assert_eq!(r.entity_at(Span::new(20, 27)), None);
        assert_eq!(
            r.by_id("e1").map(|e| e.name.as_str()),
            Some("Angela Merkel")
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "   ",
            "\n\n",
            "É",
            "A",
            "Mr.",
            "of the of",
            "“Ö”",
            "al-",
            "U.S.",
            "— Mr. —",
            "AB CD EF GH",
        ] {
            let r = run(text);
            for e in &r.entities {
                for m in &e.mentions {
                    assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                }
            }
        }
    }
}
