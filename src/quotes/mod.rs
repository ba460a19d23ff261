//! Quotes: quotations in the text and who said each one.

use crate::entities::Recognised;
use crate::model::Quote;
use crate::text::Document;

/// Finds the quotations of `doc` and attributes each to a speaker. May
/// add entities (a speaker the entity pass missed) to `entities`.
pub fn find(doc: &Document, entities: &mut Recognised) -> Vec<Quote> {
    let _ = (doc, entities);
    Vec::new()
}
