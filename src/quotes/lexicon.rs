//! Lexicon: the closed word lists attribution reads — speech verbs, title
//! words, pronouns, function words and the nouns that mark documents,
//! groups and unnamed sources. Hand-written English grammar, not data.
//!
//! Every list is kept sorted (a test checks it, which also catches
//! duplicates); lookups go through one hash table of all lists, keyed by a
//! lowercase copy made in a stack buffer (no allocation per token).

use std::sync::OnceLock;

use crate::text::wordtable::WordTable;

/// Inflected forms of verbs that introduce speech or writing.
const CUE_VERBS: &[&str] = &[
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "acknowledging",
    "add",
    "added",
    "adding",
    "adds",
    "admit",
    "admits",
    "admitted",
    "advise",
    "advised",
    "advises",
    "agreed",
    "allege",
    "alleged",
    "alleges",
    "announce",
    "announced",
    "announces",
    "answer",
    "answered",
    "answers",
    "argue",
    "argued",
    "argues",
    "arguing",
    "ask",
    "asked",
    "asking",
    "asks",
    "assert",
    "asserted",
    "asserting",
    "asserts",
    "assured",
    "barked",
    "beamed",
    "blasted",
    "boast",
    "boasted",
    "boasts",
    "boomed",
    "bragged",
    "brags",
    "branded",
    "call",
    "called",
    "calling",
    "calls",
    "caution",
    "cautioned",
    "cautions",
    "chanted",
    "chanting",
    "charge",
    "charged",
    "charges",
    "chided",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "clarified",
    "comment",
    "commented",
    "comments",
    "complain",
    "complained",
    "complaining",
    "complains",
    "conceded",
    "concedes",
    "conceding",
    "conclude",
    "concluded",
    "concludes",
    "confirm",
    "confirmed",
    "confirms",
    "contend",
    "contended",
    "contends",
    "continue",
    "continued",
    "continues",
    "counter",
    "countered",
    "counters",
    "cried",
    "declare",
    "declared",
    "declares",
    "declaring",
    "demanded",
    "demands",
    "demurred",
    "describe",
    "described",
    "describes",
    "describing",
    "dubbed",
    "echoed",
    "elaborated",
    "emailed",
    "emphasized",
    "emphasizes",
    "exclaimed",
    "exhorted",
    "explain",
    "explained",
    "explaining",
    "explains",
    "fumed",
    "griped",
    "grumbled",
    "gushed",
    "implored",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "interjected",
    "interjecting",
    "intoned",
    "joked",
    "jokes",
    "labeled",
    "lamented",
    "laments",
    "lectured",
    "maintain",
    "maintained",
    "maintains",
    "marveled",
    "mentioned",
    "mentions",
    "mocked",
    "mused",
    "muttered",
    "note",
    "noted",
    "notes",
    "noting",
    "objected",
    "observed",
    "observes",
    "opined",
    "pleaded",
    "pledged",
    "pledges",
    "pledging",
    "posted",
    "predicted",
    "predicting",
    "predicts",
    "pressed",
    "proclaimed",
    "promise",
    "promised",
    "promises",
    "promising",
    "questioned",
    "quip",
    "quipped",
    "quips",
    "ranted",
    "rated",
    "rates",
    "reacted",
    "read",
    "reads",
    "reasoned",
    "recalled",
    "recalling",
    "recalls",
    "recounted",
    "reiterated",
    "reiterates",
    "reiterating",
    "remarked",
    "remarking",
    "remarks",
    "remembered",
    "repeated",
    "replied",
    "replies",
    "reply",
    "replying",
    "report",
    "reported",
    "reports",
    "respond",
    "responded",
    "responding",
    "responds",
    "retaliated",
    "retorted",
    "riffed",
    "said",
    "say",
    "saying",
    "says",
    "scoffed",
    "scolded",
    "screamed",
    "shot",
    "shouted",
    "shouting",
    "sighed",
    "snapped",
    "sniped",
    "speculated",
    "stated",
    "states",
    "stating",
    "stressed",
    "stresses",
    "suggest",
    "suggested",
    "suggesting",
    "suggests",
    "swore",
    "teased",
    "tell",
    "telling",
    "tells",
    "termed",
    "testified",
    "texted",
    "thundered",
    "told",
    "touted",
    "tweet",
    "tweeted",
    "tweeting",
    "tweets",
    "urged",
    "urges",
    "vow",
    "vowed",
    "vowing",
    "vows",
    "warn",
    "warned",
    "warning",
    "warns",
    "whispered",
    "wondered",
    "wonders",
    "write",
    "writes",
    "writing",
    "written",
    "wrote",
    "yelled",
    "yelling",
];

/// Verbs of naming and judging that make a short quotation a quotation
/// rather than a scare quote ("called him a “nasty guy”").
const NAMING_VERBS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "attacked",
    "blamed",
    "branded",
    "characterized",
    "characterizes",
    "cited",
    "compared",
    "compares",
    "comparing",
    "condemned",
    "condemning",
    "condemns",
    "criticized",
    "criticizes",
    "criticizing",
    "decried",
    "deemed",
    "denounced",
    "derided",
    "describes",
    "describing",
    "dismissed",
    "dismisses",
    "dubbing",
    "echoed",
    "echoes",
    "echoing",
    "hailed",
    "invoked",
    "invokes",
    "labeled",
    "labeling",
    "labelled",
    "labelling",
    "lauded",
    "likened",
    "mocked",
    "mocks",
    "nicknamed",
    "portrayed",
    "portrays",
    "praised",
    "referenced",
    "referred",
    "ridiculed",
    "slammed",
    "touted",
    "touts",
];

/// Words that may stand between a speaker and the verb without ending
/// the speaker's phrase ("Tillerson also said", "she has said").
const SKIP_BEFORE_CUE: &[&str] = &[
    "actually",
    "additionally",
    "again",
    "allegedly",
    "already",
    "also",
    "angrily",
    "apparently",
    "are",
    "be",
    "been",
    "bitterly",
    "bluntly",
    "briefly",
    "calmly",
    "can",
    "candidly",
    "certainly",
    "cheerfully",
    "clearly",
    "confidently",
    "consistently",
    "constantly",
    "continually",
    "correctly",
    "could",
    "curtly",
    "cynically",
    "defiantly",
    "did",
    "directly",
    "do",
    "does",
    "dryly",
    "earnestly",
    "emotionally",
    "emphatically",
    "essentially",
    "even",
    "eventually",
    "ever",
    "explicitly",
    "falsely",
    "famously",
    "fiercely",
    "finally",
    "firmly",
    "first",
    "flatly",
    "forcefully",
    "frankly",
    "frequently",
    "furiously",
    "further",
    "generally",
    "gleefully",
    "had",
    "happily",
    "has",
    "have",
    "herself",
    "himself",
    "however",
    "immediately",
    "increasingly",
    "initially",
    "insistently",
    "instead",
    "is",
    "jokingly",
    "just",
    "later",
    "likewise",
    "loudly",
    "may",
    "meanwhile",
    "memorably",
    "might",
    "must",
    "never",
    "nevertheless",
    "nonetheless",
    "not",
    "notably",
    "occasionally",
    "often",
    "once",
    "only",
    "openly",
    "originally",
    "passionately",
    "personally",
    "pointedly",
    "previously",
    "privately",
    "proudly",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "regularly",
    "repeatedly",
    "reportedly",
    "rightly",
    "routinely",
    "sarcastically",
    "separately",
    "sharply",
    "should",
    "similarly",
    "simply",
    "softly",
    "solemnly",
    "sometimes",
    "specifically",
    "sternly",
    "still",
    "strongly",
    "subsequently",
    "succinctly",
    "swiftly",
    "tearfully",
    "tersely",
    "then",
    "therefore",
    "thus",
    "too",
    "typically",
    "ultimately",
    "usually",
    "vehemently",
    "was",
    "were",
    "will",
    "would",
    "wrongly",
    "wryly",
];

/// Time words that may sit between a speaker and the verb ("Clinton on
/// Monday said", "Trump said Tuesday").
const TIME_WORDS: &[&str] = &[
    "afternoon",
    "earlier",
    "evening",
    "friday",
    "last",
    "later",
    "monday",
    "month",
    "morning",
    "night",
    "saturday",
    "sunday",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "year",
    "yesterday",
];

/// Function words: never part of a name, and they end a speaker phrase.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "all",
    "although",
    "an",
    "and",
    "are",
    "as",
    "at",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "for",
    "from",
    "had",
    "has",
    "have",
    "here",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "like",
    "meanwhile",
    "more",
    "most",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "or",
    "over",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yet",
    "you",
];

/// Determiners and quantifiers that open a descriptive speaker phrase
/// ("one U.S. official", "the dossier", "two aides").
const DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "few", "five", "four", "her", "his", "its", "many", "most",
    "one", "other", "our", "several", "some", "the", "their", "three", "two", "various", "your",
];

/// Personal pronouns that can be the subject of a speech verb.
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we"];

/// Title and role words that stand before a name ("Secretary of State Rex
/// Tillerson", "Sen. Mary Smith") and so belong to the role, not the name.
const TITLE_WORDS: &[&str] = &[
    "acting",
    "adm",
    "administrator",
    "adviser",
    "advisor",
    "agent",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "assistant",
    "associate",
    "attorney",
    "author",
    "bishop",
    "brig",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "coach",
    "col",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councilman",
    "councilor",
    "councilwoman",
    "cpl",
    "dame",
    "defense",
    "del",
    "delegate",
    "democrat",
    "democratic",
    "deputy",
    "det",
    "director",
    "dr",
    "economist",
    "editor",
    "envoy",
    "executive",
    "father",
    "first",
    "foreign",
    "former",
    "founder",
    "gen",
    "general",
    "gov",
    "governor",
    "guard",
    "hon",
    "host",
    "inspector",
    "interior",
    "judge",
    "justice",
    "king",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "maj",
    "major",
    "majority",
    "manager",
    "mayor",
    "member",
    "minister",
    "minority",
    "miss",
    "mr",
    "mrs",
    "ms",
    "nominee",
    "officer",
    "pastor",
    "pollster",
    "pope",
    "premier",
    "pres",
    "president",
    "press",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "rep",
    "representative",
    "republican",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senate",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "sir",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "state",
    "strategist",
    "superintendent",
    "supt",
    "treasurer",
    "treasury",
    "vice",
    "whip",
];

/// Nouns that make a speaker phrase a document ("the dossier says").
const DOCUMENT_NOUNS: &[&str] = &[
    "ad",
    "advertisement",
    "affidavit",
    "analysis",
    "article",
    "bill",
    "blog",
    "book",
    "brief",
    "cable",
    "column",
    "complaint",
    "document",
    "documents",
    "dossier",
    "editorial",
    "email",
    "emails",
    "filing",
    "indictment",
    "lawsuit",
    "letter",
    "memo",
    "message",
    "motion",
    "note",
    "order",
    "paper",
    "petition",
    "platform",
    "poll",
    "post",
    "release",
    "report",
    "ruling",
    "sign",
    "statement",
    "story",
    "study",
    "suit",
    "summary",
    "survey",
    "text",
    "transcript",
    "tweet",
    "video",
    "website",
];

/// Singular nouns for an unnamed person ("a spokesman", "one official").
const ANONYMOUS_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "aide",
    "analyst",
    "attorney",
    "diplomat",
    "insider",
    "lawmaker",
    "lawyer",
    "member",
    "observer",
    "official",
    "operative",
    "person",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "strategist",
    "witness",
];

/// Capitalised words that mark a name as an organisation, not a person.
const ORG_WORDS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "association",
    "bank",
    "bureau",
    "campaign",
    "cnn",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "council",
    "court",
    "department",
    "fbi",
    "foundation",
    "fund",
    "government",
    "group",
    "house",
    "inc",
    "institute",
    "journal",
    "kremlin",
    "league",
    "magazine",
    "ministry",
    "msnbc",
    "network",
    "news",
    "office",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "post",
    "press",
    "reuters",
    "senate",
    "service",
    "tass",
    "times",
    "union",
    "university",
];

/// Words for a male person, used as gender cues.
const MALE_WORDS: &[&str] = &[
    "assemblyman",
    "brother",
    "businessman",
    "chairman",
    "congressman",
    "councilman",
    "father",
    "grandfather",
    "he",
    "him",
    "himself",
    "his",
    "husband",
    "king",
    "lord",
    "mr",
    "nephew",
    "prince",
    "sir",
    "son",
    "spokesman",
    "uncle",
    "widower",
];

/// Words for a female person, used as gender cues.
const FEMALE_WORDS: &[&str] = &[
    "assemblywoman",
    "aunt",
    "businesswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "dame",
    "daughter",
    "grandmother",
    "her",
    "herself",
    "lady",
    "miss",
    "mother",
    "mrs",
    "ms",
    "niece",
    "princess",
    "queen",
    "she",
    "sister",
    "spokeswoman",
    "widow",
    "wife",
];

/// The bit each list carries in the word table.
const CUE: u32 = 1;
const NAMING: u32 = 1 << 1;
const SKIP: u32 = 1 << 2;
const CONNECTIVE: u32 = 1 << 3;
const TIME: u32 = 1 << 4;
const FUNCTION: u32 = 1 << 5;
const DETERMINER: u32 = 1 << 6;
const PRONOUN: u32 = 1 << 7;
const TITLE: u32 = 1 << 8;
const DOCUMENT: u32 = 1 << 9;
const ANONYMOUS: u32 = 1 << 10;
const ORG: u32 = 1 << 11;
const MALE: u32 = 1 << 12;
const FEMALE: u32 = 1 << 13;

/// Every list with its bit: the word table is built from these.
const LISTS: &[(u32, &[&str])] = &[
    (CUE, CUE_VERBS),
    (NAMING, NAMING_VERBS),
    (SKIP, SKIP_BEFORE_CUE),
    (CONNECTIVE, CONNECTIVES),
    (TIME, TIME_WORDS),
    (FUNCTION, FUNCTION_WORDS),
    (DETERMINER, DETERMINERS),
    (PRONOUN, PRONOUNS),
    (TITLE, TITLE_WORDS),
    (DOCUMENT, DOCUMENT_NOUNS),
    (ANONYMOUS, ANONYMOUS_NOUNS),
    (ORG, ORG_WORDS),
    (MALE, MALE_WORDS),
    (FEMALE, FEMALE_WORDS),
];

/// Words longer than this never match any list.
const MAX_WORD: usize = 24;

/// Every word of every list, with the bits of the lists it is in: one
/// hash probe answers every list (a binary search per list cost an eighth
/// of the annotation time).
fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        WordTable::new(
            LISTS
                .iter()
                .map(|&(bits, list)| (bits, list.iter().map(|w| w.as_bytes()))),
        )
    })
}

/// The bits of the lists holding `word`, compared in ASCII lower case
/// after dropping one final period; a longer or non-ASCII word is in none.
fn lists_of(word: &str) -> u32 {
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() > MAX_WORD || !word.is_ascii() {
        return 0;
    }
    table().get_ascii_lowercase(word)
}

/// True when `word` is in a list marked by `bits`.
fn in_list(bits: u32, word: &str) -> bool {
    lists_of(word) & bits != 0
}

/// True for a verb form that introduces speech ("said", "told", "wrote").
pub fn is_cue_verb(word: &str) -> bool {
    in_list(CUE, word)
}

/// True for a verb of naming or judging ("labeled", "likened").
pub fn is_naming_verb(word: &str) -> bool {
    in_list(NAMING, word)
}

/// True for a speech verb or a verb of naming ("called", "labeled").
pub fn is_speech_act(word: &str) -> bool {
    in_list(CUE | NAMING, word)
}

/// True for an adverb or auxiliary that may separate subject and verb.
pub fn is_skippable_before_cue(word: &str) -> bool {
    in_list(SKIP, word)
}

/// Sentence adverbs and connectives that open a sentence capitalised
/// ("However, the brief said") and so look like a one-word name.
const CONNECTIVES: &[&str] = &[
    "accordingly",
    "afterward",
    "afterwards",
    "also",
    "besides",
    "earlier",
    "finally",
    "following",
    "furthermore",
    "hence",
    "however",
    "indeed",
    "instead",
    "later",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "otherwise",
    "overall",
    "previously",
    "separately",
    "similarly",
    "still",
    "then",
    "therefore",
    "thus",
    "today",
    "tonight",
    "yesterday",
    "yet",
];

/// True for a sentence adverb or connective ("However", "Meanwhile").
pub fn is_connective(word: &str) -> bool {
    in_list(CONNECTIVE, word)
}

/// True for a weekday or other time word.
pub fn is_time_word(word: &str) -> bool {
    in_list(TIME, word)
}

/// True for a function word (never part of a name).
pub fn is_function_word(word: &str) -> bool {
    in_list(FUNCTION, word)
}

/// True for a determiner or quantifier that can open a speaker phrase.
pub fn is_determiner(word: &str) -> bool {
    in_list(DETERMINER, word)
}

/// True for a subject pronoun.
pub fn is_pronoun(word: &str) -> bool {
    in_list(PRONOUN, word)
}

/// True for a title or role word ("Secretary", "Sen.", "spokesman").
pub fn is_title_word(word: &str) -> bool {
    in_list(TITLE, word)
}

/// True for a noun that makes a speaker a document.
pub fn is_document_noun(word: &str) -> bool {
    in_list(DOCUMENT, word)
}

/// True for a singular noun naming an unnamed person.
pub fn is_anonymous_noun(word: &str) -> bool {
    in_list(ANONYMOUS, word)
}

/// True for a word that marks an organisation's name.
pub fn is_org_word(word: &str) -> bool {
    in_list(ORG, word)
}

/// The gender a word signals: `Some(true)` male, `Some(false)` female.
pub fn gender_of_word(word: &str) -> Option<bool> {
    if in_list(MALE, word) {
        Some(true)
    } else if in_list(FEMALE, word) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_for_binary_search() {
        for list in [
            CUE_VERBS,
            CONNECTIVES,
            SKIP_BEFORE_CUE,
            NAMING_VERBS,
            TIME_WORDS,
            FUNCTION_WORDS,
            DETERMINERS,
            PRONOUNS,
            TITLE_WORDS,
            DOCUMENT_NOUNS,
            ANONYMOUS_NOUNS,
            ORG_WORDS,
            MALE_WORDS,
            FEMALE_WORDS,
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, list, "list not sorted or has duplicates");
        }
    }

    #[test]
    fn every_word_is_found_in_its_own_list() {
        for &(bits, list) in LISTS {
            for word in list {
                assert!(in_list(bits, word), "{word} not found");
            }
        }
    }

    #[test]
    fn lookups_ignore_case_and_a_final_period() {
        assert!(is_cue_verb("Said"));
        assert!(is_title_word("Sen."));
        assert!(!is_cue_verb("sailed"));
        assert_eq!(gender_of_word("Mrs."), Some(false));
    }
}
