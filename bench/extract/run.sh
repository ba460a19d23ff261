#!/usr/bin/env bash
# Article extraction: accuracy and speed of Lede, Readability.js and
# trafilatura over the same pages, in one run.
#
#   bench/extract/run.sh                 all three
#   LEDE_PEERS=0 bench/extract/run.sh    Lede only
#
# Writes bench-out/extract/results.md (a markdown fragment for
# BENCHMARKS.md) and bench-out/extract/results.json, and prints both.
#
# Speed is single-threaded pages per second, one page after another:
#   Lede         native release build, HTML5 parse (html5ever) + extract;
#                each page is run LEDE_REPEAT times (default 3) and its
#                mean time counted.
#   Readability  jsdom DOM build + Readability.parse(), and Readability
#                alone (in a browser the DOM already exists).
#   trafilatura  lxml parse + extract.
#
# Peers are installed on first use, pinned, into bench/.peers/ (not in git),
# unless these point at working installs:
#   READABILITY_NODE_MODULES  node_modules with @mozilla/readability and jsdom
#   TRAFILATURA_PYTHON        a python that can `import trafilatura`
# Other settings: DATA (default /work/shared/data/extraction), EVAL (the
# scorer and peer runners, default /work/shared/eval), OUT (default
# bench-out/extract).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DATA="${DATA:-/work/shared/data/extraction}"
EVAL="${EVAL:-/work/shared/eval}"
OUT="${OUT:-$root/bench-out/extract}"
PEERS="${PEERS_DIR:-$here/../.peers}"
LEDE_REPEAT="${LEDE_REPEAT:-3}"

# Pinned peer versions.
READABILITY_VERSION=0.6.0
JSDOM_VERSION=29.1.1
TRAFILATURA_VERSION=2.3.1
LXML_VERSION=6.1.3
LXML_HTML_CLEAN_VERSION=0.4.6

if [ ! -d "$DATA/html" ] || [ ! -f "$DATA/ground-truth-dev.json" ]; then
  echo "bench/extract: skipped: no pages at $DATA (set DATA to a folder with html/ and ground-truth-dev.json)"
  exit 0
fi
if [ ! -f "$EVAL/extraction_score.py" ]; then
  echo "bench/extract: skipped: no scorer at $EVAL/extraction_score.py (set EVAL)"
  exit 0
fi
gt="$DATA/ground-truth-dev.json"
rm -rf "$OUT"
mkdir -p "$OUT"

cd "$root"
echo "== building Lede (release)"
cargo build --release --quiet --example extract_eval
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/extract_eval"

score() { # name prediction-dir
  python3 "$EVAL/extraction_score.py" "$gt" "$2" | tail -1 | tee "$OUT/$1.score"
}

echo "== Lede"
"$bin" "$DATA/html" "$OUT/lede" --repeat "$LEDE_REPEAT" --timing-json "$OUT/lede.timing.json" 2>"$OUT/lede.log"
score lede "$OUT/lede"

readability_modules() {
  local nm="${READABILITY_NODE_MODULES:-}"
  if [ -n "$nm" ] && [ -d "$nm/@mozilla/readability" ] && [ -d "$nm/jsdom" ]; then
    echo "$nm"
    return
  fi
  nm="$PEERS/node/node_modules"
  if [ ! -d "$nm/@mozilla/readability" ] || [ ! -d "$nm/jsdom" ]; then
    echo "== installing @mozilla/readability@$READABILITY_VERSION jsdom@$JSDOM_VERSION into $PEERS/node" >&2
    mkdir -p "$PEERS/node"
    [ -f "$PEERS/node/package.json" ] || echo '{"private":true}' >"$PEERS/node/package.json"
    npm install --prefix "$PEERS/node" --no-audit --no-fund --silent \
      "@mozilla/readability@$READABILITY_VERSION" "jsdom@$JSDOM_VERSION" >&2
  fi
  echo "$nm"
}

trafilatura_python() {
  local py="${TRAFILATURA_PYTHON:-}"
  if [ -n "$py" ] && "$py" -c 'import trafilatura, lxml_html_clean' 2>/dev/null; then
    echo "$py"
    return
  fi
  py="$PEERS/venv/bin/python"
  if ! { [ -x "$py" ] && "$py" -c 'import trafilatura, lxml_html_clean' 2>/dev/null; }; then
    echo "== installing trafilatura==$TRAFILATURA_VERSION into $PEERS/venv" >&2
    python3 -m venv "$PEERS/venv" >&2
    "$PEERS/venv/bin/pip" install --quiet --disable-pip-version-check \
      "trafilatura==$TRAFILATURA_VERSION" "lxml==$LXML_VERSION" \
      "lxml_html_clean==$LXML_HTML_CLEAN_VERSION" >&2
  fi
  echo "$py"
}

if [ "${LEDE_PEERS:-1}" = 1 ]; then
  echo "== Readability.js (jsdom)"
  nm="$(readability_modules)"
  node "$EVAL/extract_readability.mjs" "$DATA/html" "$OUT/readability" \
    --node-modules "$nm" --timing-json "$OUT/readability.timing.json" 2>"$OUT/readability.log"
  score readability "$OUT/readability"

  echo "== trafilatura"
  py="$(trafilatura_python)"
  "$py" "$EVAL/extract_trafilatura.py" "$DATA/html" "$OUT/trafilatura" \
    --timing-json "$OUT/trafilatura.timing.json" 2>"$OUT/trafilatura.log"
  score trafilatura "$OUT/trafilatura"
fi

python3 "$here/report.py" "$OUT" "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
cat "$OUT/results.md"
