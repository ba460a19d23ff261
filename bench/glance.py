#!/usr/bin/env python3
"""The "At a glance" table that opens BENCHMARKS.md: each DESIGN.md target,
Lede's figure and the best peer's, all from this run's bench-out/*/results.json.

Usage: bench/glance.py BENCH_OUT_DIR > fragment.md

A part that did not run leaves its rows out; the per-part sections below the
table say why. Nothing here measures: it only reads what the parts wrote.
"""
import json
import os
import sys


def load(out, part):
    path = os.path.join(out, part, "results.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def verdict(value, target, higher_is_better):
    met = value >= target if higher_is_better else value <= target
    return "met" if met else "**missed**"


def rows(out):
    """(what, target, Lede, peer, verdict) rows, in DESIGN.md's order."""
    found = []
    browser = load(out, "browser")
    if browser:
        s = browser["summary"]
        synthetic = {z["words"]: z for z in browser["synthetic"]["sizes"]}
        found.append((
            "find the article in a loaded page, in the browser (median)", "≤ 1 ms",
            f"{s['ledeExtract']['median']:.1f} ms",
            f"Readability.js {s['readability']['median']:.1f} ms",
            verdict(s["ledeExtract"]["median"], 1.0, False)))
        if 1000 in synthetic:
            z = synthetic[1000]
            found.append((
                "annotate 1,000 words, in the browser", "≤ 1 ms",
                f"{z['lede']:.1f} ms", f"compromise {z['compromise']:.0f} ms",
                verdict(z["lede"], 1.0, False)))
        painted = s["painted"]
        found.append((
            "page ready → overlays painted (median / p95)", "≤ 16 / 50 ms",
            f"{painted['median']:.0f} / {painted['p95']:.0f} ms", "—",
            "met" if painted["median"] <= 16 and painted["p95"] <= 50 else "**missed**"))
    ner = load(out, "ner")
    if ner:
        speed = {r["system"]: r for r in ner if r.get("tokens_per_s")}
        lede = speed.get("lede annotate")
        peers = [r for k, r in speed.items() if not k.startswith("lede")]
        if lede:
            best = max(peers, key=lambda r: r["tokens_per_s"], default=None)
            found.append((
                "core throughput, native, one core", "≥ 1,000,000 tokens/s",
                f"{lede['tokens_per_s']:,.0f} tokens/s",
                f"{best['system']} {best['tokens_per_s']:,.0f}" if best else "—",
                verdict(lede["tokens_per_s"], 1_000_000, True)))
    cost = os.path.join(out, "cost", "growth.jsonl")
    if os.path.exists(cost):
        with open(cost, encoding="utf-8") as f:
            growth = [json.loads(line) for line in f if line.strip()]
        if growth:
            # Linear cost keeps the time per word flat from the shortest
            # article to the longest; a quadratic pass would multiply it ~100×.
            first, last = growth[0], growth[-1]
            spread = last["us_per_word"] / first["us_per_word"]
            found.append((
                "cost growth with article length", "linear",
                f"{first['us_per_word']:.2f} µs per word at {first['words']:,} words, "
                f"{last['us_per_word']:.2f} at {last['words']:,} ({spread:.1f}×)", "—",
                "met" if spread < 2 else "**missed**"))
    wasm = os.path.join("dist", "pkg", "lede_bg.wasm")
    if os.path.exists(wasm):
        import gzip
        with open(wasm, "rb") as f:
            gz = len(gzip.compress(f.read(), 9)) / 1024 / 1024
        found.append(("WebAssembly, gzipped, with its data", "≤ 1.5 MB", f"{gz:.2f} MB", "—",
                      verdict(gz, 1.5, False)))
    extract = load(out, "extract")
    if extract:
        e = extract["extractors"]
        peers = {k: v for k, v in e.items() if k != "lede"}
        best = max(peers.items(), key=lambda kv: kv[1]["f1"], default=None)
        found.append((
            "article extraction, shingle F1", "≥ 0.97", f"{e['lede']['f1']:.3f}",
            f"{best[0]} {best[1]['f1']:.3f}" if best else "—",
            verdict(e["lede"]["f1"], 0.97, True)))
    if ner:
        f1 = {(r["system"], r["set"]): r.get("ner_f1") or r.get("link_f1") for r in ner if "set" in r}
        for label, dataset, target in (("people / organisations / places, exact-span F1 (CoNLL-2003 dev)", "conll2003-dev", 0.85),
                                       ("entity links, F1 (AIDA dev)", "aida-dev", 0.60)):
            lede = f1.get(("lede", dataset))
            if lede is None:
                continue
            peer = max(((s, v) for (s, d), v in f1.items() if d == dataset and s != "lede" and v is not None),
                       key=lambda sv: sv[1], default=None)
            found.append((label, f"≥ {target:.2f}", f"{lede:.3f}",
                          f"{peer[0]} {peer[1]:.3f}" if peer else "—", verdict(lede, target, True)))
    quotes = load(out, "quotes")
    if quotes:
        systems = quotes["systems"]
        lede = systems["lede"]
        peer = systems.get("textacy")
        found.append((
            "quotes found, overlap F1 (PolNeAR dev; annotated records)", "≥ 0.97",
            f"{lede['quote_f1']:.3f} ({lede['annotated_subset']['quote_f1']:.3f})",
            f"textacy {peer['quote_f1']:.3f}" if peer else "—",
            verdict(lede["quote_f1"], 0.97, True)))
        found.append((
            "named speaker right (PolNeAR dev)", "≥ 0.95", f"{lede['speaker_acc']:.3f}",
            f"textacy {peer['speaker_acc']:.3f}" if peer else "—",
            verdict(lede["speaker_acc"], 0.95, True)))
    return found


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench-out"
    table = rows(out)
    print("## At a glance")
    print()
    print("Each target of DESIGN.md, Lede's figure and its strongest peer's, from this run.")
    print("Speeds on a loaded two-core machine: the ratios carry over, absolute times are pessimistic.")
    print()
    print("| what | target | Lede | peer | |")
    print("|---|---|---|---|---|")
    for what, target, lede, peer, met in table:
        print(f"| {what} | {target} | {lede} | {peer} | {met} |")


if __name__ == "__main__":
    main()
