//! How annotation time grows with article length: the whole text pipeline
//! over articles of 500 to 50,000 words, built from real paragraphs. It
//! should grow linearly; the per-word column shows where it does not.
//!
//! Paragraphs come from the files given (JSON Lines with a "text" field, or
//! plain text), taken in order and cycled when the corpus is short.
//! Prints one JSON object per size.
//!
//!     cargo run --release --example growth -- FILE…

use std::time::Instant;

use lede::annotate_text;

/// Article lengths measured, in words.
const SIZES: &[usize] = &[500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

/// Paragraphs of every file, in order.
fn paragraphs(paths: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for path in paths {
        let raw = std::fs::read_to_string(path)
            .map_err(|e| format!("growth: cannot read {path}: {e}"))?;
        let texts: Vec<String> = if path.ends_with(".jsonl") {
            raw.lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| Some(v.get("text")?.as_str()?.to_string()))
                .collect()
        } else {
            vec![raw]
        };
        for t in texts {
            out.extend(
                t.split("\n\n")
                    .flat_map(|p| p.split('\n'))
                    .map(str::trim)
                    .filter(|p| p.split_whitespace().count() >= 8)
                    .map(str::to_string),
            );
        }
    }
    if out.is_empty() {
        return Err("growth: no paragraphs of 8 words or more in the input".into());
    }
    Ok(out)
}

/// An article of about `words` words: paragraphs in order, cycled.
fn article(paras: &[String], words: usize) -> String {
    let mut text = String::new();
    let mut count = 0;
    for p in paras.iter().cycle() {
        if count >= words {
            break;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(p);
        count += p.split_whitespace().count();
    }
    text
}

/// The fastest of a few runs, in milliseconds: the least disturbed by a
/// busy machine.
fn fastest_ms(text: &str, runs: usize) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let a = annotate_text(text);
            std::hint::black_box(&a);
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paras = match paragraphs(&args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}\nusage: growth FILE… (JSON Lines with \"text\", or plain text)");
            std::process::exit(2);
        }
    };
    for &size in SIZES {
        let text = article(&paras, size);
        let words = text.split_whitespace().count();
        let runs = if size >= 20_000 { 3 } else { 7 };
        let ms = fastest_ms(&text, runs);
        println!(
            "{}",
            serde_json::json!({
                "words": words,
                "ms": (ms * 1000.0).round() / 1000.0,
                "us_per_word": (ms * 1e3 / words as f64 * 100.0).round() / 100.0,
            })
        );
    }
}
