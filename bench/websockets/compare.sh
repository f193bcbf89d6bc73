#!/usr/bin/env bash
# WebSocket echo round trips on loopback, one and 16 clients: Python websockets (CPython 3.11),
# tauraro-websockets (deflate on, as websockets; and off) and raw Reactor Netty websockets.
# Server and clients share one process in every case. Rates in round trips/s, higher is better.
#
# Usage: bench/websockets/compare.sh        (builds the benchmarks jar if needed; ~3 min)
# Environment: PYTHON (default /usr/bin/python3), JAVA (default java), JAVA_OPTS, ROUND_TRIPS
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC}"
rt="${ROUND_TRIPS:-5000}"

# shellcheck source=../lib.sh
. "$here/../lib.sh"
jar="$(benchmarks_jar tauraro-websockets)"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
for clients in 1 16; do
  per=$(( rt / clients ))
  "$python" "$here/bench_echo.py" "$clients" "$per" | tee -a "$out" >&2
  for impl in tauraro tauraro-nodeflate reactor-netty; do
    # shellcheck disable=SC2086
    "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.WebsocketsEcho "$impl" "$clients" "$per" \
      | grep '^bench' | tee -a "$out" >&2
  done
done

awk '
  $1 == "bench" { split($2, p, "-"); c = p[length(p)]; sub("-" c "$", "", $2); rate[$2, c] = $3; impls[$2] = 1; cs[c] = 1 }
  END {
    print "| clients | Python websockets | tauraro (deflate) | tauraro (no deflate) | raw Reactor Netty | tauraro / Python | tauraro no-deflate / Reactor Netty |"
    print "|---|---:|---:|---:|---:|---:|---:|"
    n = split("1c 16c", order, " ")
    for (i = 1; i <= n; i++) {
      c = order[i]
      py = rate["python", c]; t = rate["tauraro", c]; tn = rate["tauraro-nodeflate", c]; rn = rate["reactor-netty", c]
      printf "| %s | %d | %d | %d | %d | %.1fx | %.0f%% |\n", c, py, t, tn, rn, t / py, 100 * tn / rn
    }
  }' "$out"
