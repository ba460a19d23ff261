//! Lexicon: the closed word lists attribution reads — speech verbs, title
//! words, pronouns, function words and the nouns that mark documents,
//! groups and unnamed sources. Hand-written English grammar, not data.
//!
//! Every list is sorted so a lookup is one binary search over a lowercase
//! copy made in a stack buffer (no allocation per token).

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
    "blasted",
    "boast",
    "boasted",
    "boasts",
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
    "charge",
    "charged",
    "charges",
    "chided",
    "claim",
    "claimed",
    "claiming",
    "claims",
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
    "describe",
    "described",
    "describes",
    "describing",
    "dubbed",
    "echoed",
    "emailed",
    "emphasized",
    "emphasizes",
    "exclaimed",
    "explain",
    "explained",
    "explaining",
    "explains",
    "fumed",
    "griped",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "interjected",
    "joked",
    "jokes",
    "labeled",
    "lamented",
    "laments",
    "maintain",
    "maintained",
    "maintains",
    "mentioned",
    "mentions",
    "mocked",
    "mused",
    "note",
    "noted",
    "notes",
    "noting",
    "observed",
    "observes",
    "opined",
    "pledged",
    "pledges",
    "posted",
    "predicted",
    "predicting",
    "predicts",
    "proclaimed",
    "promise",
    "promised",
    "promises",
    "quipped",
    "quips",
    "rated",
    "rates",
    "reads",
    "recalled",
    "recalling",
    "recalls",
    "recounted",
    "reiterated",
    "reiterates",
    "reiterating",
    "remarked",
    "remarks",
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
    "retorted",
    "said",
    "say",
    "saying",
    "says",
    "scoffed",
    "shot",
    "shouted",
    "snapped",
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
];

/// Verbs of naming and judging that make a short quotation a quotation
/// rather than a scare quote ("called him a “nasty guy”").
const NAMING_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "attacked",
    "blamed",
    "branded",
    "cited",
    "criticized",
    "criticizes",
    "criticizing",
    "decried",
    "deemed",
    "denounced",
    "derided",
    "dismissed",
    "dismisses",
    "hailed",
    "labeled",
    "labelled",
    "lauded",
    "likened",
    "nicknamed",
    "praised",
    "referenced",
    "referred",
    "ridiculed",
    "slammed",
];

/// Words that may stand between a speaker and the verb without ending
/// the speaker's phrase ("Tillerson also said", "she has said").
const SKIP_BEFORE_CUE: &[&str] = &[
    "again",
    "already",
    "also",
    "angrily",
    "are",
    "be",
    "been",
    "bluntly",
    "candidly",
    "could",
    "did",
    "do",
    "does",
    "emphatically",
    "even",
    "first",
    "flatly",
    "frankly",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "is",
    "just",
    "later",
    "may",
    "might",
    "never",
    "not",
    "often",
    "once",
    "only",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "recently",
    "repeatedly",
    "reportedly",
    "should",
    "simply",
    "still",
    "subsequently",
    "tersely",
    "then",
    "was",
    "were",
    "will",
    "would",
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
    "person",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
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
    "businessman",
    "chairman",
    "congressman",
    "councilman",
    "father",
    "he",
    "him",
    "himself",
    "his",
    "husband",
    "king",
    "lord",
    "mr",
    "prince",
    "sir",
    "son",
    "spokesman",
];

/// Words for a female person, used as gender cues.
const FEMALE_WORDS: &[&str] = &[
    "assemblywoman",
    "businesswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "dame",
    "daughter",
    "her",
    "herself",
    "lady",
    "miss",
    "mother",
    "mrs",
    "ms",
    "princess",
    "queen",
    "she",
    "spokeswoman",
    "wife",
];

/// A lowercase copy of a short word, in a stack buffer. Longer words never
/// match any list, so they come back as `None`.
struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    fn of(word: &str) -> Option<Lower> {
        let word = word.strip_suffix('.').unwrap_or(word);
        if word.len() > 24 || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 24];
        for (b, c) in buf.iter_mut().zip(word.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        Some(Lower {
            buf,
            len: word.len(),
        })
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

fn in_list(list: &[&str], word: &str) -> bool {
    Lower::of(word).is_some_and(|l| list.binary_search(&l.as_str()).is_ok())
}

/// True for a verb form that introduces speech ("said", "told", "wrote").
pub fn is_cue_verb(word: &str) -> bool {
    in_list(CUE_VERBS, word)
}

/// True for a verb of naming or judging ("labeled", "likened").
pub fn is_naming_verb(word: &str) -> bool {
    in_list(NAMING_VERBS, word)
}

/// True for a speech verb or a verb of naming ("called", "labeled").
pub fn is_speech_act(word: &str) -> bool {
    is_cue_verb(word) || in_list(NAMING_VERBS, word)
}

/// True for an adverb or auxiliary that may separate subject and verb.
pub fn is_skippable_before_cue(word: &str) -> bool {
    in_list(SKIP_BEFORE_CUE, word)
}

/// True for a weekday or other time word.
pub fn is_time_word(word: &str) -> bool {
    in_list(TIME_WORDS, word)
}

/// True for a function word (never part of a name).
pub fn is_function_word(word: &str) -> bool {
    in_list(FUNCTION_WORDS, word)
}

/// True for a determiner or quantifier that can open a speaker phrase.
pub fn is_determiner(word: &str) -> bool {
    in_list(DETERMINERS, word)
}

/// True for a subject pronoun.
pub fn is_pronoun(word: &str) -> bool {
    in_list(PRONOUNS, word)
}

/// True for a title or role word ("Secretary", "Sen.", "spokesman").
pub fn is_title_word(word: &str) -> bool {
    in_list(TITLE_WORDS, word)
}

/// True for a noun that makes a speaker a document.
pub fn is_document_noun(word: &str) -> bool {
    in_list(DOCUMENT_NOUNS, word)
}

/// True for a singular noun naming an unnamed person.
pub fn is_anonymous_noun(word: &str) -> bool {
    in_list(ANONYMOUS_NOUNS, word)
}

/// True for a word that marks an organisation's name.
pub fn is_org_word(word: &str) -> bool {
    in_list(ORG_WORDS, word)
}

/// The gender a word signals: `Some(true)` male, `Some(false)` female.
pub fn gender_of_word(word: &str) -> Option<bool> {
    if in_list(MALE_WORDS, word) {
        Some(true)
    } else if in_list(FEMALE_WORDS, word) {
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
    fn lookups_ignore_case_and_a_final_period() {
        assert!(is_cue_verb("Said"));
        assert!(is_title_word("Sen."));
        assert!(!is_cue_verb("sailed"));
        assert_eq!(gender_of_word("Mrs."), Some(false));
    }
}
