#!/usr/bin/env bash
# Scores Lede's entity recogniser and linker on the development data, with
# peers measured in the same run.
#
#   bench/ner/run.sh            Lede + compromise + spaCy small (when installed)
#   LEDE_PEERS=0 bench/ner/run.sh   Lede only
#
# Environment: DATA (default /work/shared/data/ner), EVAL (default
# /work/shared/eval), OUT (default bench-out/ner), PEER_VENV (a Python venv
# with en_core_web_sm, default /work/scratch/venv), PEER_NODE_MODULES (with
# compromise, default tools/kb/node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DATA="${DATA:-/work/shared/data/ner}"
EVAL="${EVAL:-/work/shared/eval}"
OUT="${OUT:-$root/bench-out/ner}"
PEER_VENV="${PEER_VENV:-/work/scratch/venv}"
PEER_NODE_MODULES="${PEER_NODE_MODULES:-$root/tools/kb/node_modules}"
mkdir -p "$OUT"

cd "$root"
cargo build --release --quiet --no-default-features --example ner_predict
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/ner_predict"

score() { # name gold pred
  printf '%-10s %-10s ' "$1" "$2"
  python3 "$EVAL/score_ner.py" "$DATA/$2.jsonl" "$3" 2>/dev/null | tail -1
}

for set in conll2003-dev wikigold; do
  "$bin" "$DATA/$set.jsonl" "$OUT/lede-$set.jsonl" "$OUT/lede-$set-ann.jsonl"
  score lede "$set" "$OUT/lede-$set.jsonl"
done
printf '%-10s %-10s ' lede aida-dev
python3 "$EVAL/score_links.py" "$DATA/aida-dev-links.jsonl" "$OUT/lede-conll2003-dev-ann.jsonl" | tail -1

if [ "${LEDE_PEERS:-1}" = 1 ]; then
  for set in conll2003-dev wikigold; do
    if [ -d "$PEER_NODE_MODULES/compromise" ]; then
      NODE_PATH="$PEER_NODE_MODULES" node "$here/peer_compromise.cjs" "$DATA/$set.jsonl" > "$OUT/compromise-$set.jsonl"
      score compromise "$set" "$OUT/compromise-$set.jsonl"
    fi
    if [ -x "$PEER_VENV/bin/python" ]; then
      "$PEER_VENV/bin/python" "$here/peer_spacy.py" "$DATA/$set.jsonl" "$OUT/spacy-$set.jsonl" "$OUT/spacy-$set-ann.jsonl"
      score spacy-sm "$set" "$OUT/spacy-$set.jsonl"
    fi
  done
fi
