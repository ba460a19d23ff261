//! Native throughput of the whole core, on one core: tokens per second over
//! a corpus of articles, and how the cost grows with article length.
//!
//! ```text
//! cargo run --release --example throughput -- [CORPUS.jsonl | TEXT_FILE]…
//! ```
//!
//! A `.jsonl` corpus is read as lines with a `"text"` field (the PolNeAR
//! and CoNLL files in ../shared/data fit); any other file is one article.
//! Prints Markdown tables. A benchmark, not a test: nothing here asserts.

use std::time::{Duration, Instant};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("lede: usage: throughput CORPUS.jsonl|TEXT…");
        std::process::exit(1);
    }
    let mut articles = Vec::new();
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(s) if path.ends_with(".jsonl") => articles.extend(s.lines().filter_map(|l| {
                serde_json::from_str::<serde_json::Value>(l)
                    .ok()?
                    .get("text")?
                    .as_str()
                    .map(str::to_string)
            })),
            Ok(s) => articles.push(s),
            Err(e) => eprintln!("lede: {path}: {e} (skipped)"),
        }
    }
    if articles.is_empty() {
        eprintln!("lede: no articles read");
        std::process::exit(2);
    }
    corpus_table(&articles);
    growth_table(&articles);
}

/// Counts word-like tokens the way the core does, so tokens/s is comparable.
fn tokens(text: &str) -> usize {
    lede::text::tokens::tokenize(text)
        .iter()
        .filter(|t| t.is_wordlike())
        .count()
}

/// Runs `f` until at least `min` has passed (and at least 3 times); returns
/// the median time of one run.
fn median_time(min: Duration, mut f: impl FnMut()) -> Duration {
    let mut runs = Vec::new();
    let start = Instant::now();
    while runs.len() < 3 || start.elapsed() < min {
        let t = Instant::now();
        f();
        runs.push(t.elapsed());
    }
    runs.sort();
    runs[runs.len() / 2]
}

fn corpus_table(articles: &[String]) {
    let total_tokens: usize = articles.iter().map(|a| tokens(a)).sum();
    let total_bytes: usize = articles.iter().map(String::len).sum();
    let tokenize = median_time(Duration::from_secs(2), || {
        for a in articles {
            std::hint::black_box(tokens(a));
        }
    });
    let annotate = median_time(Duration::from_secs(3), || {
        for a in articles {
            std::hint::black_box(lede::annotate_text(a));
        }
    });
    let per_sec = |d: Duration| total_tokens as f64 / d.as_secs_f64();
    println!("| corpus | articles | tokens | MB |");
    println!("|---|---:|---:|---:|");
    println!(
        "| given | {} | {} | {:.2} |\n",
        articles.len(),
        total_tokens,
        total_bytes as f64 / 1e6
    );
    println!("| stage (one core) | time per pass | tokens/s |");
    println!("|---|---:|---:|");
    println!(
        "| tokenize only | {:.1} ms | {:.0} |",
        tokenize.as_secs_f64() * 1e3,
        per_sec(tokenize)
    );
    println!(
        "| full annotate | {:.1} ms | {:.0} |\n",
        annotate.as_secs_f64() * 1e3,
        per_sec(annotate)
    );
}

/// One long article made by joining the corpus, cut to each length.
fn growth_table(articles: &[String]) {
    let joined = articles.join("\n\n");
    let words: Vec<&str> = joined.split_inclusive(char::is_whitespace).collect();
    println!("| words | time | µs per 1,000 words |");
    println!("|---:|---:|---:|");
    for n in [500usize, 1_000, 5_000, 10_000, 50_000] {
        if n > words.len() {
            println!("| {n} | (corpus too small) | |");
            continue;
        }
        let text: String = words[..n].concat();
        let d = median_time(Duration::from_millis(800), || {
            std::hint::black_box(lede::annotate_text(&text));
        });
        println!(
            "| {n} | {:.2} ms | {:.0} |",
            d.as_secs_f64() * 1e3,
            d.as_secs_f64() * 1e6 / (n as f64 / 1000.0)
        );
    }
}
