//! Throughput of the entity recogniser, natively, on one core.
//!
//! Usage: `cargo run --release --example ner_speed -- [FILE.txt|FILE.jsonl] [ROUNDS]`
//!
//! Annotates the file's text (a JSONL file's `text` fields, joined) as
//! one document per paragraph group, `ROUNDS` times, and prints tokens per
//! second of `entities::recognise` alone (tokenising is not counted).

use std::time::Instant;

use lede::entities::recognise;
use lede::text::Document;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "/work/shared/samples/syria-talks.txt".to_string());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let raw = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("lede: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let texts: Vec<String> = if path.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect()
    } else {
        vec![raw]
    };
    let docs: Vec<Document> = texts.iter().map(|t| Document::from_plain_text(t)).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    lede::kb::warm_up();
    let started = Instant::now();
    let mut entities = 0;
    for _ in 0..rounds {
        for d in &docs {
            entities += recognise(d).entities.len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let total = tokens * rounds;
    println!(
        "recognise: {} docs, {total} tokens in {secs:.3} s = {:.0} tokens/s ({} entities per round)",
        docs.len(),
        total as f64 / secs,
        entities / rounds.max(1)
    );
}
