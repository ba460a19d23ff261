//! JSON Lines in, JSON Lines out, one article at a time, so memory stays
//! constant however long the input.
//!
//! `annotate --jsonl` reads `{"id", "text", "title"?}` and writes
//! `{"id", …Annotations}` (offsets in code points). `extract --jsonl` reads
//! `{"id", "html"}` and writes `{"id", "title", "byline", "published",
//! "text"}`, with `"notice"` instead of text when the page holds no article.
//! A line that cannot be read is reported on standard error with its line
//! number and skipped; the run goes on and ends with exit status 2.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use lede::extract::{self, html};
use lede::{Annotations, OffsetUnit};

#[derive(Deserialize)]
struct TextLine {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    title: Option<String>,
}

#[derive(Deserialize)]
struct HtmlLine {
    #[serde(default)]
    id: Value,
    html: String,
}

#[derive(Serialize)]
struct Annotated<'a> {
    id: &'a Value,
    #[serde(flatten)]
    annotations: Annotations,
}

#[derive(Serialize)]
struct Extracted<'a> {
    id: &'a Value,
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    notice: Option<String>,
}

/// Annotates each line; returns how many lines failed.
pub fn annotate(input: impl BufRead, out: &mut impl Write) -> io::Result<usize> {
    each_line(input, |line: TextLine| {
        let annotations = match line.title.as_deref() {
            Some(title) => lede::annotate_titled(title, &line.text),
            None => lede::annotate_text(&line.text),
        };
        let annotated = Annotated {
            id: &line.id,
            annotations: annotations.into_unit(OffsetUnit::CodePoint),
        };
        write_line(out, &annotated)
    })
}

/// Extracts the article from each line's page; returns how many lines failed.
pub fn extract(input: impl BufRead, out: &mut impl Write) -> io::Result<usize> {
    each_line(input, |line: HtmlLine| {
        let extracted = match extract::extract(&html::parse(&line.html)) {
            Ok(a) => Extracted {
                id: &line.id,
                title: a.title,
                byline: a.byline,
                published: a.published,
                text: a.text,
                notice: None,
            },
            Err(no_article) => Extracted {
                id: &line.id,
                title: None,
                byline: None,
                published: None,
                text: String::new(),
                notice: Some(no_article.to_string()),
            },
        };
        write_line(out, &extracted)
    })
}

/// The exit status for a run in which `failed` lines could not be read.
pub fn status(failed: usize) -> ExitCode {
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("lede: {failed} line(s) could not be read; the others were processed");
        ExitCode::from(2)
    }
}

/// Runs `handle` on each non-blank line that parses as `T`, reporting the
/// others; returns the number reported.
fn each_line<T: for<'de> Deserialize<'de>>(
    mut input: impl BufRead,
    mut handle: impl FnMut(T) -> io::Result<()>,
) -> io::Result<usize> {
    let mut failed = 0;
    let mut buf = Vec::new();
    let mut number = 0usize;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(failed);
        }
        number += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<T>(&buf) {
            Ok(item) => handle(item)?,
            Err(e) => {
                failed += 1;
                eprintln!("lede: line {number}: {}", describe(&e));
            }
        }
    }
}

fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof => {
            format!("not valid JSON ({e}); each line must be one JSON object")
        }
        Category::Data => format!("{e}; expected an object like {{\"id\": 1, \"text\": \"…\"}}"),
        Category::Io => e.to_string(),
    }
}

fn write_line(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_counted_and_the_rest_processed() {
        let input = "{\"id\":1,\"text\":\"He said so.\"}\nnot json\n\n{\"id\":2}\n{\"id\":3,\"text\":\"Fine.\"}\n";
        let mut out = Vec::new();
        let failed = annotate(input.as_bytes(), &mut out).unwrap();
        assert_eq!(failed, 2);
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[1]["id"], 3);
        assert_eq!(lines[1]["text"], "Fine.");
    }

    #[test]
    fn a_title_is_kept_apart_from_the_text() {
        let input = "{\"id\":\"a\",\"title\":\"Headline\",\"text\":\"Body.\"}\n";
        let mut out = Vec::new();
        annotate(input.as_bytes(), &mut out).unwrap();
        let line: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(line["title"], "Headline");
        assert_eq!(line["text"], "Body.");
    }
}
