#!/usr/bin/env bash
# Whole-process comparison of bin/tauraro with /usr/bin/python3 (Debian's optimised CPython 3.11)
# on the issue's script workloads. Each side runs every workload RUNS times (default 3); the best
# wall time counts. Prints a markdown table with the ratio CPython time / Tauraro time (> 1: faster).
#   bench/script/compare.sh            # all workloads
#   RUNS=5 bench/script/compare.sh fib # only workloads whose name contains "fib"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-3}"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

best_of() { # command... -> best wall seconds over $runs runs; checks that both sides print the same
    local best=""
    for _ in $(seq "$runs"); do
        local start end t
        start=$(date +%s.%N)
        "$@" >/tmp/tauraro-bench.out 2>&1
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    printf '%.3f' "$best"
}

echo "| workload | /usr/bin/python3 (s) | bin/tauraro (s) | ratio |"
echo "|---|---:|---:|---:|"
for w in cpu_intensive fib gather startup; do
    if [ "$#" -gt 0 ] && ! printf '%s\n' "$@" | grep -q -F -e "$w" -e "${w%%_*}"; then continue; fi
    expected=$("$python" "$here/$w.py")
    actual=$("$tauraro" "$here/$w.py")
    if [ "$expected" != "$actual" ]; then
        echo "| $w | output differs: '$expected' vs '$actual' | | |"
        continue
    fi
    p=$(best_of "$python" "$here/$w.py")
    t=$(best_of "$tauraro" "$here/$w.py")
    echo "| $w | $p | $t | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
done
