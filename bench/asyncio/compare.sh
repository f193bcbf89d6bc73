#!/usr/bin/env bash
# Runs the asyncio workloads on CPython 3.11 + uvloop and on Tauraro (one JVM), then prints a
# markdown table: workload, CPython+uvloop, Tauraro, ratio (how many times faster Tauraro is).
#
# Usage: bench/asyncio/compare.sh [workload-filter...]      e.g. compare.sh gather queue
# Environment:
#   PYTHON        CPython with uvloop (default /usr/bin/python3)
#   JAVA          java command (default: java on PATH)
#   JAVA_OPTS     JVM flags (default: the collector and heap chosen by measurement, see README)
#   BUILD_SUFFIX  Maven output folder suffix (default none: tauraro-benchmarks/target/)
#   REBUILD=1     rebuild the benchmarks jar even if it is up to date
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC}"
suffix="${BUILD_SUFFIX:-}"
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

# Lines: bench <workload> <best> <unit> median=<m> runs=<n>
awk '
  FNR == NR && $1 == "bench" { py[$2] = $3; unit[$2] = $4; order[++n] = $2; next }
  # A Java variant NAME-concatmap of a workload is compared with CPython NAME (same Python loop).
  $1 == "bench" { jv[$2] = $3; b = $2; sub(/-concatmap$/, "", b)
                  if (b != $2 && (b in py)) py[$2] = py[b]
                  if (!($2 in py) || b != $2) { unit[$2] = $4; order[++n] = $2 } }
  END {
    print "| workload | CPython+uvloop | Tauraro | ratio |"
    print "|---|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      w = order[i]; u = unit[w]
      p = (w in py) ? sprintf("%.0f %s", py[w], u) : "-"
      j = (w in jv) ? sprintf("%.0f %s", jv[w], u) : "-"
      if (u == "ms") { p = (w in py) ? sprintf("%.1f ms", py[w]) : "-"; j = (w in jv) ? sprintf("%.1f ms", jv[w]) : "-" }
      r = "-"
      if ((w in py) && (w in jv) && py[w] > 0 && jv[w] > 0) {
        r = sprintf("%.1fx", (u ~ /\/s$/) ? jv[w] / py[w] : py[w] / jv[w])
      }
      printf "| %s | %s | %s | %s |\n", w, p, j, r
    }
  }' "$out/python.txt" "$out/java.txt"
