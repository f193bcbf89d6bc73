#!/usr/bin/env bash
# The seed's parallel-processing example (documentation page, "Process in parallel") under
# bin/tauraro and /usr/bin/python3, in one run, as ratios. Each measurement is the best of RUNS
# (default 5) fresh processes.
#   whole process: the seed script itself, and the same work without the pool (serial.py)
#   in process:    timed.py pool|serial, the pool's map (creation included) against the serial
#                  calls, start-up left out
#   bench/multiprocessing/compare.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-5}"
seed="$root/tauraro-script/src/test/resources/conformance/ok/seed_parallel_processing.py"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

wall() { # command... -> best wall seconds over $runs runs
    local best=""
    for _ in $(seq "$runs"); do
        local start end t
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    printf '%.3f' "$best"
}

inner() { # command... -> best of the seconds the command prints over $runs runs
    for _ in $(seq "$runs"); do "$@"; done | sort -g | head -1
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

[ "$("$tauraro" "$seed")" = "$("$python" "$seed")" ] || { echo "seed output differs" >&2; exit 1; }
p_seed=$(wall "$python" "$seed");          t_seed=$(wall "$tauraro" "$seed")
p_serial=$(wall "$python" "$here/serial.py"); t_serial=$(wall "$tauraro" "$here/serial.py")
p_pool_in=$(inner "$python" "$here/timed.py" pool);   t_pool_in=$(inner "$tauraro" "$here/timed.py" pool)
p_serial_in=$(inner "$python" "$here/timed.py" serial); t_serial_in=$(inner "$tauraro" "$here/timed.py" serial)

echo "| measurement | /usr/bin/python3 (s) | bin/tauraro (s) | python3 / tauraro |"
echo "|---|---:|---:|---:|"
echo "| seed script, whole process | $p_seed | $t_seed | $(ratio "$p_seed" "$t_seed") |"
echo "| same work serially, whole process | $p_serial | $t_serial | $(ratio "$p_serial" "$t_serial") |"
echo "| pool map, in process | $p_pool_in | $t_pool_in | $(ratio "$p_pool_in" "$t_pool_in") |"
echo "| serial calls, in process | $p_serial_in | $t_serial_in | $(ratio "$p_serial_in" "$t_serial_in") |"
echo
echo "pool speed-up over serial, in process: python3 $(ratio "$p_serial_in" "$p_pool_in"), bin/tauraro $(ratio "$t_serial_in" "$t_pool_in")"
echo "pool speed-up over serial, whole process: python3 $(ratio "$p_serial" "$p_seed"), bin/tauraro $(ratio "$t_serial" "$t_seed")"
