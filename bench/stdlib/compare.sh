#!/usr/bin/env bash
# Whole-process comparison of bin/tauraro with /usr/bin/python3 on standard-library work over
# large inputs (issue 12, "Performance"): re.findall and re.sub over a 20 MB log, a 200 MB text
# file read line by line with its words counted in a dict, json.loads and json.dumps of a 20 MB
# document. gen.py writes the inputs (same bytes every time) into a temporary directory; each
# workload prints a checksum that must match CPython's. Each side runs every workload RUNS times
# (default 3) and the best counts, as CPU time (user + sys, from /usr/bin/time) by default since
# a shared machine makes wall time noise; METRIC=wall counts wall time instead. Prints a markdown
# table with the ratio CPython time / Tauraro time (> 1: faster than CPython).
#   bench/stdlib/compare.sh                  # all workloads
#   RUNS=5 bench/stdlib/compare.sh re_ json  # only workloads whose name contains "re_" or "json"
#   INPUTS=/tmp/in bench/stdlib/compare.sh   # keep (and on later runs reuse) the inputs there
#   SCALE=0.1 bench/stdlib/compare.sh        # inputs a tenth of the size
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-3}"
metric="${METRIC:-cpu}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

if [ -n "${INPUTS:-}" ]; then
    inputs="$INPUTS"
    mkdir -p "$inputs"
else
    inputs="$(mktemp -d)"
    trap 'rm -rf "$inputs"' EXIT
fi
if [ ! -f "$inputs/doc.json" ]; then
    echo "writing the inputs into $inputs ..." >&2
    "$python" "$here/gen.py" "$inputs" "${SCALE:-1}"
fi

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

# best_cpu COMMAND... -> the least user + sys CPU seconds over $runs runs (output discarded)
best_cpu() {
    local best="" t
    for _ in $(seq "$runs"); do
        /usr/bin/time -o "$inputs/time.txt" -f '%U %S' "$@" >/dev/null 2>&1
        t=$(awk '{ print $1 + $2 }' "$inputs/time.txt")
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    printf '%.2f' "$best"
}
if [ "$metric" = wall ]; then measure=best_wall; else measure=best_cpu; fi

echo "| workload | input | /usr/bin/python3 ($metric s) | bin/tauraro ($metric s) | ratio |"
echo "|---|---|---:|---:|---:|"
for w in re_findall:access.log re_sub:access.log wordcount:words.txt json_loads:doc.json json_dumps:doc.json; do
    name="${w%%:*}"
    input="$inputs/${w#*:}"
    if [ "$#" -gt 0 ]; then
        wanted=""
        for a in "$@"; do [[ "$name" == *"$a"* ]] && wanted=1; done
        [ -n "$wanted" ] || continue
    fi
    size="$(du -m "$input" | cut -f1) MB"
    expected=$("$python" "$here/$name.py" "$input")
    actual=$("$tauraro" "$here/$name.py" "$input" 2>&1 || true)
    if [ "$expected" != "$actual" ]; then
        echo "| $name | $size | output differs: '$expected' vs '$actual' | | |"
        continue
    fi
    p=$($measure "$python" "$here/$name.py" "$input")
    t=$($measure "$tauraro" "$here/$name.py" "$input")
    echo "| $name | $size | $p | $t | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
done
