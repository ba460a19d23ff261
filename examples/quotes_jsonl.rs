//! Runs the whole pipeline over JSON Lines of `{"id", "text"}` on standard
//! input and writes `{"id", "quotes": [{start, end, speaker, …}]}` lines in
//! the shape `shared/eval/score_quotes.py` reads: code point offsets, and
//! `speaker` the speaker's name (`speaker_name`), not an entity id.
//!
//! A first line followed by a blank line is the headline, handed to the
//! pipeline apart from the body as the extractor hands a page's title: the
//! overlay labels body quotations, and headline quotations are checked
//! against the body by `headline_unsupported` instead. Offsets stay those of
//! the whole text.
//!
//! `cargo run --release --example quotes_jsonl < gold.jsonl > pred.jsonl`

use std::io::{BufRead, Write};

use lede::OffsetUnit;
use serde_json::{json, Value};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = rec["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no \"text\"", n + 1))?;
        let (a, shift) = match text.split_once("\n\n") {
            Some((title, body)) if !title.trim().is_empty() && !title.contains('\n') => (
                lede::annotate_titled(title.trim(), body),
                title.chars().count() + 2,
            ),
            _ => (lede::annotate_text(text), 0),
        };
        let a = a.into_unit(OffsetUnit::CodePoint);
        let quotes: Vec<Value> = a
            .quotes
            .iter()
            .map(|q| {
                json!({
                    "start": q.start + shift, "end": q.end + shift, "speaker": q.speaker_name,
                    "speaker_kind": q.speaker_kind, "kind": q.kind,
                    "role": q.speaker_role, "confidence": q.confidence,
                })
            })
            .collect();
        writeln!(out, "{}", json!({"id": rec["id"], "quotes": quotes}))?;
    }
    Ok(())
}
