//! Runs the whole pipeline over many articles and counts warnings by kind
//! and severity: the false-alarm measure for `src/checks/`.
//!
//! Input files: a JSON object `{id: {"articleBody": …}}` (extraction ground
//! truth) or JSON Lines with `{"id", "text"}`. `--show` prints every
//! warning with its evidence, to read them as an editor would.
//!
//!     cargo run --release --example false_alarms -- [--show] FILE…

use std::collections::BTreeMap;

use lede::{annotate_text, Severity};

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
        let docs = match articles(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        };
        let mut by_kind: BTreeMap<(String, Severity), usize> = BTreeMap::new();
        let mut above_info = 0;
        for (id, text) in &docs {
            let a = annotate_text(text);
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
