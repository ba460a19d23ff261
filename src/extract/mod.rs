//! Extract: find the article on a page — body paragraphs, title, byline,
//! date and language — and leave out navigation, related links, captions,
//! comments, ads, share bars and banners.

pub mod page;

#[cfg(feature = "cli")]
pub mod html;

use serde::{Deserialize, Serialize};

use crate::model::Paragraph;
pub use page::{Block, Node, Page};

/// The article found on a page.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// The headline, without the site name.
    pub title: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// When it was published, as the page gives it.
    pub published: Option<String>,
    /// Language code, lower-case ("en").
    pub lang: Option<String>,
    /// The body: paragraphs separated by blank lines.
    pub text: String,
    /// Each paragraph's place in `text` and the block it came from.
    pub paragraphs: Vec<Paragraph>,
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoArticle {
    /// The page has too little text to hold an article.
    TooLittleText,
    /// The page looks like a home page, section front or list of links.
    NotAnArticle,
}

impl std::fmt::Display for NoArticle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoArticle::TooLittleText => write!(f, "no article: the page has too little text"),
            NoArticle::NotAnArticle => {
                write!(
                    f,
                    "no article: the page looks like a front page or a list of links"
                )
            }
        }
    }
}

/// Finds the article in `page`.
pub fn extract(page: &Page) -> Result<Article, NoArticle> {
    let _ = page;
    Err(NoArticle::TooLittleText)
}
