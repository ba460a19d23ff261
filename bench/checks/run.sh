#!/usr/bin/env bash
# The false-alarm part of BENCHMARKS.md: warnings per professionally edited
# article, by kind, over the saved news pages (whole pipeline), their
# ground-truth bodies and PolNeAR texts. Target (DESIGN.md): on average at
# most 0.5 warnings above info per article.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DATA=${LEDE_DATA:-../shared/data}
out=bench-out/checks
mkdir -p "$out"
if [[ ! -d $DATA/extraction/html ]]; then
    echo "bench checks: no development data at $DATA; skipped" >&2
    printf '## Warnings per article\n\nSkipped: no development data at `%s`.\n' "$DATA" >"$out/results.md"
    exit 0
fi
LEDE_DATA=$DATA bench/checks/false_alarms.sh >"$out/raw.txt"
{
    echo "## Warnings per article (false alarms)"
    echo
    echo "Every warning Lede raises on professionally edited news, by kind and"
    echo "severity. The saved pages run the whole pipeline a reader's browser runs"
    echo "(extract, then annotate with headline and date). Target: at most 0.5"
    echo "warnings above info per article. Command: \`bench/checks/false_alarms.sh\`"
    echo "(add \`--show\` to read each warning with its evidence)."
    echo
    echo '```'
    sed "s|$DATA/||" "$out/raw.txt"
    echo '```'
} >"$out/results.md"
cat "$out/results.md"
