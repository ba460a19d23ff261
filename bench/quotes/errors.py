#!/usr/bin/env python3
"""Prints Lede's quotation errors against gold, with context, for error
analysis: missed gold quotations, predictions matching no gold, and matched
quotations whose speaker is wrong. Matching and speaker comparison are
score_quotes.py's own (imported from SCORE's folder).

Usage: errors.py GOLD.jsonl PRED.jsonl [miss|fp|speaker|all] [--pronoun]
"""
import json
import os
import sys

sys.path.insert(0, os.environ.get("SCORE_DIR", "/work/shared/eval"))
from score_quotes import load, match, speaker_correct  # noqa: E402


def ctx(text, s, e, before=90, after=90):
    pre = text[max(0, s - before):s].replace("\n", " / ")
    post = text[e:e + after].replace("\n", " / ")
    mid = text[s:e].replace("\n", " / ")
    if len(mid) > 160:
        mid = mid[:70] + " … " + mid[-70:]
    return "%s[[%s]]%s" % (pre, mid, post)


def main():
    gold, pred = load(sys.argv[1]), load(sys.argv[2])
    what = sys.argv[3] if len(sys.argv) > 3 else "all"
    pronoun = "--pronoun" in sys.argv
    for gid, g in gold.items():
        text = g["text"]
        gq = g.get("quotes", [])
        pq = pred.get(gid, {}).get("quotes", [])
        pairs = match([(q["start"], q["end"]) for q in gq],
                      [(q["start"], q["end"]) for q in pq], "overlap", text)
        mg = {a for a, _ in pairs}
        mp = {b for _, b in pairs}
        if what in ("miss", "all"):
            for i, q in enumerate(gq):
                if i not in mg:
                    print("MISS %s | gold=%r\n   %s\n" % (gid, q.get("speaker"), ctx(text, q["start"], q["end"])))
        if what in ("fp", "all"):
            for i, q in enumerate(pq):
                if i not in mp:
                    print("FP   %s | pred=%r\n   %s\n" % (gid, q.get("speaker"), ctx(text, q["start"], q["end"])))
        if what in ("speaker", "all"):
            for a, b in pairs:
                gs, ps = gq[a].get("speaker"), pq[b].get("speaker")
                if gq[a].get("speaker_is_pronoun") and not pronoun:
                    continue
                if not speaker_correct(gs, ps):
                    print("SPK  %s | gold=%r pred=%r%s\n   %s\n" % (
                        gid, gs, ps, " (pronoun)" if gq[a].get("speaker_is_pronoun") else "",
                        ctx(text, gq[a]["start"], gq[a]["end"], 160, 120)))


if __name__ == "__main__":
    main()
