//! The WebAssembly API: a thin binding that hands JavaScript the core's
//! answers as plain objects and makes no decisions of its own.
//!
//! Two functions, both synchronous:
//!
//! - `annotateText(text, title?)` → `Annotations` for plain text;
//! - `annotatePage(page)` → `{article, annotations}` when the page holds an
//!   article, or `{notice}` saying why it does not. `page` is the block list
//!   of [`crate::extract::Page`], as the extension's content script builds it
//!   from the live DOM.
//!
//! **Every offset handed to JavaScript counts UTF-16 code units**, so that
//! `text.slice(start, end)` in JavaScript gives the span's text. The pipeline
//! works in UTF-8 bytes; the conversion happens once, here, through
//! [`Annotations::into_unit`]. Bad input becomes a JavaScript `Error` whose
//! message starts with `lede:` and says what was expected.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::extract::{self, Article, Page};
use crate::model::Annotations;
use crate::text::offsets::{OffsetUnit, Offsets};

/// Annotates plain text; `title`, when given, is the headline.
#[wasm_bindgen(js_name = annotateText)]
pub fn annotate_text(text: &str, title: Option<String>) -> Result<JsValue, JsError> {
    let annotations = match title.as_deref() {
        Some(title) => crate::annotate_titled(title, text),
        None => crate::annotate_text(text),
    };
    to_js(&annotations.into_unit(OffsetUnit::Utf16))
}

/// What `annotatePage` answers: the article and its annotations, or why the
/// page holds none.
#[derive(Serialize)]
#[serde(untagged)]
enum PageAnswer {
    Found {
        article: Article,
        annotations: Annotations,
    },
    Declined {
        notice: String,
    },
}

/// Finds the article in a page's block list and annotates it.
#[wasm_bindgen(js_name = annotatePage)]
pub fn annotate_page(page: JsValue) -> Result<JsValue, JsError> {
    let page: Page = serde_wasm_bindgen::from_value(page).map_err(|e| {
        JsError::new(&format!(
            "lede: annotatePage expects a page block list {{url, title, lang, meta, json_ld, times, nodes, blocks}}: {e}"
        ))
    })?;
    let answer = match extract::extract(&page) {
        Ok(article) => {
            let annotations = crate::annotate_article(&article).into_unit(OffsetUnit::Utf16);
            PageAnswer::Found {
                article: article_in_utf16(article),
                annotations,
            }
        }
        Err(why) => PageAnswer::Declined {
            notice: why.to_string(),
        },
    };
    to_js(&answer)
}

/// The article with its paragraph spans counted in UTF-16 units, like the
/// annotations beside it.
fn article_in_utf16(mut article: Article) -> Article {
    let offsets = Offsets::new(&article.text, OffsetUnit::Utf16);
    for p in &mut article.paragraphs {
        p.span.start = offsets.convert(p.span.start);
        p.span.end = offsets.convert(p.span.end);
    }
    article
}

/// Plain JavaScript objects (not `Map`s), with absent fields left out.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            JsError::new(&format!(
                "lede: could not hand the result to JavaScript: {e}"
            ))
        })
}
