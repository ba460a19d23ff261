//! Runs the whole pipeline over many articles and counts warnings by kind
//! and severity: the false-alarm measure for `src/checks/`.
//!
//! Inputs: a folder of saved pages (`.html` or `.html.gz`), run through
//! the whole pipeline a reader's browser runs (extract, then annotate with
//! the page's headline and date); a JSON object `{id: {"articleBody": …}}`
//! (extraction ground truth); or JSON Lines with `{"id", "text"}`.
//! `--show` prints every warning with its evidence, to read them as an
//! editor would.
//!
//!     cargo run --release --example false_alarms -- [--show] PATH…

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use lede::extract::{extract, html};
use lede::{annotate_article, annotate_text, Annotations, Severity};

/// Every saved page in a folder, extracted and annotated; pages with no
/// article are reported and skipped.
fn pages(dir: &Path) -> Result<Vec<(String, Annotations)>, String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("false_alarms: cannot list {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".html") || name.ends_with(".html.gz")
        })
        .collect();
    entries.sort();
    let mut out = Vec::new();
    for path in entries {
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("false_alarms: cannot read {}: {e}", path.display()))?;
        let html = if path.to_string_lossy().ends_with(".gz") {
            let mut s = String::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_string(&mut s)
                .map_err(|e| format!("false_alarms: {}: {e}", path.display()))?;
            s
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        let id = path
            .file_name()
            .map(|n| {
                n.to_string_lossy()
                    .split('.')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .unwrap_or_default();
        match extract(&html::parse(&html)) {
            Ok(article) => out.push((id, annotate_article(&article))),
            Err(e) => eprintln!("false_alarms: {id}: {e}"),
        }
    }
    Ok(out)
}

fn articles(path: &str) -> Result<Vec<(String, String)>, String> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("false_alarms: cannot read {path}: {e}"))?;
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(&raw) {
        return Ok(map
            .into_iter()
            .filter_map(|(id, v)| Some((id, v.get("articleBody")?.as_str()?.to_string())))
            .collect());
    }
    raw.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).map_err(|e| format!("false_alarms: {path}: {e}"))?;
            let id = v
                .get("id")
                .and_then(|x| x.as_str())
                .unwrap_or("?")
                .to_string();
            let text = v
                .get("text")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string();
            Ok((id, text))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--show");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let docs = if Path::new(path).is_dir() {
            pages(Path::new(path))
        } else {
            articles(path).map(|d| {
                d.into_iter()
                    .map(|(id, text)| {
                        let a = annotate_text(&text);
                        (id, a)
                    })
                    .collect()
            })
        };
        let docs = match docs {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let mut by_kind: BTreeMap<(String, Severity), usize> = BTreeMap::new();
        let mut above_info = 0;
        for (id, a) in &docs {
            for w in &a.warnings {
                *by_kind.entry((w.kind.clone(), w.severity)).or_default() += 1;
                if w.severity > Severity::Info {
                    above_info += 1;
                }
                if show {
                    // Pipeline offsets are UTF-8 bytes until converted at the API boundary.
                    let evidence: Vec<&str> = w
                        .spans
                        .iter()
                        .map(|s| a.text.get(s.start..s.end).unwrap_or("?"))
                        .collect();
                    println!(
                        "{id}\t{:?}\t{}\t{}\t{:?}",
                        w.severity, w.kind, w.message, evidence
                    );
                }
            }
        }
        let n = docs.len().max(1) as f64;
        println!("{path}: {} articles", docs.len());
        for ((kind, sev), count) in &by_kind {
            println!(
                "  {kind:28} {sev:?}\t{count}\t{:.2}/article",
                *count as f64 / n
            );
        }
        println!(
            "  warnings above info per article: {:.2}",
            above_info as f64 / n
        );
    }
}
