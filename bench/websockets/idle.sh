#!/usr/bin/env bash
# Memory per idle WebSocket connection held by one server: N clients (default 10,000; a Java
# client process, the same for both servers) connect to a Python websockets server, then to a
# tauraro-websockets server, and stay open. Each server reports its resident memory (and the Java
# one its heap after a GC) before and after; the difference divided by N is the cost per
# connection. websockets documents about 64 KiB per connection with compression on.
#
# Usage: bench/websockets/idle.sh        (builds the benchmarks jar if needed; ~2 min)
# Environment: PYTHON (default /usr/bin/python3), JAVA (default java), CLIENTS (10000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
clients="${CLIENTS:-10000}"

# shellcheck source=../lib.sh
. "$here/../lib.sh"
jar="$(benchmarks_jar tauraro-websockets)"

measure() { # name server-command...
  local name=$1; shift
  coproc SERVER { "$@"; }
  local port before after ready
  read -r port <&"${SERVER[0]}"
  echo measure >&"${SERVER[1]}"; read -r before <&"${SERVER[0]}"
  coproc CLIENT { "$java" -XX:+UseParallelGC -cp "$jar" dev.tauraro.benchmarks.WebsocketsIdle client "$clients" \
      "ws://127.0.0.1:$port/"; }
  read -r ready <&"${CLIENT[0]}"
  sleep 2
  echo measure >&"${SERVER[1]}"; read -r after <&"${SERVER[0]}"
  exec {CLIENT[1]}>&-; wait "$CLIENT_PID" 2>/dev/null || true
  exec {SERVER[1]}>&-; wait "$SERVER_PID" 2>/dev/null || true
  echo "$name $ready | $before | $after" >&2
  awk -v name="$name" -v b="$before" -v a="$after" -v n="$clients" 'BEGIN {
    split(b, bb, /[ =]/); split(a, aa, /[ =]/)
    # fields: measure connections N heap H rss R
    rss = (aa[7] - bb[7]) / n / 1024
    heap = aa[5] < 0 ? "n/a" : sprintf("%.1f", (aa[5] - bb[5]) / n / 1024)
    printf "| %s | %d | %.1f | %s |\n", name, aa[3], rss, heap
  }'
}

echo "| server | connections held | resident KiB per connection | heap KiB per connection |"
echo "|---|---:|---:|---:|"
measure "Python websockets 10.4" "$python" "$here/bench_idle_server.py"
measure "tauraro-websockets" "$java" -XX:+UseParallelGC -cp "$jar" dev.tauraro.benchmarks.WebsocketsIdle server
