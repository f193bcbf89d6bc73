#!/usr/bin/env bash
# Runs the asyncio workloads on CPython 3.11 + uvloop and on Tauraro (one JVM), then prints a
# markdown table: workload, CPython+uvloop, Tauraro, ratio (how many times faster Tauraro is),
# target.
#
# Usage: bench/asyncio/compare.sh [workload-filter...]      e.g. compare.sh gather queue
# Environment:
#   PYTHON        CPython with uvloop (default /usr/bin/python3)
#   JAVA          java command (default: java on PATH)
#   JAVA_OPTS     JVM flags (default: the collector and heap chosen by measurement, see README)
#   BUILD_SUFFIX  Maven output folder suffix (default none: tauraro-benchmarks/target/)
#   REBUILD=1     rebuild the benchmarks jar even if it is up to date
#   BENCH_CLOCK=cpu  measure process CPU time instead of wall-clock time, on both sides: on a
#                 machine shared with other work, the ratio then compares the work each side
#                 does rather than the share of the cores each got
#
# Its output (a line saying when, where and how it ran, then the table) is the README's asyncio
# table as it stands there: paste it whole.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC}"
suffix="${BUILD_SUFFIX:-}"
clock="${BENCH_CLOCK:-wall}"
[[ "$clock" == wall || "$clock" == cpu ]] || { echo "BENCH_CLOCK must be wall or cpu" >&2; exit 2; }
export BENCH_CLOCK="$clock"
jar="$root/tauraro-benchmarks/target$suffix/benchmarks.jar"

# Build when the jar is missing or older than any source it is made from.
if [[ "${REBUILD:-0}" == 1 || ! -f "$jar" ]] \
   || [[ -n "$(find "$root/tauraro-asyncio/src/main" "$root/tauraro-benchmarks/src/main" \
                    "$root/tauraro-asyncio/pom.xml" "$root/tauraro-benchmarks/pom.xml" "$root/pom.xml" \
                    -newer "$jar" -print -quit)" ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -q -B -pl tauraro-benchmarks -am -DskipTests \
      -Dtauraro.build.suffix="$suffix" package) >&2
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "CPython+uvloop ..." >&2
for script in bench_gather bench_queue bench_locks bench_event; do
  (cd "$here" && "$python" "$script.py" "$@") | tee -a "$out/python.txt" >&2
done
echo "Tauraro ($java $java_opts, one JVM per workload) ..." >&2
: > "$out/java.txt"
# shellcheck disable=SC2086
for w in $("$java" -cp "$jar" dev.tauraro.benchmarks.AsyncioWorkloads --list); do
  selected=$(( $# == 0 ))
  for f in "$@"; do [[ "$w" == *"$f"* ]] && selected=1; done
  if (( selected )); then
    "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.AsyncioWorkloads --only "$w" | tee -a "$out/java.txt" >&2
  fi
done

# The README's rows, in its order: workload, description, target ratio. A Java variant
# NAME-repeat / NAME-concatmap runs CPython's NAME loop with other Java loops, so it is compared
# with CPython's NAME.
rows='gather-100k|gather 100,000 tasks that `sleep(0)`|≥ 30x
gather-1m|gather 1,000,000 tasks|≥ 30x
queue-1x1|`Queue(1000)`, 1M items, 1 producer/consumer pair|≥ 20x
queue-4x4|`Queue(1000)`, 1M items, 4 pairs|≥ 20x
queue-1x1-repeat|the 1-pair queue with `Mono.defer(...).repeat(n - 1)` loops|—
queue-1x1-concatmap|the 1-pair queue with `Flux.range(...).concatMap(...)` loops|—
lock|`Lock`, 1,000 tasks × 1,000 acquires|≥ 20x
semaphore|`Semaphore(10)`, 1,000 × 1,000|≥ 20x
event-100k|`Event` with 100,000 waiters, `set()` to last resumed|≥ 20x'
if [[ "$clock" == cpu ]]; then # the CPU clock is read once per run, not per waiter (see bench_event.py)
  rows="${rows/to last resumed/to the gather of all waiters done}"
fi

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$root" status --porcelain -- tauraro-asyncio tauraro-benchmarks bench/asyncio 2>/dev/null)" ]]; then
  commit="$commit plus uncommitted changes"
fi
load="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if [[ "$clock" == cpu ]]; then
  what="measured in process CPU time (BENCH_CLOCK=cpu)"
else
  what="measured in wall-clock time"
fi
echo
args=""
(( $# > 0 )) && args="$(printf ' %s' "$@")"
echo "One run of \`bench/asyncio/compare.sh$args\`, $(date -u +%Y-%m-%d) at \`$commit\`, load average $load; rates and times $what:"
echo

# Lines: bench <workload> <best> <unit> median=<m> runs=<n>
printf '%s\n' "$rows" > "$out/rows.txt"
awk '
  function commas(x,   s, r) {
    s = sprintf("%.0f", x); r = ""
    while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
    return s r
  }
  function show(v, u) {
    if (u == "ms") return sprintf(v >= 100 ? "%.0f ms" : "%.1f ms", v)
    if (u == "acquires/s") u = "/s"
    return commas(v) " " u
  }
  FILENAME ~ /rows.txt$/ { split($0, f, "|"); label[f[1]] = f[2]; target[f[1]] = f[3]; order[++n] = f[1]; next }
  # A workload without a row here still gets one (under its name) at the end of the table.
  $1 == "bench" && !($2 in label) { label[$2] = $2; target[$2] = "?"; order[++n] = $2 }
  FILENAME ~ /python.txt$/ && $1 == "bench" { py[$2] = $3; unit[$2] = $4; next }
  $1 == "bench" { jv[$2] = $3; unit[$2] = $4 }
  END {
    print "| workload | CPython + uvloop | Tauraro | ratio | target |"
    print "|---|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      w = order[i]; b = w; sub(/-(repeat|concatmap)$/, "", b)
      if (!(w in jv) && !(b in py && b == w)) continue
      u = unit[w]
      p = (b in py) ? show(py[b], u) : "-"
      j = (w in jv) ? show(jv[w], u) : "-"
      r = "-"
      if ((b in py) && (w in jv) && py[b] > 0 && jv[w] > 0) {
        x = (u ~ /\/s$/) ? jv[w] / py[b] : py[b] / jv[w]
        r = sprintf(x >= 10 ? "%.0fx" : "%.1fx", x)
      }
      printf "| %s | %s | %s | %s | %s |\n", label[w], p, j, r, target[w]
    }
  }' "$out/rows.txt" "$out/python.txt" "$out/java.txt"
