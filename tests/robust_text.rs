//! Any text: right-to-left scripts, CJK, emoji and combining marks, mixed
//! line endings and the replacement character that stands in for a lone
//! surrogate from JavaScript. Annotation never panics on them, and every
//! span, converted to code points or UTF-16, cuts out exactly the words it
//! cut out in bytes — as Python and JavaScript would slice the text.

mod robust_support;

use lede::{annotate_text, annotate_titled, Annotations, OffsetUnit, Span};
use robust_support::{assert_sane, slice_in_unit};

/// An English news story (so the whole pipeline runs, not the polite
/// decline for other languages) carrying `insert` in its names, quotes
/// and paragraphs.
fn story_with(insert: &str) -> String {
    format!(
        "Ministers meet in Geneva {insert}\n\n\
         “We will not leave {insert},” said Maria Lopez-{insert}, the foreign minister of the country, on Tuesday.\n\n\
         The talks with the rebels had failed, she told reporters at the United Nations in Geneva. \
         “It is {insert} a disgrace,” said Ahmed {insert} Karimi, a spokesman for the opposition.\n\n\
         President John Smith said the government would \"not give up\" and that {insert} talks would resume.\n"
    )
}

/// Annotates and checks every invariant, slicing each span in each unit.
fn annotate_checked(text: &str) -> Annotations {
    let a = annotate_text(text);
    assert_eq!(a.text, text, "plain text is kept verbatim");
    assert_sane(&a, true);
    a
}

/// The code-point and UTF-16 slices of every paragraph are its line.
fn assert_paragraphs_are(a: &Annotations, lines: &[&str]) {
    let got: Vec<&str> = a
        .paragraphs
        .iter()
        .map(|p| &a.text[p.span.start..p.span.end])
        .collect();
    assert_eq!(got, lines);
    for unit in [OffsetUnit::CodePoint, OffsetUnit::Utf16] {
        let c = a.clone().into_unit(unit);
        let got: Vec<String> = c
            .paragraphs
            .iter()
            .map(|p| slice_in_unit(&c.text, p.span, unit).expect("in range"))
            .collect();
        assert_eq!(got, lines, "{unit:?}");
    }
}

#[test]
fn right_to_left_scripts_keep_their_offsets() {
    for insert in [
        "القاهرة",
        "ירושלים",
        "\u{200F}مرحبا\u{200E}",
        // A right-to-left override turns the rest of the line around on
        // screen; offsets count the logical order all the same.
        "\u{202E}reversed\u{202C}",
        "«بشار الأسد»",
    ] {
        annotate_checked(&story_with(insert));
    }
}

#[test]
fn right_to_left_article_is_declined_with_exact_paragraphs() {
    let text = "قال الوزير يوم الثلاثاء إن المحادثات فشلت\n«لن نغادر»، قال المتحدث باسم المعارضة\n";
    let a = annotate_checked(text);
    assert_eq!(a.lang, "ar");
    assert_paragraphs_are(
        &a,
        &[
            "قال الوزير يوم الثلاثاء إن المحادثات فشلت",
            "«لن نغادر»، قال المتحدث باسم المعارضة",
        ],
    );
}

#[test]
fn cjk_keeps_its_offsets() {
    for insert in [
        "東京",
        "「北京」",
        "서울특별시",
        "ｆｕｌｌｗｉｄｔｈ",
        "𠀋𡈽",
    ] {
        annotate_checked(&story_with(insert));
    }
    let text = "外交部长周二表示，「与叛军的谈判已经失败。」\n𠀋𡈽𡌛 是罕见字。\n";
    let a = annotate_checked(text);
    assert_paragraphs_are(
        &a,
        &[
            "外交部长周二表示，「与叛军的谈判已经失败。」",
            "𠀋𡈽𡌛 是罕见字。",
        ],
    );
}

#[test]
fn emoji_and_combining_marks_keep_their_offsets() {
    for insert in [
        "🇸🇾",
        "👩🏽‍⚕️",
        "👨‍👩‍👧‍👦",
        "e\u{301}",
        "Z\u{351}\u{34b}\u{34a}a\u{35b}\u{346}l\u{33e}g\u{350}o\u{344}",
        "\u{1F600}\u{FE0F}",
    ] {
        annotate_checked(&story_with(insert));
    }
}

#[test]
fn a_name_with_decomposed_accents_is_one_word() {
    // "José" spelt with a combining acute accent must not split the name,
    // so its mentions cover the accent too.
    let a = annotate_checked(&story_with("Jose\u{301}"));
    for e in &a.entities {
        for m in &e.mentions {
            let words = &a.text[m.start..m.end];
            assert!(
                !words.starts_with('\u{301}'),
                "mention starts on a combining mark: {words:?}"
            );
        }
    }
}

#[test]
fn mixed_line_endings_split_paragraphs_alike() {
    let lines = [
        "The minister resigned on Tuesday.",
        "“We are leaving,” she said.",
        "The talks had failed.",
        "Officials said they would meet again.",
        "Nobody knew when.",
    ];
    // Windows, old Mac, Unix, and the Unicode line and paragraph separators.
    let text = format!(
        "{}\r\n{}\r{}\n{}\u{2028}{}\u{2029}",
        lines[0], lines[1], lines[2], lines[3], lines[4]
    );
    let a = annotate_checked(&text);
    assert_paragraphs_are(&a, &lines);
    let doubled = format!("{}\r\n\r\n{}\r\r{}", lines[0], lines[1], lines[2]);
    assert_paragraphs_are(&annotate_checked(&doubled), &lines[..3]);
}

#[test]
fn lone_surrogates_arrive_as_replacement_characters() {
    // A JavaScript string with an unpaired surrogate reaches Rust with
    // U+FFFD in its place (wasm-bindgen encodes with TextEncoder, which
    // replaces it). U+FFFD is one UTF-16 unit, like the surrogate, so
    // UTF-16 offsets still index the page's own string.
    let js_units: Vec<u16> = "“We will stay,” said Maria Lopez ? on Tuesday."
        .encode_utf16()
        .map(|u| if u == u16::from(b'?') { 0xD800 } else { u })
        .collect();
    let text = String::from_utf16_lossy(&js_units);
    assert!(text.contains('\u{FFFD}'));
    assert_eq!(text.encode_utf16().count(), js_units.len());
    let a = annotate_checked(&text);
    let u = a.clone().into_unit(OffsetUnit::Utf16);
    for (b, j) in a.paragraphs.iter().zip(&u.paragraphs) {
        // Slicing the original (lone-surrogate) units gives the same words
        // wherever the replacement character is not inside the span.
        let original = String::from_utf16_lossy(&js_units[j.span.start..j.span.end]);
        assert_eq!(original, a.text[b.span.start..b.span.end]);
    }
    annotate_checked(&story_with("\u{FFFD}\u{FFFD}"));
}

#[test]
fn control_characters_and_odd_spaces_are_plain_text() {
    for insert in [
        "\0",
        "\u{7}\u{8}\u{1b}[31m",
        "\u{a0}\u{2009}\u{200b}\u{feff}\u{3000}",
        "\u{85}\u{b}\u{c}",
        "\t\t",
        "\u{e000}\u{10ffff}",
    ] {
        annotate_checked(&story_with(insert));
    }
}

#[test]
fn quotation_marks_of_every_script_keep_their_offsets() {
    for insert in [
        "„Ja“",
        "‚ja‘",
        "«oui»",
        "‹non›",
        "『はい』",
        "‟x‟",
        "＂y＂",
        "'\"'\"'",
        "”“",
    ] {
        annotate_checked(&story_with(insert));
    }
}

#[test]
fn a_separate_title_keeps_body_offsets_verbatim() {
    let body = story_with("😀");
    let a = annotate_titled("Talks 🇸🇾 stall", &body);
    assert_eq!(a.text, body);
    assert_eq!(a.title.as_deref(), Some("Talks 🇸🇾 stall"));
    assert_sane(&a, true);
}

#[test]
fn text_of_nothing_but_marks_or_space_is_handled() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\r\n",
        "“",
        "”“”“",
        "\u{301}\u{301}",
        "🇸",
        "...",
        "'s",
        "\u{FFFD}",
    ] {
        let a = annotate_checked(text);
        assert!(a
            .paragraphs
            .iter()
            .all(|p| !a.text[p.span.start..p.span.end].trim().is_empty()));
    }
}

#[test]
fn unit_slices_match_python_and_javascript() {
    // The checker's own yardstick, pinned to values computed by hand:
    // Python len("a😀é") == 3, JavaScript "a😀é".length == 4.
    let text = "a😀é";
    assert_eq!(
        slice_in_unit(text, Span::new(1, 2), OffsetUnit::CodePoint).as_deref(),
        Some("😀")
    );
    assert_eq!(
        slice_in_unit(text, Span::new(1, 3), OffsetUnit::Utf16).as_deref(),
        Some("😀")
    );
    assert_eq!(
        slice_in_unit(text, Span::new(3, 4), OffsetUnit::Utf16).as_deref(),
        Some("é")
    );
    assert_eq!(
        slice_in_unit(text, Span::new(1, 2), OffsetUnit::Utf16),
        None,
        "half a surrogate pair"
    );
}

#[test]
fn a_speaker_found_without_a_speech_verb_has_no_inverted_cue() {
    // A clause's named subject with no speech verb used to report an
    // empty, inverted cue (found by fuzzing).
    let a = annotate_checked(
        "Donald Trump openly admires Vladimir Putin as a \"strong leader\" of his country.",
    );
    assert_eq!(a.quotes[0].speaker_name.as_deref(), Some("Donald Trump"));
    assert!(a.quotes[0].cue.is_none());
}
