//! Checks: what a careful editor would flag. One module per warning kind.

use crate::entities::Recognised;
use crate::model::{Quote, Warning};
use crate::text::Document;

/// What every check reads.
pub struct Context<'a, 't> {
    /// The article, split.
    pub doc: &'a Document<'t>,
    /// Its entities.
    pub entities: &'a Recognised,
    /// Its quotations, with speakers.
    pub quotes: &'a [Quote],
}

/// Runs every check, in text order of their first evidence.
pub fn run(ctx: &Context) -> Vec<Warning> {
    let _ = ctx;
    Vec::new()
}
