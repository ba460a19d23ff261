//! Cue words the recogniser reads around and inside names: personal
//! titles, role words, organisation and place suffixes, connectors, and
//! the function words that start sentences. Hand-written for Lede.

use std::sync::OnceLock;

use super::Gender;
use crate::text::wordtable::WordTable;

/// Lower-case words that make the name after them a person's and are part
/// of a role ("President", "Minister", "Mr").
const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "adm",
    "maj",
    "prof",
    "rev",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "cardinal",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "president",
    "minister",
    "secretary",
    "ambassador",
    "senator",
    "congressman",
    "congresswoman",
    "representative",
    "governor",
    "mayor",
    "chancellor",
    "premier",
    "judge",
    "chairman",
    "chairwoman",
    "chairperson",
    "director",
    "commissioner",
    "general",
    "admiral",
    "colonel",
    "lieutenant",
    "sergeant",
    "captain",
    "coach",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ayatollah",
    "emir",
    "president-elect",
    "ceo",
    "chief",
    "archbishop",
    "bishop",
    "rabbi",
    "imam",
    "professor",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "manager",
    "officer",
    "adviser",
    "advisor",
    "attorney",
    "prosecutor",
    "deputy",
    "leader",
    "dictator",
    "sultan",
    "crown",
    "speaker",
    "whip",
    "nominee",
    "candidate",
];

/// Lower-case words that qualify a title inside a role ("Foreign",
/// "State", "Prime") but do not signal a person by themselves.
const ROLE_MODIFIERS: &[&str] = &[
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "trade",
    "state",
    "home",
    "health",
    "economy",
    "economic",
    "energy",
    "justice",
    "agriculture",
    "commerce",
    "treasury",
    "affairs",
    "executive",
    "prime",
    "vice",
    "deputy",
    "acting",
    "former",
    "special",
    "national",
    "security",
    "senior",
    "top",
    "assistant",
    "general",
    "chief",
    "first",
    "opposition",
    "education",
    "labour",
    "labor",
    "culture",
    "transport",
    "environment",
    "industry",
    "oil",
    "military",
    "intelligence",
    "supreme",
    "senate",
    "house",
    "majority",
    "minority",
    "press",
    "party",
    "campaign",
    "presidential",
    "republican",
    "democratic",
    "high",
    "news",
    "press",
    "army",
    "navy",
    "party",
    "white",
    "house",
    "un",
    "u.n.",
    "attorney",
    "of",
    "the",
    "for",
    "and",
];

/// Last words that make a name an organisation's ("Ministry", "Inc").
const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "plc",
    "llc",
    "ag",
    "sa",
    "nv",
    "group",
    "party",
    "ministry",
    "council",
    "university",
    "college",
    "agency",
    "association",
    "federation",
    "union",
    "committee",
    "commission",
    "bank",
    "institute",
    "foundation",
    "company",
    "airlines",
    "airways",
    "army",
    "navy",
    "forces",
    "front",
    "movement",
    "organisation",
    "organization",
    "department",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "police",
    "office",
    "bureau",
    "service",
    "services",
    "club",
    "united",
    "rovers",
    "athletic",
    "fc",
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "telegraph",
    "tribune",
    "gazette",
    "press",
    "network",
    "television",
    "tv",
    "radio",
    "exchange",
    "fund",
    "trust",
    "industries",
    "holdings",
    "systems",
    "technologies",
    "motors",
    "brothers",
    "society",
    "church",
    "school",
    "hospital",
    "board",
    "authority",
    "league",
    "reserve",
    "cabinet",
    "government",
    "command",
    "brigade",
    "regiment",
    "guard",
    "guards",
    "corps",
    "team",
    "wanderers",
    "hotspur",
    "albion",
    "county",
    "academy",
    "securities",
    "partners",
    "capital",
    "energy",
    "petroleum",
    "oil",
    "telecom",
    "airline",
    "media",
    "broadcasting",
    "magazine",
    "daily",
    "review",
    "pictures",
    "records",
    "studios",
];

/// First words that, followed by "of", make a name an organisation's
/// ("University of …", "Bank of …").
const ORG_HEADS: &[&str] = &[
    "university",
    "bank",
    "ministry",
    "department",
    "council",
    "association",
    "federation",
    "union",
    "committee",
    "commission",
    "institute",
    "church",
    "court",
    "house",
    "office",
    "board",
    "party",
    "league",
    "organisation",
    "organization",
    "college",
    "school",
    "academy",
    "society",
    "bureau",
    "agency",
    "army",
    "people's",
];

/// Last words that make a name a place's ("River", "Province").
const PLACE_SUFFIXES: &[&str] = &[
    "river",
    "sea",
    "ocean",
    "lake",
    "mountains",
    "mountain",
    "island",
    "islands",
    "valley",
    "province",
    "region",
    "street",
    "road",
    "avenue",
    "square",
    "bay",
    "gulf",
    "peninsula",
    "desert",
    "strait",
    "coast",
    "heights",
    "hills",
    "airport",
    "bridge",
    "canal",
    "district",
    "prefecture",
    "republic",
    "kingdom",
    "territory",
    "territories",
    "plain",
    "basin",
    "park",
    "county",
    "city",
    "town",
    "village",
    "beach",
    "harbour",
    "harbor",
    "port",
    "border",
];

/// First words of place names ("Mount …", "Lake …").
const PLACE_HEADS: &[&str] = &[
    "mount", "lake", "gulf", "bay", "cape", "fort", "isle", "port", "lake", "river", "st", "saint",
    "san", "santa", "sao", "new", "north", "south", "east", "west",
];

/// Last words of names of events, competitions, holidays and wars ("World
/// Cup", "U.S. Open", "Labor Day", "Gulf War"): names, but not of a
/// person, organisation or place.
const EVENT_SUFFIXES: &[&str] = &[
    "cup",
    "open",
    "championship",
    "championships",
    "tour",
    "games",
    "olympics",
    "series",
    "classic",
    "masters",
    "trophy",
    "prix",
    "grand",
    "slam",
    "bowl",
    "tournament",
    "marathon",
    "rally",
    "derby",
    "invitational",
    "meeting",
    "festival",
    "awards",
    "award",
    "prize",
    "day",
    "war",
    "revolution",
    "crisis",
    "summit",
    "conference",
    "treaty",
    "accord",
    "accords",
    "act",
    "agreement",
    "plan",
    "doctrine",
    "index",
    "average",
];

/// Calendar words missing from the generated list because they are also
/// given names ("June", "April"); "May" is left out, as the surname is
/// common in the news.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Verbs of a sports result: the names on either side are teams or
/// players ("Leicestershire beat Somerset").
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "bt", "defeated", "defeats", "drew", "draw", "edged", "routed", "thrashed",
    "trounced", "downed", "blanked", "crushed", "v", "vs", "versus",
];

/// Lower-case words that may join capitalised words inside one name
/// ("Organisation for the Prohibition of Chemical Weapons", "Bashar al
/// Assad", "Ludwig van Beethoven").
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "du", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le",
    "bin", "ibn", "al", "el", "y", "dos", "das", "upon",
];

/// Capitalised words that start sentences or headings without being names.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "one",
    "two",
    "three",
    "four",
    "five",
    "meanwhile",
    "however",
    "also",
    "still",
    "yet",
    "so",
    "then",
    "now",
    "according",
    "under",
    "over",
    "during",
    "despite",
    "since",
    "until",
    "although",
    "though",
    "because",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "earlier",
    "later",
    "last",
    "next",
    "other",
    "both",
    "each",
    "every",
    "such",
    "only",
    "even",
    "just",
    "my",
    "your",
    "let",
    "among",
    "against",
    "without",
    "into",
    "through",
    "than",
    "to",
    "of",
    "about",
    "more",
    "less",
    "few",
    "several",
    "any",
    "another",
    "another",
    "asked",
    "said",
    "says",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "yes",
    "well",
    "oh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "up",
    "down",
    "out",
    "off",
    "near",
    "around",
    "toward",
    "towards",
    "via",
    "per",
    "amid",
];

/// The bit each list carries in the word table.
const PERSON_TITLE: u32 = 1;
const ROLE_MODIFIER: u32 = 1 << 1;
const ORG_SUFFIX: u32 = 1 << 2;
const ORG_HEAD: u32 = 1 << 3;
const PLACE_SUFFIX: u32 = 1 << 4;
const PLACE_HEAD: u32 = 1 << 5;
const EVENT_SUFFIX: u32 = 1 << 6;
const MONTH: u32 = 1 << 7;
const RESULT_VERB: u32 = 1 << 8;
const FUNCTION_WORD: u32 = 1 << 9;

/// Every list looked up regardless of case, with its bit.
const LISTS: &[(u32, &[&str])] = &[
    (PERSON_TITLE, PERSON_TITLES),
    (ROLE_MODIFIER, ROLE_MODIFIERS),
    (ORG_SUFFIX, ORG_SUFFIXES),
    (ORG_HEAD, ORG_HEADS),
    (PLACE_SUFFIX, PLACE_SUFFIXES),
    (PLACE_HEAD, PLACE_HEADS),
    (EVENT_SUFFIX, EVENT_SUFFIXES),
    (MONTH, MONTHS),
    (RESULT_VERB, RESULT_VERBS),
    (FUNCTION_WORD, FUNCTION_WORDS),
];

/// Every word of every list in ASCII lower case, with the bits of the
/// lists it is in: one hash probe instead of a scan of each list.
fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lowered: Vec<(u32, Vec<String>)> = LISTS
            .iter()
            .map(|&(bits, list)| (bits, list.iter().map(|w| w.to_ascii_lowercase()).collect()))
            .collect();
        WordTable::new(
            lowered
                .iter()
                .map(|(bits, list)| (*bits, list.iter().map(|w| w.as_bytes()))),
        )
    })
}

/// `word` (any case, trailing periods ignored) is in a list marked by
/// `bits`; no allocation.
fn contains(bits: u32, word: &str) -> bool {
    let w = word.trim_end_matches('.');
    table().get_ascii_lowercase(w) & bits != 0
}

/// A personal title or office ("President", "Mr.", "minister").
pub fn is_person_title(word: &str) -> bool {
    contains(PERSON_TITLE, word)
}

/// A word that may sit inside a role around titles ("Foreign", "of").
pub fn is_role_modifier(word: &str) -> bool {
    contains(ROLE_MODIFIER, word)
}

/// The gender a title signals: "Mr." male, "Mrs." female, most none.
pub fn title_gender(word: &str) -> Gender {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    match w.as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "sheikh" | "congressman" | "chairman"
        | "spokesman" | "sultan" | "emir" => Gender::Male,
        "mrs" | "ms" | "miss" | "lady" | "dame" | "queen" | "princess" | "congresswoman"
        | "chairwoman" | "spokeswoman" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// A word that ends organisation names.
pub fn is_org_suffix(word: &str) -> bool {
    contains(ORG_SUFFIX, word)
}

/// A word that starts organisation names before "of".
pub fn is_org_head(word: &str) -> bool {
    contains(ORG_HEAD, word)
}

/// A word that ends place names.
pub fn is_place_suffix(word: &str) -> bool {
    contains(PLACE_SUFFIX, word)
}

/// A word that starts place names.
pub fn is_place_head(word: &str) -> bool {
    contains(PLACE_HEAD, word)
}

/// A word that ends names of events, competitions, holidays and wars.
pub fn is_event_suffix(word: &str) -> bool {
    contains(EVENT_SUFFIX, word)
}

/// A month name or its abbreviation ("June", "Aug."), "May" excepted.
pub fn is_month(word: &str) -> bool {
    contains(MONTH, word)
}

/// A verb or word of a sports result ("beat", "v").
pub fn is_result_verb(word: &str) -> bool {
    contains(RESULT_VERB, word)
}

/// A lower-case word allowed inside a name.
pub fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// A function word: never a name on its own.
pub fn is_function_word(word: &str) -> bool {
    contains(FUNCTION_WORD, word)
}

/// The gender a pronoun refers to, if it is a third-person singular one.
pub fn pronoun_gender(word: &str) -> Gender {
    match word {
        "he" | "He" | "him" | "his" | "His" | "himself" | "HE" => Gender::Male,
        "she" | "She" | "her" | "Her" | "hers" | "herself" | "SHE" => Gender::Female,
        _ => Gender::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_cues_ignore_case_and_periods() {
        assert!(is_person_title("Mr."));
        assert!(is_person_title("President"));
        assert!(!is_person_title("Tillerson"));
        assert_eq!(title_gender("Mrs."), Gender::Female);
        assert_eq!(title_gender("Mr"), Gender::Male);
        assert_eq!(title_gender("President"), Gender::Unknown);
        assert!(is_org_suffix("Ministry") && is_place_suffix("River"));
        assert!(is_connector("of") && !is_connector("Of"));
        assert_eq!(pronoun_gender("She"), Gender::Female);
    }

    #[test]
    fn every_word_is_found_in_its_own_list() {
        for &(bits, list) in LISTS {
            // A word stored with a final period never matches: lookups drop it.
            for word in list.iter().filter(|w| !w.ends_with('.')) {
                assert!(contains(bits, word), "{word} not found");
                assert!(
                    contains(bits, &word.to_ascii_uppercase()),
                    "{word} not found"
                );
            }
        }
    }
}
