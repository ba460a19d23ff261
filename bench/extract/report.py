#!/usr/bin/env python3
"""Folds one run of bench/extract/run.sh into results.json and results.md.

Reads, from OUT: <name>.score (the scorer's last line,
"extraction_f1=X precision=Y recall=Z") and <name>.timing.json (the
runner's timing summary) for name in lede, readability, trafilatura; a
peer that did not run is left out.

usage: report.py OUT COMMIT
"""
import json
import os
import re
import sys
from datetime import datetime, timezone

EXTRACTORS = [
    ("lede", "Lede (native, release)"),
    ("readability", "Readability.js + jsdom"),
    ("trafilatura", "trafilatura"),
]


def read_score(path):
    with open(path, encoding="utf-8") as f:
        line = f.read().strip()
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}


def read_run(out, name):
    score_path = os.path.join(out, f"{name}.score")
    timing_path = os.path.join(out, f"{name}.timing.json")
    if not (os.path.exists(score_path) and os.path.exists(timing_path)):
        return None
    with open(timing_path, encoding="utf-8") as f:
        timing = json.load(f)
    score = read_score(score_path)
    pages = timing["pages"]
    run = {
        "version": timing.get("version", "?"),
        "pages": pages,
        "empty": timing.get("empty"),
        "f1": score.get("extraction_f1"),
        "precision": score.get("precision"),
        "recall": score.get("recall"),
        "total_s": timing["total_s"],
        "pages_per_s": pages / max(timing["total_s"], 1e-9),
    }
    if "extract_s" in timing:
        run["extract_only_pages_per_s"] = pages / max(timing["extract_s"], 1e-9)
    return run


def fmt_rate(x):
    return f"{x:,.1f}" if x < 1000 else f"{x:,.0f}"


def main():
    out, commit = sys.argv[1], sys.argv[2]
    runs = {name: r for name, _ in EXTRACTORS if (r := read_run(out, name))}
    lede = runs["lede"]
    ratios = {}
    rd = runs.get("readability")
    if rd:
        ratios["lede_vs_readability_with_jsdom"] = lede["pages_per_s"] / rd["pages_per_s"]
        ratios["lede_vs_readability_alone"] = (
            lede["pages_per_s"] / rd["extract_only_pages_per_s"]
        )
    tf = runs.get("trafilatura")
    if tf:
        ratios["lede_vs_trafilatura"] = lede["pages_per_s"] / tf["pages_per_s"]
    result = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "pages": lede["pages"],
        "extractors": runs,
        "ratios": ratios,
    }
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)

    lines = [
        "## Article extraction",
        "",
        f"{lede['pages']} real news pages (`data/extraction`), word 4-gram "
        "shingle F1 (`extraction_score.py`); single-threaded pages per second, "
        f"all in one run ({result['date']}, commit {commit}).",
        "",
        "| extractor | version | F1 | precision | recall | empty | pages/s | Lede is |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, label in EXTRACTORS:
        r = runs.get(name)
        if not r:
            continue
        times = "—" if name == "lede" else f"{lede['pages_per_s'] / r['pages_per_s']:,.0f}× faster"
        lines.append(
            f"| {label} | {r['version']} | {r['f1']:.3f} | {r['precision']:.3f} | "
            f"{r['recall']:.3f} | {r['empty']} | {fmt_rate(r['pages_per_s'])} | {times} |"
        )
    if rd:
        lines.append(
            f"| Readability.js alone (DOM given) | {rd['version']} | | | | | "
            f"{fmt_rate(rd['extract_only_pages_per_s'])} | "
            f"{ratios['lede_vs_readability_alone']:,.0f}× faster |"
        )
    lines += [
        "",
        "Lede's time includes its HTML5 parse (html5ever); Readability.js "
        "alone excludes jsdom's, as in a browser where the DOM already exists. "
        "Reproduce: `bench/extract/run.sh`.",
        "",
    ]
    with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
