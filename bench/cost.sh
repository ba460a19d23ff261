#!/usr/bin/env bash
# The cost part of BENCHMARKS.md: what Lede weighs (wasm raw and gzipped,
# the store packages) and how annotation time grows from 500 to 50,000
# words (it should be linear), with a plot. Needs `./build.sh package`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA=${LEDE_DATA:-../shared/data}
out=bench-out/cost
mkdir -p "$out" bench/plots
wasm=dist/pkg/lede_bg.wasm
[[ -f $wasm ]] || { echo "bench cost: $wasm missing; run ./build.sh first" >&2; exit 1; }

kb() { awk '{ printf "%.0f", $1 / 1024 }'; }
raw=$(wc -c <"$wasm" | kb)
gz=$(gzip -9c "$wasm" | wc -c | kb)
chrome=$( [[ -f dist/lede-chrome.zip ]] && wc -c <dist/lede-chrome.zip | kb || echo '?')
firefox=$( [[ -f dist/lede-firefox.xpi ]] && wc -c <dist/lede-firefox.xpi | kb || echo '?')

# Growth: real paragraphs from the PolNeAR texts when present, else the
# articles the project ships.
if [[ -f $DATA/quotes/polnear-dev.jsonl ]]; then
    corpus=("$DATA/quotes/polnear-dev.jsonl"); corpus_name="PolNeAR dev paragraphs"
else
    corpus=(tests/fixtures/sample/syria-talks.txt www/samples/*.txt); corpus_name="the bundled sample articles"
fi
cargo run --quiet --release --example growth -- "${corpus[@]}" >"$out/growth.jsonl"

python3 - "$out/growth.jsonl" bench/plots/growth.svg <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
w, h, pad = 560, 300, 50
xmax = max(r["words"] for r in rows); ymax = max(r["ms"] for r in rows) * 1.1
x = lambda v: pad + (w - 2 * pad) * v / xmax
y = lambda v: h - pad - (h - 2 * pad) * v / ymax
first = rows[0]
slope = first["ms"] / first["words"]
pts = " ".join(f"{x(r['words']):.1f},{y(r['ms']):.1f}" for r in rows)
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
       f'<rect width="{w}" height="{h}" fill="white"/>',
       f'<line x1="{pad}" y1="{h-pad}" x2="{w-pad}" y2="{h-pad}" stroke="#333"/>',
       f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h-pad}" stroke="#333"/>',
       f'<line x1="{x(0):.1f}" y1="{y(0):.1f}" x2="{x(xmax):.1f}" y2="{y(min(slope*xmax, ymax)):.1f}" stroke="#999" stroke-dasharray="4 4"/>',
       f'<polyline points="{pts}" fill="none" stroke="#0072b2" stroke-width="2"/>']
for r in rows:
    svg.append(f'<circle cx="{x(r["words"]):.1f}" cy="{y(r["ms"]):.1f}" r="3" fill="#0072b2"/>')
svg += [f'<text x="{w/2}" y="{h-12}" text-anchor="middle">words in the article (max {xmax:,})</text>',
        f'<text x="14" y="{h/2}" text-anchor="middle" transform="rotate(-90 14 {h/2})">annotate, ms (max {ymax/1.1:.0f})</text>',
        f'<text x="{pad+8}" y="{pad}" fill="#999">dashed: linear from the smallest size</text>', '</svg>']
open(sys.argv[2], "w").write("\n".join(svg) + "\n")
PY

{
    echo "## Cost"
    echo
    echo "| what | size |"
    echo "|---|---|"
    echo "| core, \`lede_bg.wasm\` | $raw KB raw, $gz KB gzipped |"
    echo "| Chrome package \`dist/lede-chrome.zip\` | $chrome KB |"
    echo "| Firefox package \`dist/lede-firefox.xpi\` | $firefox KB |"
    echo
    echo "### Growth with article length"
    echo
    echo "Native annotation (one core, release build, fastest of several runs) of"
    echo "articles built from $corpus_name. Linear growth keeps µs per word flat."
    echo "Command: \`cargo run --release --example growth -- FILE…\`."
    echo
    echo "| words | ms | µs per word |"
    echo "|---:|---:|---:|"
    python3 -c '
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    print("| {:,} | {:.1f} | {:.2f} |".format(r["words"], r["ms"], r["us_per_word"]))' "$out/growth.jsonl"
    echo
    echo "![annotation time against article length](bench/plots/growth.svg)"
} >"$out/results.md"
cat "$out/results.md"
