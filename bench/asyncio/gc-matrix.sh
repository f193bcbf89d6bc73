#!/usr/bin/env bash
# Runs the Tauraro side of the asyncio workloads under several collectors and heap sizings and
# prints a markdown table (best of the measured runs per cell): the measurement behind the
# collector bin/tauraro starts with.
#
# Usage: bench/asyncio/gc-matrix.sh [workload-filter...]
# Environment: JAVA, BUILD_SUFFIX (as compare.sh), BENCH_RUNS / BENCH_WARMUPS (runs per cell),
#   CONFIGS: the JVM flag sets to compare, separated by ';' (default: the list below).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
java="${JAVA:-java}"
jar="$root/tauraro-benchmarks/target${BUILD_SUFFIX:-}/benchmarks.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run compare.sh once (it builds)" >&2; exit 1; }

configs=(
  "-XX:+UseG1GC"
  "-XX:+UseG1GC -Xms2g -Xmn1g"
  "-XX:+UseParallelGC"
  "-XX:+UseParallelGC -Xmn512m"
  "-XX:+UseParallelGC -Xms2g -Xmn1g"
  "-XX:+UseSerialGC -Xmn512m"
)
if [[ -n "${CONFIGS:-}" ]]; then
  IFS=';' read -r -a configs <<< "$CONFIGS"
fi
props=()
[[ -n "${BENCH_RUNS:-}" ]] && props+=("-Dbench.runs=$BENCH_RUNS")
[[ -n "${BENCH_WARMUPS:-}" ]] && props+=("-Dbench.warmups=$BENCH_WARMUPS")

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for i in "${!configs[@]}"; do
  echo "== ${configs[$i]}" >&2
  # shellcheck disable=SC2086
  "$java" ${configs[$i]} "${props[@]}" -cp "$jar" dev.tauraro.benchmarks.AsyncioWorkloads "$@" \
      | tee "$out/$i.txt" >&2
done

{
  printf "| workload |"; for c in "${configs[@]}"; do printf " %s |" "$c"; done; echo
  printf "|---|"; for c in "${configs[@]}"; do printf -- "---:|"; done; echo
  awk '$1 == "bench" && !seen[$2]++ { print $2 }' "$out/0.txt" | while read -r w; do
    printf "| %s |" "$w"
    for i in "${!configs[@]}"; do
      awk -v w="$w" '$1 == "bench" && $2 == w {
          if ($4 == "ms") printf " %.1f ms |", $3; else printf " %.2fM %s |", $3 / 1e6, $4 }' "$out/$i.txt"
    done
    echo
  done
}
