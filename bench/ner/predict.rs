//! Runs Lede's entity recogniser over gold documents for the scorers.
//!
//! Usage: `cargo run --release --example ner_predict -- GOLD.jsonl NER_OUT.jsonl [ANN_OUT.jsonl]`
//!
//! GOLD lines are `{"id", "text", …}`. NER_OUT gets `{"id", "entities":
//! [{"start", "end", "label"}]}` per document for `score_ner.py`; ANN_OUT,
//! when given, gets Lede's annotations (entities with links and mentions)
//! for `score_links.py`. Offsets are Unicode code points.

use std::io::{BufRead, BufWriter, Write};

use lede::entities::recognise;
use lede::text::Document;
use lede::{Annotations, OffsetUnit};
use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("lede: usage: ner_predict GOLD.jsonl NER_OUT.jsonl [ANN_OUT.jsonl]");
        std::process::exit(2);
    }
    if let Err(e) = run(&args[0], &args[1], args.get(2)) {
        eprintln!("lede: {e}");
        std::process::exit(1);
    }
}

fn run(
    gold: &str,
    ner_out: &str,
    ann_out: Option<&String>,
) -> Result<(), Box<dyn std::error::Error>> {
    let input = std::io::BufReader::new(std::fs::File::open(gold)?);
    let mut ner = BufWriter::new(std::fs::File::create(ner_out)?);
    let mut ann = match ann_out {
        Some(p) => Some(BufWriter::new(std::fs::File::create(p)?)),
        None => None,
    };
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line)?;
        let id = record["id"].clone();
        let text = record["text"].as_str().unwrap_or("");
        let doc = Document::from_plain_text(text);
        let found = recognise(&doc);
        let annotations = Annotations {
            text: text.to_string(),
            lang: "en".to_string(),
            entities: found.entities,
            ..Annotations::default()
        }
        .into_unit(OffsetUnit::CodePoint);
        let entities: Vec<Value> = annotations
            .entities
            .iter()
            .flat_map(|e| {
                let label = serde_json::to_value(e.kind).unwrap_or(Value::Null);
                e.mentions
                    .iter()
                    .map(move |m| json!({"start": m.start, "end": m.end, "label": label}))
            })
            .collect();
        writeln!(ner, "{}", json!({"id": id, "entities": entities}))?;
        if let Some(out) = ann.as_mut() {
            let mut value = serde_json::to_value(&annotations)?;
            value["id"] = id;
            writeln!(out, "{value}")?;
        }
    }
    Ok(())
}
