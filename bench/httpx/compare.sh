#!/usr/bin/env bash
# 64 concurrent keep-alive GETs of a 13-byte JSON body, against a Reactor Netty server in its own
# JVM (so the server is never the Python clients' bottleneck), from: tauraro-httpx AsyncClient,
# raw Reactor Netty HttpClient, Python httpx AsyncClient, aiohttp, aiohttp on uvloop; then the
# blocking Client one request at a time against raw Reactor Netty one at a time; last both
# pairs again (AsyncClient against raw at 64 in flight, then the blocking ones), interleaved in
# one JVM (HttpxGet pair: PAIR_ROUNDS rounds of 5,000 or 1,000 requests each, the two alternating),
# whose per-round ratios hold up where separate best-of-three runs swing by half.
#
# Usage: bench/httpx/compare.sh        (builds the benchmarks jar if needed)
# Environment: PYTHON (default /usr/bin/python3), JAVA (default java), JAVA_OPTS, REQUESTS, PY_REQUESTS,
# PAIR_ROUNDS (default 30; 0 skips the interleaved pair)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC}"
requests="${REQUESTS:-50000}"
py_requests="${PY_REQUESTS:-5000}"
pair_rounds="${PAIR_ROUNDS:-30}"

# shellcheck source=../lib.sh
. "$here/../lib.sh"
jar="$(benchmarks_jar tauraro-httpx)"

portfile="$(mktemp)"
out="$(mktemp)"
# shellcheck disable=SC2086
"$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.HttpxGet server 900 > "$portfile" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$portfile" "$out"' EXIT
until [ -s "$portfile" ]; do sleep 0.2; done
url="http://127.0.0.1:$(cat "$portfile")/json"

for impl in httpx aiohttp aiohttp-uvloop; do
  "$python" "$here/bench_get.py" "$impl" "$url" 64 "$py_requests" | tee -a "$out" >&2
done
for impl in tauraro-async reactor-netty; do
  # shellcheck disable=SC2086
  "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.HttpxGet client "$impl" "$url" 64 "$requests" | tee -a "$out" >&2
done
for impl in tauraro-blocking reactor-netty-blocking; do
  # shellcheck disable=SC2086
  "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.HttpxGet client "$impl" "$url" 1 $(( requests / 5 )) | tee -a "$out" >&2
done

awk '
  $1 == "bench" { rate[$2] = $3 }
  END {
    printf "| client | req/s |\n|---|---:|\n"
    n = split("httpx aiohttp aiohttp-uvloop tauraro-async reactor-netty tauraro-blocking reactor-netty-blocking", o, " ")
    for (i = 1; i <= n; i++) printf "| %s | %d |\n", o[i], rate[o[i]]
    printf "\ntauraro AsyncClient: %.1fx Python httpx, %.1fx aiohttp+uvloop, %.0f%% of raw Reactor Netty\n",
      rate["tauraro-async"] / rate["httpx"], rate["tauraro-async"] / rate["aiohttp-uvloop"],
      100 * rate["tauraro-async"] / rate["reactor-netty"]
    printf "raw Reactor Netty: %.1fx aiohttp+uvloop (the 5x target for AsyncClient is bounded by this)\n",
      rate["reactor-netty"] / rate["aiohttp-uvloop"]
    printf "tauraro blocking Client: %.0f%% of raw Reactor Netty one at a time\n",
      100 * rate["tauraro-blocking"] / rate["reactor-netty-blocking"]
  }' "$out"
if [ "$pair_rounds" -gt 0 ]; then
  echo
  # shellcheck disable=SC2086
  "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.HttpxGet pair "$url" 5000 "$pair_rounds" 64
  echo
  # shellcheck disable=SC2086
  "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.HttpxGet pair "$url" 1000 "$pair_rounds"
fi
