//! Measures native throughput, one core: the whole core (`annotate_text`)
//! and the quotes pass alone, in word and number tokens per second, over
//! the texts of a JSON Lines file (`{"text": …}` per line) repeated until
//! at least two seconds have passed.
//!
//! `cargo run --release --example quotes_throughput -- FILE.jsonl`

use std::time::{Duration, Instant};

use lede::entities::Recognised;
use lede::text::Document;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: quotes_throughput FILE.jsonl")?;
    let texts: Vec<String> = std::fs::read_to_string(&path)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .map(|v| v["text"].as_str().unwrap_or("").to_string())
        })
        .collect::<Result<_, _>>()?;
    let docs: Vec<Document> = texts.iter().map(|t| Document::from_plain_text(t)).collect();
    let words: usize = docs.iter().map(Document::word_count).sum();
    let all_tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    println!(
        "{} texts, {} word tokens, {} tokens in all",
        texts.len(),
        words,
        all_tokens
    );
    let rate = |label: &str, f: &dyn Fn()| {
        let start = Instant::now();
        let mut rounds = 0u32;
        while start.elapsed() < Duration::from_secs(2) {
            f();
            rounds += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{label}: {:.0} word tokens/s ({:.0} tokens/s), {rounds} rounds",
            words as f64 * rounds as f64 / secs,
            all_tokens as f64 * rounds as f64 / secs
        );
    };
    rate("whole core (annotate_text)", &|| {
        for t in &texts {
            std::hint::black_box(lede::annotate_text(t));
        }
    });
    rate("quotes::find alone", &|| {
        for d in &docs {
            std::hint::black_box(lede::quotes::find(d, &mut Recognised::default()));
        }
    });
    Ok(())
}
