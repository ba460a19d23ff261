#!/usr/bin/env bash
# Every benchmark in one run, then BENCHMARKS.md: Lede beside its peers.
#
#   bench/run.sh            (what `./build.sh bench` runs, after a build)
#
# Each part writes a markdown fragment to bench-out/<part>/results.md (and
# JSON beside it); this script runs the parts in turn, keeps going when one
# fails or is skipped (the report says which and why), and assembles the
# fragments under a header naming the machine, the versions and the date.
# Figures on a shared machine mean something only as ratios taken in one
# run, so every part measures its peers in the same run as Lede.
#
# Environment: LEDE_DATA (default ../shared/data beside the repository)
# holds the development data; parts that need it say so and skip without it.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
out=$root/bench-out
mkdir -p "$out"
export LEDE_DATA=${LEDE_DATA:-$(cd "$root/.." && pwd)/shared/data}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

# name|command|what it measures
readonly PARTS=(
    "extract|bench/extract/run.sh|Article extraction: F1 and pages per second vs Readability.js and trafilatura"
    "ner|bench/ner/run.sh|Entities: F1 vs spaCy and compromise; tokens per second"
    "quotes|bench/quotes/run.sh|Quotations and speakers vs textacy"
    "checks|bench/checks/run.sh|Warnings per article on professionally edited news (false alarms)"
    "browser|node bench/browser/run.mjs|In the browser: extraction vs Readability.js, annotation vs compromise, page ready to painted"
    "cost|bench/cost.sh|Cost: wasm and package size, growth from 500 to 50,000 words"
)

started=$(date -u +%Y-%m-%dT%H:%MZ)
status=()
for part in "${PARTS[@]}"; do
    IFS='|' read -r name command what <<<"$part"
    mkdir -p "$out/$name"
    printf '==> bench %s: %s\n' "$name" "$command"
    t0=$SECONDS
    if [[ ! -e ${command##* } && ! -e ${command%% *} ]]; then
        status+=("$name|missing|$what")
        continue
    fi
    rm -f "$out/$name/results.md"
    if $command >"$out/$name/log.txt" 2>&1; then
        status+=("$name|ok $((SECONDS - t0)) s|$what")
    else
        status+=("$name|failed (exit $?, $((SECONDS - t0)) s; see bench-out/$name/log.txt)|$what")
        tail -n 5 "$out/$name/log.txt" | sed 's/^/    /'
    fi
done

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
version() { "$@" 2>/dev/null | head -n1 || true; }
{
    echo "# Lede benchmarks"
    echo
    echo "Written by \`./build.sh bench\` (bench/run.sh) on $started. Every figure"
    echo "below was measured in this one run, Lede beside its peers on the same"
    echo "inputs; on a shared machine the ratios are what carry over."
    echo
    echo "| | |"
    echo "|---|---|"
    echo "| machine | $(nproc) cores, ${cpu:-unknown CPU}, ${mem:-?} |"
    echo "| lede | $(git rev-parse --short HEAD 2>/dev/null || echo '?') |"
    echo "| rustc | $(version rustc --version) |"
    echo "| node | $(version node --version) |"
    echo "| python | $(version python3 --version) |"
    echo "| chromium | $(version chromium --version) |"
    echo "| data | \`$LEDE_DATA\`$([[ -d $LEDE_DATA ]] || echo ' (absent: accuracy parts skipped)') |"
    echo
    python3 bench/glance.py "$out"
    echo
    echo "| part | status | measures |"
    echo "|---|---|---|"
    for s in "${status[@]}"; do
        IFS='|' read -r name state what <<<"$s"
        echo "| $name | $state | $what |"
    done
    for s in "${status[@]}"; do
        IFS='|' read -r name state what <<<"$s"
        echo
        if [[ -s $out/$name/results.md ]]; then
            cat "$out/$name/results.md"
        else
            echo "## $what"
            echo
            echo "Not measured in this run: $state."
        fi
    done
} >BENCHMARKS.md
echo "==> wrote BENCHMARKS.md"
