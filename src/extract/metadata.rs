//! Metadata: the headline, byline, publication date and language, read
//! from JSON-LD, `<meta>` tags, `<time>` elements and the page's own
//! headline, in that order of trust.

use serde_json::Value;

use super::page::Page;

/// Schema.org types that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "SocialMediaPosting",
    "Review",
];

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

/// Meta names that carry the author, most specific first.
const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
    "twitter:creator",
];

/// Meta names that carry the publication date, most specific first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
];

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LinkedData {
    /// True when some JSON-LD object has an article type.
    pub is_article: bool,
    pub headline: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
}

/// Reads every JSON-LD script; bad JSON is skipped.
pub fn linked_data(page: &Page) -> LinkedData {
    let mut out = LinkedData::default();
    for script in &page.json_ld {
        if let Ok(value) = serde_json::from_str::<Value>(script.trim()) {
            visit(&value, 0, &mut out);
        }
    }
    out
}

fn visit(value: &Value, depth: u32, out: &mut LinkedData) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| visit(v, depth + 1, out)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                visit(graph, depth + 1, out);
            }
            let article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if !article {
                return;
            }
            out.is_article = true;
            if out.headline.is_none() {
                out.headline = map.get("headline").and_then(Value::as_str).map(clean);
            }
            if out.author.is_none() {
                out.author = map
                    .get("author")
                    .and_then(|a| names(a, 0))
                    .filter(|a| !a.is_empty());
            }
            if out.published.is_none() {
                out.published = map.get("datePublished").and_then(Value::as_str).map(clean);
            }
        }
        _ => {}
    }
}

/// Author names from a string, a Person object or a list of either.
fn names(value: &Value, depth: u32) -> Option<String> {
    match value {
        Value::String(s) if !s.contains("://") => Some(clean(s)),
        Value::Object(map) => map.get("name").and_then(|n| names(n, depth + 1)),
        Value::Array(items) if depth < 3 => {
            let all: Vec<String> = items.iter().filter_map(|v| names(v, depth + 1)).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        _ => None,
    }
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `<meta>` content among `names`, in the order of `names`.
pub fn meta<'a>(page: &'a Page, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|name| {
        page.meta
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    })
}

/// The headline: JSON-LD, `og:title`, the page's `<h1>`, or `<title>`,
/// with the site name removed.
pub fn title(page: &Page, ld: &LinkedData, h1: Option<&str>) -> Option<String> {
    let site = meta(page, &["og:site_name", "application-name"]);
    let candidates = [
        meta(page, &["og:title", "twitter:title"]),
        ld.headline.as_deref(),
        h1,
        Some(page.title.as_str()),
    ];
    let raw = candidates
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|t| !t.is_empty())?;
    // An <h1> that the document title contains is the headline as printed.
    let raw = match h1 {
        Some(h) if !h.is_empty() && raw != h && raw.contains(h) => h,
        _ => raw,
    };
    Some(without_site_name(raw, site))
}

/// Cuts a site name off either end of a title ("Headline | Site").
fn without_site_name(title: &str, site: Option<&str>) -> String {
    for sep in TITLE_SEPARATORS {
        if let Some(site) = site.filter(|s| !s.is_empty()) {
            if let Some(head) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep)) {
                return head.trim().to_string();
            }
            if let Some(tail) = title.strip_prefix(site).and_then(|t| t.strip_prefix(sep)) {
                return tail.trim().to_string();
            }
        }
    }
    for sep in TITLE_SEPARATORS {
        if let Some(at) = title.rfind(sep) {
            let head = &title[..at];
            if head.split_whitespace().count() >= 3 && title[at..].split_whitespace().count() <= 5 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The author: JSON-LD, author meta tags, or a byline block's text.
pub fn byline(page: &Page, ld: &LinkedData, byline_block: Option<&str>) -> Option<String> {
    let from_meta = meta(page, AUTHOR_META).filter(|a| !a.contains("://") && !a.starts_with('@'));
    ld.author
        .clone()
        .or_else(|| from_meta.map(str::to_string))
        .or_else(|| byline_block.map(strip_by))
        .filter(|b| !b.is_empty() && b.chars().count() <= 200)
}

/// "By Jane Doe" → "Jane Doe".
fn strip_by(text: &str) -> String {
    let t = text.trim();
    match (t.get(..3), t.get(3..)) {
        (Some(by), Some(rest)) if by.eq_ignore_ascii_case("by ") => rest.trim().to_string(),
        _ => t.to_string(),
    }
}

/// The publication date as the page gives it.
pub fn published(page: &Page, ld: &LinkedData) -> Option<String> {
    ld.published
        .clone()
        .or_else(|| meta(page, DATE_META).map(str::to_string))
        .or_else(|| page.times.iter().find(|t| !t.is_empty()).cloned())
}

/// The primary language subtag, lower-case ("en" from "en-GB").
pub fn lang(page: &Page) -> Option<String> {
    let tag = Some(page.lang.as_str())
        .filter(|l| !l.trim().is_empty())
        .or_else(|| {
            meta(
                page,
                &["og:locale", "content-language", "language", "dc.language"],
            )
        })?;
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() >= 2 && primary.len() <= 3 && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_with(meta: &[(&str, &str)], title: &str) -> Page {
        Page {
            title: title.into(),
            meta: meta
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Page::default()
        }
    }

    #[test]
    fn json_ld_article_fields_are_read_from_graphs_and_lists() {
        let page = Page {
            json_ld: vec![
                "not json".into(),
                r#"{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Big  news",
                   "author":[{"@type":"Person","name":"Ana Lima"},{"name":"Bo Chen"}],
                   "datePublished":"2021-03-04T05:06:07Z"}]}"#
                    .into(),
            ],
            ..Page::default()
        };
        let ld = linked_data(&page);
        assert!(ld.is_article);
        assert_eq!(ld.headline.as_deref(), Some("Big news"));
        assert_eq!(ld.author.as_deref(), Some("Ana Lima, Bo Chen"));
        assert_eq!(
            published(&page, &ld).as_deref(),
            Some("2021-03-04T05:06:07Z")
        );
    }

    #[test]
    fn title_drops_the_site_name() {
        let page = page_with(
            &[("og:site_name", "Daily Planet")],
            "Mayor opens the new bridge | Daily Planet",
        );
        assert_eq!(
            title(&page, &LinkedData::default(), None).as_deref(),
            Some("Mayor opens the new bridge")
        );
        let page = page_with(&[], "Mayor opens the new bridge - The Planet");
        assert_eq!(
            title(&page, &LinkedData::default(), None).as_deref(),
            Some("Mayor opens the new bridge")
        );
        let page = page_with(&[], "Well - said");
        assert_eq!(
            title(&page, &LinkedData::default(), None).as_deref(),
            Some("Well - said")
        );
    }

    #[test]
    fn byline_date_and_language_fall_back_in_order() {
        let page = Page {
            lang: "pt-BR".into(),
            times: vec!["2019-11-20".into()],
            ..page_with(&[("author", "https://example.org/people/x")], "")
        };
        let ld = LinkedData::default();
        assert_eq!(
            byline(&page, &ld, Some("By Jo Park")).as_deref(),
            Some("Jo Park")
        );
        assert_eq!(published(&page, &ld).as_deref(), Some("2019-11-20"));
        assert_eq!(lang(&page).as_deref(), Some("pt"));
    }
}
