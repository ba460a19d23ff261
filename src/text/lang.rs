//! Language: a quick guess from function words and scripts, so annotation
//! can decline politely for articles it cannot read rather than draw
//! nonsense over them.

use std::sync::OnceLock;

use super::wordtable::WordTable;

/// Function words that are frequent in one language and rare in the others.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "said", "he",
            "it", "as", "by", "at", "his", "from", "have", "has", "are", "be", "this", "not",
            "but", "they", "who", "were", "which", "their", "an", "would", "will",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf", "ein", "eine",
            "dem", "den", "auch", "es", "wird", "sie", "nach", "bei", "wurde", "für",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "pas",
            "qui", "sur", "au", "avec", "il", "sont", "aux", "par", "cette", "ont",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "y", "que", "del", "en", "por", "con", "una", "para", "es",
            "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "della", "per", "una", "del", "non", "sono", "gli", "alla",
            "anche", "nel", "con", "le", "si", "da", "ha", "dei", "questo", "nella",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "que", "do", "da", "em", "não", "uma", "com", "para", "é", "dos", "das",
            "se", "ao", "mais", "foi", "pelo", "pela", "como", "mas", "seu",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "niet", "dat", "met", "voor", "zijn", "op", "ook",
            "aan", "wordt", "door", "bij", "naar", "heeft", "werd", "maar", "uit", "om",
        ],
    ),
];

/// How many words to look at: enough to be sure, few enough to be free.
const SAMPLE_WORDS: usize = 400;

/// Every function word with one bit per language whose list holds it
/// (bit `i` for `FUNCTION_WORDS[i]`): one probe instead of a scan of
/// each list for each sampled word.
fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        WordTable::new(
            FUNCTION_WORDS
                .iter()
                .enumerate()
                .map(|(i, (_, list))| (1 << i, list.iter().map(|w| w.as_bytes()))),
        )
    })
}

/// The bits of the languages whose function words hold `word` in lower
/// case (Unicode lower case, as the lists are written).
fn languages_of(word: &str) -> u32 {
    if word.is_ascii() {
        table().get_ascii_lowercase(word)
    } else {
        table().get(word.to_lowercase().as_bytes())
    }
}

/// The language code of `text` ("en", "de", "zh"…), or `None` when there is
/// too little text to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    if let Some(script) = script_language(text) {
        return Some(script);
    }
    let mut counts = [0usize; FUNCTION_WORDS.len()];
    let mut words = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
    {
        words += 1;
        let langs = languages_of(word);
        if langs == 0 {
            continue;
        }
        for (i, count) in counts.iter_mut().enumerate() {
            if langs & (1 << i) != 0 {
                *count += 1;
            }
        }
    }
    if words < 8 {
        return None;
    }
    let (best, &hits) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    // Real prose is at least a tenth function words; below that it is a
    // list, a table or a language we do not know.
    if hits * 10 < words {
        return None;
    }
    Some(FUNCTION_WORDS[best].0)
}

/// Languages told by their script alone, when most letters are in it.
fn script_language(text: &str) -> Option<&'static str> {
    let mut letters = 0usize;
    let mut by_script = [0usize; 6];
    for c in text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(SAMPLE_WORDS * 5)
    {
        letters += 1;
        if (c as u32) < 0x0400 {
            // Latin and Greek: below every script counted here.
            continue;
        }
        let slot = match c as u32 {
            0x3040..=0x30FF => 0,                   // kana: Japanese
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => 1, // Han: Chinese (or Japanese)
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 2, // Hangul
            0x0400..=0x04FF => 3,                   // Cyrillic
            0x0600..=0x06FF | 0x0750..=0x077F => 4, // Arabic
            0x0590..=0x05FF => 5,                   // Hebrew
            _ => continue,
        };
        by_script[slot] += 1;
    }
    let (slot, &n) = by_script.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    if n * 2 < letters || n == 0 {
        return None;
    }
    // Japanese mixes kana with Han; any real share of kana decides it.
    if slot == 1 && by_script[0] * 10 > letters {
        return Some("ja");
    }
    Some(["ja", "zh", "ko", "ru", "ar", "he"][slot])
}

/// The English name of a language code, for messages to the reader.
pub fn name(code: &str) -> &str {
    match code {
        "en" => "English",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "ja" => "Japanese",
        "zh" => "Chinese",
        "ko" => "Korean",
        "ru" => "Russian",
        "ar" => "Arabic",
        "he" => "Hebrew",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_news_is_english() {
        let text = "The minister said on Tuesday that the talks with the rebels had failed, and he would resign.";
        assert_eq!(detect(text), Some("en"));
    }

    #[test]
    fn german_and_french_are_told_apart() {
        assert_eq!(
            detect("Der Minister sagte am Dienstag, dass die Gespräche mit den Rebellen nicht gescheitert sind und er auch bleibt."),
            Some("de")
        );
        assert_eq!(
            detect("Le ministre a déclaré mardi que les négociations avec les rebelles sont dans une impasse et qu'il ne partira pas."),
            Some("fr")
        );
    }

    #[test]
    fn scripts_decide_cjk_cyrillic_and_arabic() {
        assert_eq!(
            detect("外交部长周二表示，与叛军的谈判已经失败。"),
            Some("zh")
        );
        assert_eq!(
            detect("外務大臣は火曜日、反政府勢力との交渉は失敗したと述べた。"),
            Some("ja")
        );
        assert_eq!(
            detect("Министр заявил во вторник, что переговоры провалились."),
            Some("ru")
        );
        assert_eq!(
            detect("قال الوزير يوم الثلاثاء إن المحادثات فشلت"),
            Some("ar")
        );
    }

    #[test]
    fn too_little_text_is_unknown() {
        assert_eq!(detect("Hello"), None);
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 34 56 🙂"), None);
    }
}
