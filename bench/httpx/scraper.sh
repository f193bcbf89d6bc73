#!/usr/bin/env bash
# The seed's "Complete Example: Concurrent Web Scraper" (100 pages, 10 at a time) as a whole
# process: bin/tauraro against /usr/bin/python3 with Debian's python3-httpx. The script is the
# conformance copy (tauraro-script/src/test/resources/conformance/net/seed_web_scraper.py), whose
# only change from the seed is the local URLs; CPython runs it with the test resources' shim that
# makes httpx's module functions awaitable (the scraper itself uses AsyncClient, so the shim is
# inert here). Pages come from a Reactor Netty server in its own JVM (HttpxGet server).
# Each side runs RUNS times (default 3); the best wall time counts; both outputs must agree.
#
# Usage: bench/httpx/scraper.sh        (builds the benchmarks jar if needed)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
java="${JAVA:-java}"
runs="${RUNS:-3}"
net="$root/tauraro-script/src/test/resources/conformance/net"
script="$net/seed_web_scraper.py"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

jar="$(benchmarks_jar tauraro-httpx)"
"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

portfile="$(mktemp)"
"$java" -cp "$jar" dev.tauraro.benchmarks.HttpxGet server 600 > "$portfile" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$portfile"' EXIT
until [ -s "$portfile" ]; do sleep 0.2; done
base="http://127.0.0.1:$(cat "$portfile")"

cpython() { PYTHONPATH="$net/cpython-shim" "$python" "$script" "$base"; }
expected=$(cpython)
actual=$("$tauraro" "$script" "$base")
if [ "$expected" != "$actual" ]; then
  printf 'outputs differ:\n%s\n---\n%s\n' "$expected" "$actual" >&2
  exit 1
fi
p=$(best_wall cpython)
t=$(best_wall "$tauraro" "$script" "$base")
echo "| seed web scraper (100 pages, 10 at a time) | /usr/bin/python3 (s) | bin/tauraro (s) | ratio |"
echo "|---|---:|---:|---:|"
echo "| whole process | $p | $t | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
