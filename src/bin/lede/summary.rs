//! The readable summary `lede annotate` prints: speakers with their
//! quotes, then entities by type, then warnings with their evidence.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};

use lede::{Annotations, EntityType, Quote, Severity, Span};

/// Colour only when a person is reading the terminal, and `NO_COLOR` is unset.
pub fn use_colour() -> bool {
    io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// Writes the summary of `a` (byte offsets) to `out`.
pub fn write(out: &mut impl Write, a: &Annotations, colour: bool) -> io::Result<()> {
    let style = Style { on: colour };
    if let Some(notice) = &a.notice {
        writeln!(out, "{notice}")?;
        if a.text.is_empty() {
            return Ok(());
        }
    }
    if let Some(title) = &a.title {
        writeln!(out, "{}", style.bold(title))?;
    }
    let words = a.text.split_whitespace().count();
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} paragraphs · {} words · {} quotes · {} entities · {} warnings",
            a.paragraphs.len(),
            words,
            a.quotes.len(),
            a.entities.len(),
            a.warnings.len()
        ))
    )?;
    write_speakers(out, a, &style)?;
    write_entities(out, a, &style)?;
    write_warnings(out, a, &style)
}

fn write_speakers(out: &mut impl Write, a: &Annotations, style: &Style) -> io::Result<()> {
    if a.quotes.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", style.bold("Speakers"))?;
    // Group by speaker, in order of first quotation; unattributed last.
    let mut order: Vec<Option<String>> = Vec::new();
    let mut groups: BTreeMap<usize, Vec<&Quote>> = BTreeMap::new();
    for q in &a.quotes {
        let key = q.speaker_name.clone();
        let idx = match order.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                order.push(key);
                order.len() - 1
            }
        };
        groups.entry(idx).or_default().push(q);
    }
    let mut keys: Vec<usize> = groups.keys().copied().collect();
    keys.sort_by_key(|&i| order[i].is_none());
    for i in keys {
        let quotes = &groups[&i];
        let head = match &order[i] {
            Some(name) => {
                let role = quotes
                    .iter()
                    .find_map(|q| q.speaker_role.as_deref())
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                format!("{}{role}", style.bold(name))
            }
            None => style.bold("? no speaker named"),
        };
        writeln!(
            out,
            "  {head} {}",
            style.dim(&format!("({})", quotes.len()))
        )?;
        for q in quotes {
            writeln!(out, "    “{}”", ellipsis(&q.text, 110))?;
        }
    }
    Ok(())
}

fn write_entities(out: &mut impl Write, a: &Annotations, style: &Style) -> io::Result<()> {
    if a.entities.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", style.bold("Entities"))?;
    for (kind, label) in [
        (EntityType::Person, "People"),
        (EntityType::Organization, "Organisations"),
        (EntityType::Place, "Places"),
        (EntityType::Other, "Other"),
    ] {
        let names: Vec<String> = a
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| {
                let role = e
                    .role
                    .as_ref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default();
                let count = if e.mentions.len() > 1 {
                    format!(" ×{}", e.mentions.len())
                } else {
                    String::new()
                };
                format!("{}{role}{}", e.name, style.dim(&count))
            })
            .collect();
        if !names.is_empty() {
            writeln!(out, "  {}: {}", style.bold(label), names.join(", "))?;
        }
    }
    Ok(())
}

fn write_warnings(out: &mut impl Write, a: &Annotations, style: &Style) -> io::Result<()> {
    if a.warnings.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", style.bold("Warnings"))?;
    for w in &a.warnings {
        let (mark, code) = match w.severity {
            Severity::Alert => ("alert  ", "31"),
            Severity::Caution => ("caution", "33"),
            Severity::Info => ("info   ", "36"),
        };
        writeln!(
            out,
            "  {} {} {}",
            style.paint(code, mark),
            w.message,
            style.dim(&format!("[{}]", w.kind))
        )?;
        for span in w.spans.iter().take(3) {
            writeln!(
                out,
                "            {}",
                style.dim(&format!("«{}»", ellipsis(slice(&a.text, *span), 90)))
            )?;
        }
    }
    Ok(())
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// `s` cut to at most `max` characters at a word boundary, with "…".
fn ellipsis(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quotes_are_cut_at_a_word() {
        assert_eq!(ellipsis("one two three", 9), "one two…");
        assert_eq!(ellipsis("short", 9), "short");
    }

    #[test]
    fn summary_lists_headline_counts_and_no_colour_when_off() {
        let a = lede::annotate_text("Talks stall\n\nThe talks stalled.\n");
        let mut out = Vec::new();
        write(&mut out, &a, false).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("Talks stall\n"));
        assert!(s.contains("2 paragraphs"));
        assert!(!s.contains('\x1b'));
    }
}
