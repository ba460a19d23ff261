#!/usr/bin/env python3
"""Writes the gold records whose quotations were annotated at all.

PolNeAR left the articles whose quotation marks are typewriter pairs ('')
without a single gold quotation (every such NYT article, dev and train), so
a system that reads '' as a quotation mark is scored as inventing every
quotation there. This keeps the records that use any other quotation mark
or have at least one gold quotation; both systems are scored on it too.

Usage: annotated_subset.py GOLD.jsonl > SUBSET.jsonl
"""
import json
import sys

DOUBLE = ('"', "\u201c", "\u201d")

with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        typewriter_only = "''" in text and not any(c in text for c in DOUBLE)
        if rec.get("quotes") or not typewriter_only:
            sys.stdout.write(line if line.endswith("\n") else line + "\n")
