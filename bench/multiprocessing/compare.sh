#!/usr/bin/env bash
# The seed's parallel-processing example (documentation page, "Process in parallel") under
# bin/tauraro and /usr/bin/python3, in one run, as ratios. Each measurement is the best of RUNS
# (default 5) fresh processes.
#   whole process: the seed script itself, and the same work without the pool (serial.py)
#   in process:    timed.py pool|serial: the pool's map (creation included) against the serial
#                  calls, start-up left out; the first round and the steady state
#   bench/multiprocessing/compare.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="${TAURARO:-$root/bin/tauraro}"
runs="${RUNS:-5}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"
seed="$root/tauraro-script/src/test/resources/conformance/ok/seed_parallel_processing.py"

"$tauraro" -c pass >/dev/null   # builds the jar and the start-up archive on first use

inner() { # column command... -> best over $runs runs of the command's column-th number
    local col=$1
    shift
    for _ in $(seq "$runs"); do "$@" | awk -v c="$col" '{ print $c }'; done | sort -g | head -1
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

[ "$("$tauraro" "$seed")" = "$("$python" "$seed")" ] || { echo "seed output differs" >&2; exit 1; }
p_seed=$(best_wall "$python" "$seed");          t_seed=$(best_wall "$tauraro" "$seed")
p_serial=$(best_wall "$python" "$here/serial.py"); t_serial=$(best_wall "$tauraro" "$here/serial.py")
p_pool_cold=$(inner 1 "$python" "$here/timed.py" pool);     t_pool_cold=$(inner 1 "$tauraro" "$here/timed.py" pool)
p_serial_cold=$(inner 1 "$python" "$here/timed.py" serial); t_serial_cold=$(inner 1 "$tauraro" "$here/timed.py" serial)
p_pool_warm=$(inner 2 "$python" "$here/timed.py" pool);     t_pool_warm=$(inner 2 "$tauraro" "$here/timed.py" pool)
p_serial_warm=$(inner 2 "$python" "$here/timed.py" serial); t_serial_warm=$(inner 2 "$tauraro" "$here/timed.py" serial)

echo "| measurement | /usr/bin/python3 (s) | bin/tauraro (s) | python3 / tauraro |"
echo "|---|---:|---:|---:|"
echo "| seed script, whole process | $p_seed | $t_seed | $(ratio "$p_seed" "$t_seed") |"
echo "| same work serially, whole process | $p_serial | $t_serial | $(ratio "$p_serial" "$t_serial") |"
echo "| pool map, first round in process | $p_pool_cold | $t_pool_cold | $(ratio "$p_pool_cold" "$t_pool_cold") |"
echo "| serial calls, first round in process | $p_serial_cold | $t_serial_cold | $(ratio "$p_serial_cold" "$t_serial_cold") |"
echo "| pool map, steady state | $p_pool_warm | $t_pool_warm | $(ratio "$p_pool_warm" "$t_pool_warm") |"
echo "| serial calls, steady state | $p_serial_warm | $t_serial_warm | $(ratio "$p_serial_warm" "$t_serial_warm") |"
echo
echo "pool speed-up over serial, whole process: python3 $(ratio "$p_serial" "$p_seed"), bin/tauraro $(ratio "$t_serial" "$t_seed")"
echo "pool speed-up over serial, first round:   python3 $(ratio "$p_serial_cold" "$p_pool_cold"), bin/tauraro $(ratio "$t_serial_cold" "$t_pool_cold")"
echo "pool speed-up over serial, steady state:  python3 $(ratio "$p_serial_warm" "$p_pool_warm"), bin/tauraro $(ratio "$t_serial_warm" "$t_pool_warm")"
