#!/usr/bin/env bash
# Start-up of the command (issue 13), side by side in one run:
#  - `bin/tauraro -c pass` against a Java hello-world on the same JDK (the floor of any JVM
#    program), for JDK 17 (java on the PATH) and Temurin 25 when installed;
#  - the prompt in a tmux pane, bin/tauraro against /usr/bin/python3 (skipped without tmux): time
#    until `>>>` shows, and until a line typed at the start is answered. Best wall time of RUNS
#    runs (default 5).
#   bench/script/startup.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
tauraro="$root/bin/tauraro"
runs="${RUNS:-5}"
# shellcheck source=../lib.sh
. "$here/../lib.sh"

work="$(mktemp -d)"
# a tmux server of this run's own (a fixed socket name let concurrent runs end each other's server)
sock="tauraro-bench-$$"
trap 'rm -rf "$work"; tmux -L "$sock" kill-server 2>/dev/null || true' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$work/Hello.java"

jdks=("$(readlink -f "$(command -v java)")")
[[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && jdks+=(/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)

echo "| JDK | Java hello-world (s) | \`bin/tauraro -c pass\` (s) | ratio |"
echo "|---|---:|---:|---:|"
for java in "${jdks[@]}"; do
    out="$work/$(echo "$java" | tr -c 'A-Za-z0-9\n' _)"
    mkdir -p "$out"
    "${java%/java}/javac" -d "$out" "$work/Hello.java"
    TAURARO_JAVA="$java" "$tauraro" -c pass   # builds and trains the archive for this JDK first
    h=$(best_wall "$java" -cp "$out" Hello)
    t=$(TAURARO_JAVA="$java" best_wall "$tauraro" -c pass)
    echo "| $("$java" -version 2>&1 | head -1) | $h | $t | $(awk -v t="$t" -v h="$h" 'BEGIN { printf "%.1fx", t / h }') |"
done

# pane_times COMMAND -> "SHOWN ANSWERED": best seconds, over the runs, until a line starting with
# ">>>" is on a tmux pane's screen, and until the answer to `6*7`, typed into the pane as soon as
# the command starts (before any prompt shows), is on it: the moment the prompt has taken the
# typed line and run it. A first run, not timed, lets bin/tauraro make its prompt's archive.
pane_times() {
    local shown="" answered="" t0 t1 t2 t i screen
    tmux -L "$sock" new-session -d -s keep -x 100 -y 30 'sleep 600'
    for i in $(seq 0 "$runs"); do
        t0=$(date +%s.%N)
        tmux -L "$sock" new-window -d -t keep -n p "$*"
        tmux -L "$sock" send-keys -t keep:p '6*7' Enter
        t1=""
        for _ in $(seq 24000); do   # 120 s at most (the first run may train an archive)
            screen=$(tmux -L "$sock" capture-pane -p -t keep:p 2>/dev/null || true)
            if [[ -z "$t1" ]] && grep -q '^>>>' <<<"$screen"; then t1=$(date +%s.%N); fi
            grep -q '^42$' <<<"$screen" && break
            sleep 0.005
        done
        t2=$(date +%s.%N)
        tmux -L "$sock" send-keys -t keep:p 'exit()' Enter
        sleep 0.5
        tmux -L "$sock" kill-window -t keep:p 2>/dev/null || true
        ((i > 0)) || continue
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
        if [ -z "$shown" ] || awk -v t="$t" -v b="$shown" 'BEGIN { exit !(t < b) }'; then shown=$t; fi
        t=$(awk -v a="$t0" -v b="$t2" 'BEGIN { print b - a }')
        if [ -z "$answered" ] || awk -v t="$t" -v b="$answered" 'BEGIN { exit !(t < b) }'; then answered=$t; fi
    done
    tmux -L "$sock" kill-server
    printf '%.3f %.3f' "$shown" "$answered"
}

if command -v tmux >/dev/null; then
    read -r python_shown python_answered <<<"$(pane_times "$python")"
    read -r tauraro_shown tauraro_answered <<<"$(pane_times "$tauraro")"
    echo
    echo "| the prompt in a tmux pane | /usr/bin/python3 (s) | bin/tauraro (s) |"
    echo "|---|---:|---:|"
    echo "| \`>>>\` shown | $python_shown | $tauraro_shown |"
    echo "| \`6*7\`, typed at the start, answered | $python_answered | $tauraro_answered |"
fi
