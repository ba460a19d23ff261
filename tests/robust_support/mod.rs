//! Invariants every [`Annotations`] must keep, whatever the input: shared
//! by the `robust_*` integration tests and by the fuzz targets in `fuzz/`
//! (which include this file by path), so a fuzzer and a regression test
//! check exactly the same promises.
//!
//! Two stages are checked. In byte offsets (as the pipeline produces them)
//! every span lies inside `text`, starts no later than it ends and falls on
//! char boundaries; quotes carry the very words they point at; entity ids
//! count up in order of first mention and each entity's mentions are
//! sorted. After [`Annotations::into_unit`], every code-point offset equals
//! the number of characters before that byte (Python's `str` indexing) and
//! every UTF-16 offset the number of UTF-16 units (JavaScript's).

#![allow(dead_code)] // each test crate uses a different part of it

use lede::{Annotations, OffsetUnit, Span};

/// A named span of an [`Annotations`], for error messages.
type Labelled = (String, Span);

/// Every span in `a`, labelled with where it comes from, in a fixed order
/// (the same order for a converted copy, so spans can be paired).
pub fn all_spans(a: &Annotations) -> Vec<Labelled> {
    let mut out = Vec::new();
    for (i, p) in a.paragraphs.iter().enumerate() {
        out.push((format!("paragraph {i}"), p.span));
    }
    for e in &a.entities {
        for (j, m) in e.mentions.iter().enumerate() {
            out.push((format!("entity {} mention {j}", e.id), *m));
        }
    }
    for (i, q) in a.quotes.iter().enumerate() {
        out.push((format!("quote {i}"), Span::new(q.start, q.end)));
        if let Some(s) = q.speaker_span {
            out.push((format!("quote {i} speaker_span"), s));
        }
        if let Some(s) = q.cue {
            out.push((format!("quote {i} cue"), s));
        }
    }
    for (i, w) in a.warnings.iter().enumerate() {
        for (j, s) in w.spans.iter().enumerate() {
            out.push((format!("warning {i} ({}) span {j}", w.kind), *s));
        }
    }
    out
}

/// Checks `a` as the pipeline returns it (byte offsets). `Err` names the
/// first broken promise.
pub fn check_bytes(a: &Annotations) -> Result<(), String> {
    let text = a.text.as_str();
    for (what, s) in all_spans(a) {
        if s.start > s.end || s.end > text.len() {
            return Err(format!(
                "{what}: {s:?} is not inside a text of {} bytes",
                text.len()
            ));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("{what}: {s:?} cuts a character"));
        }
    }
    check_paragraphs(a)?;
    check_entities(a)?;
    check_quotes(a)?;
    check_warnings(a)?;
    Ok(())
}

fn check_paragraphs(a: &Annotations) -> Result<(), String> {
    let mut last_end = 0;
    for (i, p) in a.paragraphs.iter().enumerate() {
        if p.span.start < last_end {
            return Err(format!(
                "paragraph {i} {:?} overlaps or precedes the one before",
                p.span
            ));
        }
        if p.span.is_empty() {
            return Err(format!("paragraph {i} is empty"));
        }
        last_end = p.span.end;
    }
    Ok(())
}

fn check_entities(a: &Annotations) -> Result<(), String> {
    let text = a.text.as_str();
    let mut last_first = None;
    for (i, e) in a.entities.iter().enumerate() {
        if e.id != format!("e{}", i + 1) {
            return Err(format!("entity {i} has id {:?}, not e{}", e.id, i + 1));
        }
        if e.name.trim().is_empty() {
            return Err(format!("entity {} has no name", e.id));
        }
        let Some(first) = e.mentions.first() else {
            return Err(format!("entity {} has no mention", e.id));
        };
        if last_first.is_some_and(|l| first.start < l) {
            return Err(format!(
                "entity {} is numbered out of order of first mention",
                e.id
            ));
        }
        last_first = Some(first.start);
        for pair in e.mentions.windows(2) {
            if pair[1].start < pair[0].start || pair[0] == pair[1] {
                return Err(format!("entity {} mentions are not sorted: {pair:?}", e.id));
            }
        }
        for m in &e.mentions {
            let words = &text[m.start..m.end];
            if words.trim().is_empty() || words.trim().len() != words.len() {
                return Err(format!("entity {} mention {m:?} is {words:?}", e.id));
            }
        }
    }
    Ok(())
}

fn check_quotes(a: &Annotations) -> Result<(), String> {
    let text = a.text.as_str();
    let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
    for (i, q) in a.quotes.iter().enumerate() {
        if text[q.start..q.end] != q.text {
            return Err(format!(
                "quote {i} says {:?} but its span holds {:?}",
                q.text,
                &text[q.start..q.end]
            ));
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            return Err(format!("quote {i} has confidence {}", q.confidence));
        }
        if let Some(id) = &q.speaker {
            if !ids.contains(&id.as_str()) {
                return Err(format!("quote {i} names speaker {id}, which is no entity"));
            }
        }
    }
    for (i, pair) in a.quotes.windows(2).enumerate() {
        if pair[1].start < pair[0].start {
            return Err(format!("quotes {i} and {} are out of text order", i + 1));
        }
    }
    Ok(())
}

fn check_warnings(a: &Annotations) -> Result<(), String> {
    for (i, w) in a.warnings.iter().enumerate() {
        if w.kind.is_empty() || w.message.trim().is_empty() {
            return Err(format!("warning {i} lacks a kind or a message: {w:?}"));
        }
        // A headline given apart from the text (a page's title) has no
        // place in it: a warning about its words may point nowhere.
        let about_separate_headline =
            w.kind == lede::checks::headline_unsupported::KIND && a.title.is_some();
        if w.spans.is_empty() && !about_separate_headline {
            return Err(format!("warning {i} ({}) cites no evidence", w.kind));
        }
    }
    Ok(())
}

/// For each char boundary of `text`, how many `unit`s come before it;
/// `None` between the bytes of one character.
pub fn unit_offsets(text: &str, unit: OffsetUnit) -> Vec<Option<usize>> {
    let mut out = vec![None; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        out[i] = Some(n);
        n += match unit {
            OffsetUnit::Byte => c.len_utf8(),
            OffsetUnit::CodePoint => 1,
            OffsetUnit::Utf16 => c.len_utf16(),
        };
    }
    out[text.len()] = Some(n);
    out
}

/// Checks that converting `a` (valid in bytes) to code points and to
/// UTF-16 moves every span exactly where Python and JavaScript would put
/// it. With `slice_each`, also cuts each span out in that unit and
/// compares the words (quadratic; for small texts).
pub fn check_units(a: &Annotations, slice_each: bool) -> Result<(), String> {
    let bytes = all_spans(a);
    for unit in [OffsetUnit::CodePoint, OffsetUnit::Utf16] {
        let expected = unit_offsets(&a.text, unit);
        let converted = a.clone().into_unit(unit);
        if converted.text != a.text {
            return Err(format!("{unit:?}: conversion changed the text"));
        }
        let moved = all_spans(&converted);
        if moved.len() != bytes.len() {
            return Err(format!("{unit:?}: conversion lost spans"));
        }
        for ((what, b), (_, u)) in bytes.iter().zip(&moved) {
            let want = Span::new(
                expected[b.start].expect("checked boundary"),
                expected[b.end].expect("checked boundary"),
            );
            if *u != want {
                return Err(format!(
                    "{unit:?}: {what} {b:?} became {u:?}, want {want:?}"
                ));
            }
            if slice_each {
                let got = slice_in_unit(&a.text, *u, unit);
                if got.as_deref() != Some(&a.text[b.start..b.end]) {
                    return Err(format!("{unit:?}: {what} {u:?} slices to {got:?}"));
                }
            }
        }
        for (q, cq) in a.quotes.iter().zip(&converted.quotes) {
            if q.text != cq.text {
                return Err(format!("{unit:?}: a quote's text changed in conversion"));
            }
        }
    }
    Ok(())
}

/// `text[span]` where `span` counts `unit`s, as Python (code points) or
/// JavaScript (UTF-16) would slice it.
pub fn slice_in_unit(text: &str, span: Span, unit: OffsetUnit) -> Option<String> {
    match unit {
        OffsetUnit::Byte => text.get(span.start..span.end).map(str::to_string),
        OffsetUnit::CodePoint => {
            let n = text.chars().count();
            (span.start <= span.end && span.end <= n)
                .then(|| text.chars().skip(span.start).take(span.len()).collect())
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            let part = units.get(span.start..span.end)?;
            String::from_utf16(part).ok()
        }
    }
}

/// Every check, panicking with the broken promise and the input's start.
pub fn assert_sane(a: &Annotations, slice_each: bool) {
    if let Err(e) = check_bytes(a).and_then(|()| check_units(a, slice_each)) {
        let head: String = a.text.chars().take(200).collect();
        panic!("{e}\n  text starts: {head:?}");
    }
}

/// Checks an extracted article against the page it came from: each
/// paragraph is a non-empty, in-order slice of `text` on char boundaries,
/// made of exactly the text of the block it names, and the annotations of
/// the article keep every promise of [`assert_sane`].
pub fn assert_article_sane(page: &lede::extract::Page, article: &lede::extract::Article) {
    let text = article.text.as_str();
    let mut last_end = 0;
    for (i, p) in article.paragraphs.iter().enumerate() {
        let s = p.span;
        assert!(
            last_end <= s.start && s.start < s.end && s.end <= text.len(),
            "paragraph {i} {s:?} is out of order or outside a text of {} bytes",
            text.len()
        );
        let words = text
            .get(s.start..s.end)
            .expect("paragraph on char boundaries");
        let block = p.block.expect("an extracted paragraph names its block");
        assert_eq!(
            Some(words),
            page.blocks.get(block).map(|b| b.text.as_str()),
            "paragraph {i} is not the text of block {block}"
        );
        last_end = s.end;
    }
    let a = lede::annotate_article(article);
    assert_eq!(a.text, article.text, "annotations keep the article text");
    // Slicing every span in every unit is quadratic: for small articles only.
    assert_sane(&a, text.len() <= 1024);
}
