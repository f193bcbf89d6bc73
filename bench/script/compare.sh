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
# shellcheck source=../lib.sh
. "$here/../lib.sh"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use


echo "| workload | /usr/bin/python3 (s) | bin/tauraro (s) | ratio |"
echo "|---|---:|---:|---:|"
for w in cpu_intensive fib gather methods sort startup; do
    if [ "$#" -gt 0 ] && ! printf '%s\n' "$@" | grep -q -F -e "$w" -e "${w%%_*}"; then continue; fi
    expected=$("$python" "$here/$w.py")
    actual=$("$tauraro" "$here/$w.py")
    if [ "$expected" != "$actual" ]; then
        echo "| $w | output differs: '$expected' vs '$actual' | | |"
        continue
    fi
    p=$(best_wall "$python" "$here/$w.py")
    t=$(best_wall "$tauraro" "$here/$w.py")
    echo "| $w | $p | $t | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
done
