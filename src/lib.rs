//! Lede's core: reads a news article and says who said each quotation,
//! which people, organisations and places it names, and what a careful
//! editor would flag.
//!
//! The pipeline, one module a stage:
//! [`text`] → [`extract`] → [`entities`] → [`quotes`] → [`checks`], with
//! [`kb`] as the embedded knowledge base and [`model`] the output.

pub mod checks;
pub mod entities;
pub mod extract;
pub mod kb;
pub mod model;
pub mod quotes;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use model::{
    Annotations, Entity, EntityType, Paragraph, Quote, QuoteKind, Severity, Span, SpeakerKind,
    Warning,
};
pub use text::offsets::OffsetUnit;

use extract::Article;
use text::Document;

/// Annotates plain text. The text is kept verbatim; a short first line
/// without a full stop is taken as the headline.
pub fn annotate_text(text: &str) -> Annotations {
    let doc = Document::from_plain_text(text);
    let title = doc.title.map(|s| doc.slice(s).to_string());
    annotate_document(&doc, title, None, None, None)
}

/// Annotates plain text with a separate headline (the JSON Lines `title`).
pub fn annotate_titled(title: &str, text: &str) -> Annotations {
    let mut doc = Document::from_plain_text(text);
    if doc.title.is_some() {
        // The caller named the headline; the first line is body after all.
        if let Some(p) = doc.paras.first_mut() {
            p.heading = false;
        }
        doc.title = None;
    }
    annotate_document(&doc, Some(title.to_string()), None, None, None)
}

/// Annotates an extracted article, keeping its paragraph-to-block map.
pub fn annotate_article(article: &Article) -> Annotations {
    let doc = Document::from_paragraphs(&article.text, &article.paragraphs, None);
    annotate_document(
        &doc,
        article.title.clone(),
        article.byline.clone(),
        article.published.clone(),
        article.lang.clone(),
    )
}

fn annotate_document(
    doc: &Document,
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    lang: Option<String>,
) -> Annotations {
    // The text decides over the page's `lang` attribute, which templates
    // often leave at "en" whatever the article's language.
    let lang = text::lang::detect(doc.text)
        .map(str::to_string)
        .or(lang)
        .map(|l| l.to_ascii_lowercase())
        .unwrap_or_else(|| "en".to_string());
    if !lang.starts_with("en") {
        return Annotations {
            title,
            byline,
            published,
            notice: Some(format!(
                "Lede reads English articles; this one appears to be in {}, so it is shown without annotations.",
                text::lang::name(lang.split('-').next().unwrap_or(&lang))
            )),
            lang,
            text: doc.text.to_string(),
            paragraphs: doc.paragraphs(),
            ..Annotations::default()
        };
    }
    let mut entities = entities::recognise(doc);
    let quotes = quotes::find(doc, &mut entities);
    let warnings = checks::run(&checks::Context {
        doc,
        entities: &entities,
        quotes: &quotes,
        title: title.as_deref(),
        published: published.as_deref(),
        shared: checks::Shared::default(),
    });
    Annotations {
        title,
        byline,
        published,
        lang,
        text: doc.text.to_string(),
        paragraphs: doc.paragraphs(),
        entities: entities.entities,
        quotes,
        warnings,
        notice: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_languages_are_declined_politely() {
        let a = annotate_text("Der Minister sagte am Dienstag, dass die Gespräche mit den Rebellen gescheitert sind und er nicht bleibt.");
        assert_eq!(a.lang, "de");
        assert!(a.notice.unwrap().contains("German"));
        assert!(a.quotes.is_empty() && a.entities.is_empty());
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn english_is_annotated_without_a_notice() {
        let a = annotate_text("The minister said on Tuesday that the talks had failed.");
        assert_eq!(a.lang, "en");
        assert!(a.notice.is_none());
    }
}
