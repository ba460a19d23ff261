#!/bin/sh
# Warnings per professionally edited article, by kind and severity: the
# false-alarm measure for src/checks/. The saved pages go through the whole
# pipeline (extract, then annotate with headline and date); the ground-truth
# bodies and PolNeAR texts through the text pipeline. Pass --show to read every warning.
# Data in /work/shared/data is read in place, never copied.
set -eu
DATA=${LEDE_DATA:-/work/shared/data}
cd "$(dirname "$0")/../.."
cargo run --quiet --release --example false_alarms -- "$@" \
  "$DATA/extraction/html" \
  "$DATA/extraction/ground-truth-dev.json" \
  "$DATA/quotes/polnear-dev.jsonl"
