//! `lede`: Lede's core on the command line.
//!
//! ```text
//! lede annotate [FILE|-] [--json | --jsonl]   who said what, entities, warnings
//! lede extract FILE.html [--json | --jsonl]   the article on a saved page
//! ```
//!
//! Exit status: 0 when every input was read, 1 for a usage error, 2 when
//! some input could not be read (the rest is still processed). Messages
//! start with `lede:` and say what to do next.

mod args;
mod jsonl;
mod summary;

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use args::{Command, Format, Invocation};
use lede::extract::{self, html};
use lede::text::offsets::Offsets;
use lede::{Annotations, OffsetUnit};

fn main() -> ExitCode {
    let invocation = match args::parse(std::env::args().skip(1)) {
        Ok(inv) => inv,
        Err(message) => {
            eprintln!("lede: {message}");
            eprintln!("lede: run `lede help` for usage");
            return ExitCode::from(1);
        }
    };
    match run(&invocation) {
        Ok(status) => status,
        // A closed pipe (`lede … | head`) is a normal way to stop reading.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(inv: &Invocation) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let status = match (&inv.command, inv.format) {
        (Command::Help, _) => {
            out.write_all(args::USAGE.as_bytes())?;
            ExitCode::SUCCESS
        }
        (Command::Version, _) => {
            writeln!(out, "lede {}", env!("CARGO_PKG_VERSION"))?;
            ExitCode::SUCCESS
        }
        (Command::Annotate, Format::Jsonl) => {
            let failed = jsonl::annotate(open(&inv.input)?, &mut out)?;
            jsonl::status(failed)
        }
        (Command::Extract, Format::Jsonl) => {
            let failed = jsonl::extract(open(&inv.input)?, &mut out)?;
            jsonl::status(failed)
        }
        (Command::Annotate, format) => {
            let input = read_all(&inv.input)?;
            let annotations = annotate_input(&inv.input, &input);
            match format {
                Format::Json => {
                    let json = annotations.into_unit(OffsetUnit::CodePoint);
                    serde_json::to_writer_pretty(&mut out, &json)?;
                    writeln!(out)?;
                }
                _ => summary::write(&mut out, &annotations, summary::use_colour())?,
            }
            ExitCode::SUCCESS
        }
        (Command::Extract, format) => {
            let input = read_all(&inv.input)?;
            match extract::extract(&html::parse(&input)) {
                Ok(article) if format == Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &article_in_code_points(article))?;
                    writeln!(out)?;
                    ExitCode::SUCCESS
                }
                Ok(article) => {
                    writeln!(out, "{}", article.text)?;
                    ExitCode::SUCCESS
                }
                Err(no_article) => {
                    out.flush()?;
                    eprintln!("lede: {}: {no_article}", inv.input);
                    ExitCode::from(2)
                }
            }
        }
    };
    out.flush()?;
    Ok(status)
}

/// The article with paragraph offsets in code points, as the JSON promises.
fn article_in_code_points(mut article: extract::Article) -> extract::Article {
    let offsets = Offsets::new(&article.text, OffsetUnit::CodePoint);
    for p in &mut article.paragraphs {
        p.span.start = offsets.convert(p.span.start);
        p.span.end = offsets.convert(p.span.end);
    }
    article
}

/// Annotates a file's contents: HTML pages are extracted first, anything
/// else is read as plain text.
fn annotate_input(name: &str, input: &str) -> Annotations {
    if !looks_like_html(name, input) {
        return lede::annotate_text(input);
    }
    match extract::extract(&html::parse(input)) {
        Ok(article) => lede::annotate_article(&article),
        Err(no_article) => Annotations {
            lang: String::new(),
            notice: Some(no_article.to_string()),
            ..Annotations::default()
        },
    }
}

/// A `.html` name, or content that opens like markup.
fn looks_like_html(name: &str, input: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return true;
    }
    let head = input.trim_start_matches('\u{feff}').trim_start();
    let opens_with = |tag: &str| {
        head.get(..tag.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(tag))
    };
    opens_with("<!doctype html") || opens_with("<html")
}

/// The named file, or standard input for `-`.
fn open(name: &str) -> io::Result<Box<dyn io::BufRead>> {
    if name == "-" {
        return Ok(Box::new(io::BufReader::new(io::stdin())));
    }
    let file = std::fs::File::open(name).map_err(|e| file_error(name, e))?;
    Ok(Box::new(io::BufReader::with_capacity(1 << 16, file)))
}

/// The whole input as text; invalid UTF-8 is replaced, not refused, since
/// saved pages often carry a stray byte.
fn read_all(name: &str) -> io::Result<String> {
    let mut bytes = Vec::new();
    open(name)?
        .read_to_end(&mut bytes)
        .map_err(|e| file_error(name, e))?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn file_error(name: &str, e: io::Error) -> io::Error {
    let hint = match e.kind() {
        io::ErrorKind::NotFound => " (check the path, or pass - to read standard input)",
        io::ErrorKind::PermissionDenied => " (check the file's permissions)",
        _ => "",
    };
    io::Error::new(e.kind(), format!("{name}: {e}{hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing_html_never_splits_a_character() {
        // Regression: the 64th byte fell inside a curly apostrophe and the
        // command panicked on plain text.
        let text = "Donald Trump spoke in Chicago. Politifact then ruled that Trump’s statement about it was true.";
        assert!(!looks_like_html("-", text));
        assert!(!looks_like_html("-", "é"));
        assert!(looks_like_html("-", "\u{feff}  <!DOCTYPE html><p>é</p>"));
        assert!(looks_like_html("-", "<HTML lang=en>"));
    }
}
