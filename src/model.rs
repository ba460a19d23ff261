//! The annotation model: what Lede says about an article, as plain data.
//!
//! Every stage of the pipeline works with byte offsets into the article
//! text, because that is what Rust string slicing wants. The public JSON
//! (CLI and WebAssembly) promises Unicode code points (or UTF-16 units to
//! JavaScript), so offsets are converted exactly once, at the boundary, by
//! [`Annotations::into_unit`].

use serde::{Deserialize, Serialize};

use crate::text::offsets::{OffsetUnit, Offsets};

/// A half-open range `[start, end)` in the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First unit of the range.
    pub start: usize,
    /// One past the last unit of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (end exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of units covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one unit.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside this span.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A named person.
    Person,
    /// A company, agency, party, team, newspaper…
    Organization,
    /// A country, city, region or other location.
    Place,
    /// A named thing that is none of the above (events, laws, products).
    Other,
}

/// One person, organisation or place, with every place the article names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within one article: `e1`, `e2`, …
    pub id: String,
    /// The canonical, fullest name the article (or the knowledge base) gives.
    pub name: String,
    /// Person, organisation, place or other, decided over the whole article.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The role the article gives a person ("U.S. Secretary of State").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    /// The Wikipedia article, where the knowledge base knows it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub link: Option<String>,
    /// A short description for the hover card, from the knowledge base.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub description: Option<String>,
    /// Every mention, in text order, including short forms ("Tillerson").
    pub mentions: Vec<Span>,
}

/// How a quotation appears in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole sentence or more inside quotation marks.
    Direct,
    /// A few quoted words inside reported speech ("called it 'a disgrace'").
    Partial,
    /// A paragraph set apart as a quotation (a `<blockquote>`).
    Block,
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A named organisation ("the Kremlin said").
    Organization,
    /// A document ("the dossier says", "the report said").
    Document,
    /// An unnamed source ("one U.S. official").
    Anonymous,
    /// A group of people ("officials", "protesters").
    Group,
    /// Nobody identifiable.
    Unknown,
}

/// One quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Start of the quoted words (inside the quotation marks).
    pub start: usize,
    /// End of the quoted words (inside the quotation marks).
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// Direct, partial or block.
    pub kind: QuoteKind,
    /// The speaking entity's id, when the speaker is a named entity.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<String>,
    /// The canonical full name (or description, for anonymous sources).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_name: Option<String>,
    /// The speaker's role, found anywhere in the article.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_role: Option<String>,
    /// What kind of source the speaker is.
    pub speaker_kind: SpeakerKind,
    /// Where this quotation's own sentence names the speaker ("he", "Tillerson").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_span: Option<Span>,
    /// The speech verb or cue ("said", "told", "according to").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cue: Option<Span>,
    /// How sure the attribution is, from 0 to 1.
    pub confidence: f32,
}

/// How much a warning should worry the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not a fault.
    Info,
    /// A careful editor would query it.
    Caution,
    /// Likely wrong or misleading.
    Alert,
}

/// Something a careful editor would flag, with the spans that prove it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// The check that raised it, e.g. `unattributed_quote`.
    pub kind: String,
    /// Info, caution or alert.
    pub severity: Severity,
    /// One or two plain-language sentences for the reader.
    pub message: String,
    /// The evidence, in text order.
    pub spans: Vec<Span>,
}

/// A paragraph of the article text and the page block it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where the paragraph stands in `text`.
    #[serde(flatten)]
    pub span: Span,
    /// Index of the source block in the block list, when extracted from a page.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub block: Option<usize>,
    /// True for a heading, false for body text.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub heading: bool,
    /// True for a block quotation (`<blockquote>`).
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub blockquote: bool,
}

/// Everything Lede says about one article.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Annotations {
    /// The headline, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// The byline, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub byline: Option<String>,
    /// The publication date as the page gives it, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<String>,
    /// Language code; annotation declines politely for languages it does not read.
    pub lang: String,
    /// The article body that every offset refers to.
    pub text: String,
    /// Paragraphs of `text`, each mapped back to its page block.
    pub paragraphs: Vec<Paragraph>,
    /// People, organisations and places.
    pub entities: Vec<Entity>,
    /// Quotations with their speakers.
    pub quotes: Vec<Quote>,
    /// What a careful editor would flag.
    pub warnings: Vec<Warning>,
    /// A note for the reader when there is nothing to show and why.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub notice: Option<String>,
}

impl Annotations {
    /// Converts every offset from UTF-8 bytes (as the pipeline works) into
    /// `unit`, in one walk over the text. Call once, at the API boundary.
    pub fn into_unit(mut self, unit: OffsetUnit) -> Self {
        if unit == OffsetUnit::Byte {
            return self;
        }
        let offsets = Offsets::new(&self.text, unit);
        let span = |s: &mut Span| {
            s.start = offsets.convert(s.start);
            s.end = offsets.convert(s.end);
        };
        for p in &mut self.paragraphs {
            span(&mut p.span);
        }
        for e in &mut self.entities {
            e.mentions.iter_mut().for_each(span);
        }
        for q in &mut self.quotes {
            q.start = offsets.convert(q.start);
            q.end = offsets.convert(q.end);
            if let Some(s) = q.speaker_span.as_mut() {
                span(s);
            }
            if let Some(s) = q.cue.as_mut() {
                span(s);
            }
        }
        for w in &mut self.warnings {
            w.spans.iter_mut().for_each(span);
        }
        self
    }
}
