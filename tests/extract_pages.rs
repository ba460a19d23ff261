//! Extraction over fixture pages that imitate real layouts: each folder in
//! `tests/fixtures/pages/` holds a `source.html` and an `expected.json`
//! saying what the article must (and must not) contain, or that the page
//! holds no article.
#![cfg(feature = "cli")]

use std::path::Path;

use lede::extract::{extract, html, Article};
use serde_json::Value;

fn fixture(slug: &str) -> (Result<Article, lede::extract::NoArticle>, Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(slug);
    let source = std::fs::read_to_string(dir.join("source.html")).expect("fixture source");
    let expected = std::fs::read_to_string(dir.join("expected.json")).expect("fixture expectation");
    (
        extract(&html::parse(&source)),
        serde_json::from_str(&expected).expect("expected.json is JSON"),
    )
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Checks one fixture against its expectation, naming the first mismatch.
fn check(slug: &str) {
    let (result, want) = fixture(slug);
    if want.get("no_article").and_then(Value::as_bool) == Some(true) {
        assert!(
            result.is_err(),
            "{slug}: expected no article, got {:?}",
            result.map(|a| a.text)
        );
        return;
    }
    let article = result.unwrap_or_else(|e| panic!("{slug}: {e}"));
    let text = &article.text;
    for (key, got) in [
        ("title", &article.title),
        ("byline", &article.byline),
        ("published", &article.published),
        ("lang", &article.lang),
    ] {
        if let Some(w) = want.get(key).and_then(Value::as_str) {
            assert_eq!(got.as_deref(), Some(w), "{slug}: {key}");
        }
    }
    if let Some(first) = want.get("first").and_then(Value::as_str) {
        assert!(
            text.starts_with(first),
            "{slug}: text starts {:?}",
            text.get(..80)
        );
    }
    if let Some(last) = want.get("last").and_then(Value::as_str) {
        assert!(
            text.ends_with(last),
            "{slug}: text ends {:?}",
            &text[text.len().saturating_sub(80)..]
        );
    }
    if let Some(n) = want.get("paragraphs").and_then(Value::as_u64) {
        assert_eq!(
            article.paragraphs.len() as u64,
            n,
            "{slug}: paragraphs in {text:?}"
        );
    }
    for part in strings(&want, "includes") {
        assert!(
            text.contains(&part),
            "{slug}: {part:?} should be in {text:?}"
        );
    }
    for gone in strings(&want, "excludes") {
        assert!(
            !text.contains(&gone),
            "{slug}: {gone:?} should not be in {text:?}"
        );
    }
    let paragraph_text = |p: &lede::Paragraph| text[p.span.start..p.span.end].to_string();
    let headings: Vec<String> = article
        .paragraphs
        .iter()
        .filter(|p| p.heading)
        .map(paragraph_text)
        .collect();
    for h in strings(&want, "headings") {
        assert!(
            headings.contains(&h),
            "{slug}: heading {h:?} not in {headings:?}"
        );
    }
    let quotes: Vec<String> = article
        .paragraphs
        .iter()
        .filter(|p| p.blockquote)
        .map(paragraph_text)
        .collect();
    for q in strings(&want, "blockquotes") {
        assert!(
            quotes.contains(&q),
            "{slug}: blockquote {q:?} not in {quotes:?}"
        );
    }
    // Paragraphs tile the text with blank lines, each pointing at its block.
    let joined: Vec<String> = article.paragraphs.iter().map(paragraph_text).collect();
    assert_eq!(
        joined.join("\n\n"),
        *text,
        "{slug}: paragraphs do not tile the text"
    );
    assert!(
        article.paragraphs.iter().all(|p| p.block.is_some()),
        "{slug}: paragraph without a block"
    );
    assert!(
        article.title.as_deref().is_some_and(|t| !text.contains(t)),
        "{slug}: title leaked into the body"
    );
}

#[test]
fn two_columns_with_a_sidebar() {
    check("two-columns-sidebar");
}

#[test]
fn live_blog() {
    check("live-blog");
}

#[test]
fn article_followed_by_related_headlines() {
    check("related-headlines");
}

#[test]
fn paywall_teaser() {
    check("paywall-teaser");
}

#[test]
fn article_with_comments() {
    check("comments");
}

#[test]
fn amp_page() {
    check("amp-page");
}

#[test]
fn home_page_is_not_an_article() {
    check("home-page");
}

#[test]
fn custom_inline_elements_stay_inside_their_paragraph() {
    check("cited-health-guide");
}

#[test]
fn a_data_table_keeps_its_figures() {
    check("stats-table");
}

#[test]
fn embedded_posts_quoted_by_the_story_are_kept() {
    check("embedded-posts");
}

#[test]
fn paragraphs_map_back_to_their_blocks() {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages/comments/source.html"),
    )
    .expect("fixture");
    let page = html::parse(&source);
    let article = extract(&page).expect("an article");
    for p in &article.paragraphs {
        let block = &page.blocks[p.block.expect("block index")];
        assert_eq!(block.text, article.text[p.span.start..p.span.end]);
    }
}

#[test]
fn the_block_list_round_trips_through_json() {
    let source = "<html lang=de><body><article><h1>Ein Titel hier</h1><p>Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss, nach drei Jahren Bauzeit und vielen Verzögerungen, die die Stadt viel Geld gekostet haben.</p><p>Die Anwohner feierten mit einem Fest am Ufer, und der Verkehr in der Altstadt soll nun deutlich abnehmen, hoffen die Planer und die Händler.</p><p>Die alte Fähre, die bisher die beiden Ufer verband, wird im Frühjahr eingestellt, ihre Besatzung wechselt zum städtischen Busbetrieb.</p></article></body></html>";
    let page = html::parse(source);
    let json = serde_json::to_string(&page).expect("serialises");
    let back: lede::extract::Page = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, page);
    let article = extract(&back).expect("non-English articles are extracted");
    assert_eq!(article.lang.as_deref(), Some("de"));
    assert_eq!(article.paragraphs.len(), 3);
    let json = serde_json::to_value(&article).expect("article serialises");
    assert!(json["paragraphs"][0]["block"].is_u64() && json["text"].is_string());
}
