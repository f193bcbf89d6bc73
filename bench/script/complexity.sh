#!/usr/bin/env bash
# Growth of each container operation's cost from size n to 10n, /usr/bin/python3 beside bin/tauraro
# (see complexity.py). A growth near 1 is O(1), near 10 is O(n), near 100 is O(n^2). One run each:
# the ratios of small timings are noisy (±30% on a loaded machine), the orders of magnitude are not.
#   bench/script/complexity.sh            # every operation, n = 20000
#   N=5000 bench/script/complexity.sh str # operations whose name contains "str", n = 5000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
n="${N:-20000}"
filter="${1:-}"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use
p=$(mktemp)
t=$(mktemp)
trap 'rm -f "$p" "$t"' EXIT
"$python" "$here/complexity.py" "$n" "$filter" >"$p"
"$tauraro" "$here/complexity.py" "$n" "$filter" >"$t"

echo "| operation (n = $n) | CPython complexity | python3 s/run at n | python3 growth n→10n | tauraro s/run at n | tauraro growth n→10n |"
echo "|---|---|---:|---:|---:|---:|"
# join the two outputs line by line (same script, same order)
paste -d '\t' "$p" "$t" | awk -F '\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $7, $8 }'
