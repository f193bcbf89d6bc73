#!/usr/bin/env bash
# Start-up with imports: `-c pass` and a script importing common modules, under /usr/bin/python3
# and bin/tauraro with its parsed-module cache (AstCache, as after any earlier run) and without
# it (every module parsed). Best wall time of RUNS runs (default 5). The third row is issue 12's
# start-up target: those seven modules within 0.15 s of `-c pass`.
#   bench/script/imports.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-5}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

imports="import os, re, json, datetime, enum, string, threading, textwrap, copy"
seven="import os, re, logging, pathlib, json, datetime, argparse"
"$tauraro" -c "$imports; import httpx" >/dev/null   # builds the jar and archive, fills the cache

echo "| command | /usr/bin/python3 (s) | bin/tauraro, cached (s) | bin/tauraro, parsing (s) |"
echo "|---|---:|---:|---:|"
for code in "pass" "$imports" "$seven" "import httpx"; do
    p=$(best_wall "$python" -c "$code")
    t=$(best_wall "$tauraro" -c "$code")
    u=$(TAURARO_JAVA_OPTS=-Dtauraro.cache.dir= best_wall "$tauraro" -c "$code")
    echo "| \`-c '$code'\` | $p | $t | $u |"
done
