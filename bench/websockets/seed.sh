#!/usr/bin/env bash
# The seed's "WebSocket Concurrency" server block with 16 concurrent clients (three messages
# each), as a whole process: bin/tauraro against /usr/bin/python3 with Debian's python3-websockets.
# The script is the conformance copy (tauraro-script/src/test/resources/conformance/ok/
# websockets_seed_server.py: the seed's block unchanged, plus a process_message and a client
# driver); it listens on localhost:8080, as the seed does. Each side runs RUNS times (default 3);
# the best wall time counts; both outputs must agree.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-3}"
script="$root/tauraro-script/src/test/resources/conformance/ok/websockets_seed_server.py"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use
expected=$("$python" "$script")
actual=$("$tauraro" "$script")
if [ "$expected" != "$actual" ]; then
  printf 'outputs differ:\n%s\n---\n%s\n' "$expected" "$actual" >&2
  exit 1
fi
p=$(best_wall "$python" "$script")
t=$(best_wall "$tauraro" "$script")
echo "| seed websocket server, 16 clients | /usr/bin/python3 (s) | bin/tauraro (s) | ratio |"
echo "|---|---:|---:|---:|"
echo "| whole process | $p | $t | $(awk -v p="$p" -v t="$t" 'BEGIN { printf "%.2f", p / t }')x |"
