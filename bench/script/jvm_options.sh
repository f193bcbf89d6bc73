#!/usr/bin/env bash
# CPU time (user + sys) of bin/tauraro on the script workloads under two sets of JVM options, run
# alternately (A, B, A, B, ...) so that a loaded machine slows both alike; prints each workload's
# median over RUNS rounds and B's time relative to A's. CPU time, not wall time: JIT compiler and
# GC threads count, which is what a choice of JIT or GC options trades. How bin/tauraro's JIT
# options were chosen (issue 15); bin/tauraro's own options apply to both sides, TAURARO_JAVA_OPTS
# adds these after them (a later -XX option wins).
#   A="" B="-XX:TieredStopAtLevel=1" bench/script/jvm_options.sh             # suite + fib + methods
#   RUNS=5 A="" B="-XX:FreqInlineSize=325" bench/script/jvm_options.sh fib floats
#   TAURARO_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java A="" B="..." bench/script/jvm_options.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-3}"
a_opts="${A:-}"
b_opts="${B?set B to the JVM options to compare, "" for none (A defaults to none)}"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

cpu() { # options script -> CPU seconds of one run
    local t
    t=$(mktemp)
    TAURARO_JAVA_OPTS="$1" /usr/bin/time -o "$t" -f '%U %S' "$tauraro" "$2" >/dev/null 2>&1
    awk '{ printf "%.2f", $1 + $2 }' "$t"
    rm -f "$t"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "| workload | A: '${a_opts}' (cpu s) | B: '${b_opts}' (cpu s) | B / A |"
echo "|---|---:|---:|---:|"
for f in "$here"/suite/*.py "$here"/fib.py "$here"/methods.py; do
    w="$(basename "$f" .py)"
    if [ "$#" -gt 0 ]; then
        wanted=""
        for x in "$@"; do [[ "$w" == *"$x"* ]] && wanted=1; done
        [ -n "$wanted" ] || continue
    fi
    as=""; bs=""
    for _ in $(seq "$runs"); do
        as="$as $(cpu "$a_opts" "$f")"
        bs="$bs $(cpu "$b_opts" "$f")"
    done
    am=$(echo "$as" | median); bm=$(echo "$bs" | median)
    echo "| $w | $am | $bm | $(awk -v a="$am" -v b="$bm" 'BEGIN { printf "%.2f", b / a }') |"
done
