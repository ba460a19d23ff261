//! Extraction eval and benchmark driver: runs Lede's extractor over a
//! folder of `<id>.html.gz` / `<id>.html` pages, writes `<id>.txt` per page
//! (empty when Lede finds no article) for `extraction_score.py`, and prints
//! the time spent in parsing and extraction, like the Readability.js and
//! trafilatura runners in `shared/eval/`.
//!
//! Usage: `cargo run --release --example extract_eval -- HTML_DIR OUT_DIR
//! [--repeat N] [--timing-json FILE]`. With `--repeat N` each page runs N
//! times and its mean time counts; `--timing-json` writes the summary in
//! the peers' shape (`pages`, `empty`, `parse_s`, `extract_s`, `total_s`,
//! `pages_per_s`) for `bench/extract/report.py`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut dirs, mut repeat, mut timing_json) = (Vec::new(), 1usize, None);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--repeat" {
            repeat = it.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
        } else if a == "--timing-json" {
            timing_json = it.next().map(PathBuf::from);
        } else {
            dirs.push(PathBuf::from(a));
        }
    }
    let [html_dir, out_dir] = dirs.as_slice() else {
        eprintln!("usage: extract_eval HTML_DIR OUT_DIR [--repeat N] [--timing-json FILE]");
        std::process::exit(2);
    };
    let pages = match read_pages(html_dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("extract_eval: cannot read {}: {e}", html_dir.display());
            std::process::exit(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        eprintln!("extract_eval: cannot create {}: {e}", out_dir.display());
        std::process::exit(2);
    }
    let (mut parse_s, mut extract_s, mut per_page) = (0.0f64, 0.0f64, Vec::new());
    let mut empty = 0;
    for (id, html) in &pages {
        let mut text = String::new();
        let mut best = f64::MAX;
        for _ in 0..repeat {
            let t0 = Instant::now();
            let page = lede::extract::html::parse(html);
            let t1 = Instant::now();
            let article = lede::extract::extract(&page);
            let t2 = Instant::now();
            parse_s += (t1 - t0).as_secs_f64() / repeat as f64;
            extract_s += (t2 - t1).as_secs_f64() / repeat as f64;
            best = best.min((t2 - t0).as_secs_f64());
            text = match article {
                Ok(a) => a.text,
                Err(e) => {
                    eprintln!("{id}: {e}");
                    String::new()
                }
            };
        }
        per_page.push(best);
        if text.trim().is_empty() {
            empty += 1;
        }
        if let Err(e) = std::fs::write(out_dir.join(format!("{id}.txt")), text) {
            eprintln!("extract_eval: cannot write {id}: {e}");
        }
    }
    let n = pages.len();
    per_page.sort_by(f64::total_cmp);
    let median = per_page.get(n / 2).copied().unwrap_or(0.0);
    println!("lede: {n} pages, {empty} empty");
    println!(
        "  parse {parse_s:.3}s + extract {extract_s:.3}s = {:.3}s; median {:.2} ms/page",
        parse_s + extract_s,
        median * 1000.0
    );
    let total_s = parse_s + extract_s;
    let pages_per_s = n as f64 / total_s.max(1e-9);
    println!(
        "timing total_s={total_s:.4} pages_per_s={pages_per_s:.2} extract_s={extract_s:.4} parse_s={parse_s:.4}"
    );
    if let Some(path) = timing_json {
        let summary = serde_json::json!({
            "extractor": "lede",
            "version": env!("CARGO_PKG_VERSION"),
            "pages": n,
            "empty": empty,
            "repeat": repeat,
            "parse_s": parse_s,
            "extract_s": extract_s,
            "total_s": total_s,
            "pages_per_s": pages_per_s,
            "extract_only_pages_per_s": n as f64 / extract_s.max(1e-9),
            "median_ms": median * 1000.0,
        });
        if let Err(e) = std::fs::write(&path, summary.to_string()) {
            eprintln!("extract_eval: cannot write {}: {e}", path.display());
        }
    }
}

/// Reads every page, decompressing `.gz`, sorted by id.
fn read_pages(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if !(name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz")) {
            continue;
        }
        let id = name.split('.').next().unwrap_or_default().to_string();
        let bytes = std::fs::read(&path)?;
        let html = if name.ends_with(".gz") {
            let mut s = String::new();
            flate2::read::GzDecoder::new(bytes.as_slice()).read_to_string(&mut s)?;
            s
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        pages.push((id, html));
    }
    pages.sort();
    Ok(pages)
}
