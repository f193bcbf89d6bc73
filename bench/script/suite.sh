#!/usr/bin/env bash
# Whole-process comparison on our own workloads of the kinds real programs run (issue 15):
# object-heavy simulation, float math, recursion, generators, comprehensions, string building,
# JSON, regular expressions and coroutines (bench/script/suite/*.py, each about one second of
# CPython work, each printing a checksum that must match CPython's). Runs /usr/bin/python3,
# pypy3 (Debian's package, when installed) and bin/tauraro; the best of RUNS wall times counts.
# Prints a markdown table with ratios CPython time / other time (> 1: faster than CPython) and
# their geometric means.
#   bench/script/suite.sh              # all workloads
#   RUNS=5 bench/script/suite.sh json  # only workloads whose name contains "json"
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
pypy="${PYPY:-$(command -v pypy3 || true)}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-3}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

echo "| workload | /usr/bin/python3 (s) | pypy3 (s) | bin/tauraro (s) | pypy3 ratio | tauraro ratio |"
echo "|---|---:|---:|---:|---:|---:|"
logs=""
for f in "$here"/suite/*.py; do
    w="$(basename "$f" .py)"
    if [ "$#" -gt 0 ]; then
        wanted=""
        for a in "$@"; do [[ "$w" == *"$a"* ]] && wanted=1; done
        [ -n "$wanted" ] || continue
    fi
    expected=$("$python" "$f")
    if [ "$("$tauraro" "$f" 2>&1)" != "$expected" ]; then
        echo "| $w | output differs under bin/tauraro | | | | |"
        continue
    fi
    p=$(best_wall "$python" "$f")
    t=$(best_wall "$tauraro" "$f")
    y="—"; yr="—"
    if [ -n "$pypy" ] && [ "$("$pypy" "$f" 2>&1)" = "$expected" ]; then
        y=$(best_wall "$pypy" "$f")
        yr=$(awk -v p="$p" -v y="$y" 'BEGIN { printf "%.2fx", p / y }')
    fi
    logs="$logs $(awk -v p="$p" -v t="$t" -v y="$y" 'BEGIN { printf "%f:%s", log(p / t), (y == "—" ? "-" : log(p / y)) }')"
    echo "| $w | $p | $y | $t | $yr | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
done
echo "$logs" | awk '{ n = 0; st = 0; sy = 0; ny = 0
    for (i = 1; i <= NF; i++) { split($i, a, ":"); st += a[1]; n++; if (a[2] != "-") { sy += a[2]; ny++ } }
    if (n) printf "| geometric mean | | | | %s | %.2fx |\n", (ny ? sprintf("%.2fx", exp(sy / ny)) : "—"), exp(st / n) }'
