#!/usr/bin/env bash
# asyncio streams and to_thread, side by side in one run (issue 11's performance section):
#  - TCP echo over loopback with asyncio streams, 1 and 64 connections, 32-byte lines, server and
#    clients in one process: CPython's asyncio, CPython on uvloop, the same script under
#    bin/tauraro, the tauraro-asyncio Java API, and raw Reactor Netty TCP (the ceiling);
#  - bulk transfer through one stream connection (write + drain of 64 KiB chunks): tauraro-asyncio
#    streams against raw Reactor Netty TcpClient/TcpServer;
#  - asyncio.to_thread round trips from a script: CPython against bin/tauraro.
# Usage: bench/streams/compare.sh   Environment: PYTHON, JAVA, JAVA_OPTS, ROUND_TRIPS (20000), MIB (1024)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC}"
tauraro="${TAURARO:-$root/bin/tauraro}"
trips="${ROUND_TRIPS:-20000}"
mib="${MIB:-1024}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"
jar="$(benchmarks_jar tauraro-asyncio)"
"$tauraro" -c pass >/dev/null

bench() {   # bench CLASS-ARGS... -> the rate the benchmark prints
    # shellcheck disable=SC2086
    "$java" $java_opts -cp "$jar" dev.tauraro.benchmarks.StreamsBench "$@" | awk '$1 == "bench" { print $3 }'
}

echo "| echo round trips/s | CPython asyncio | CPython + uvloop | bin/tauraro script | tauraro Java API | raw Reactor Netty | script / uvloop | Java / uvloop | Java / raw |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in 1 64; do
    cp=$("$python" "$here/echo.py" "$c" "$trips")
    uv=$("$python" "$here/echo.py" "$c" "$trips" uvloop)
    sc=$("$tauraro" "$here/echo.py" "$c" "$trips")
    ja=$(bench echo "$c" "$trips")
    raw=$(bench echo-raw "$c" "$trips")
    awk -v c="$c" -v cp="$cp" -v uv="$uv" -v sc="$sc" -v ja="$ja" -v raw="$raw" 'BEGIN {
        printf "| %d connection%s | %d | %d | %d | %d | %d | %.1fx | %.1fx | %.0f%% |\n",
            c, (c > 1 ? "s" : ""), cp, uv, sc, ja, raw, sc / uv, ja / uv, 100 * ja / raw }'
done
echo
streams=$(bench bulk "$mib")
raw=$(bench bulk-raw "$mib")
echo "| bulk transfer, $mib MiB | tauraro-asyncio streams | raw Reactor Netty | streams / raw |"
echo "|---|---:|---:|---:|"
awk -v s="$streams" -v r="$raw" 'BEGIN { printf "| MiB/s | %d | %d | %.0f%% |\n", s, r, 100 * s / r }'
echo
cp=$("$python" "$here/to_thread.py" 5000)
sc=$("$tauraro" "$here/to_thread.py" 5000)
echo "| asyncio.to_thread round trips/s | CPython | bin/tauraro | ratio |"
echo "|---|---:|---:|---:|"
awk -v cp="$cp" -v sc="$sc" 'BEGIN { printf "| 5,000 in a row | %d | %d | %.1fx |\n", cp, sc, sc / cp }'
