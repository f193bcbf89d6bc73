#!/usr/bin/env bash
# Broadcast of one message to 1,000 connected clients (server and clients in one process, on
# loopback): time until every client has it, Python websockets' broadcast against
# tauraro-websockets' Websockets.broadcast (both with their default permessage-deflate).
#
# Usage: bench/websockets/broadcast.sh        (builds the benchmarks jar if needed)
# Environment: PYTHON (default /usr/bin/python3), JAVA (default java), CLIENTS (1000), ROUNDS (20)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
clients="${CLIENTS:-1000}"
rounds="${ROUNDS:-20}"

# shellcheck source=../lib.sh
. "$here/../lib.sh"
jar="$(benchmarks_jar tauraro-websockets)"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$python" "$here/bench_broadcast.py" "$clients" "$rounds" | tee -a "$out" >&2
"$java" -XX:+UseParallelGC -cp "$jar" dev.tauraro.benchmarks.WebsocketsBroadcast "$clients" "$rounds" \
  | grep '^bench' | tee -a "$out" >&2
awk '
  $1 == "bench" { best[$2] = $3; split($5, m, "="); median[$2] = m[2] }
  END {
    print "| implementation | best (ms) | median (ms) |"
    print "|---|---:|---:|"
    for (k in best) printf "| %s | %.2f | %.2f |\n", k, best[k], median[k]
  }' "$out"
