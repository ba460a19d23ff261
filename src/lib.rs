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
    let mut entities = entities::recognise(doc);
    let quotes = quotes::find(doc, &mut entities);
    let warnings = checks::run(&checks::Context {
        doc,
        entities: &entities,
        quotes: &quotes,
    });
    Annotations {
        title,
        byline,
        published,
        lang: lang.unwrap_or_else(|| "en".to_string()),
        text: doc.text.to_string(),
        paragraphs: doc.paragraphs(),
        entities: entities.entities,
        quotes,
        warnings,
        notice: None,
    }
}
