#!/usr/bin/env bash
# Start-up of the command (issue 13), side by side in one run:
#  - `bin/tauraro -c pass` against a Java hello-world on the same JDK (the floor of any JVM
#    program), for JDK 17 (java on the PATH) and Temurin 25 when installed;
#  - the prompt: time until `>>>` shows in a tmux pane, bin/tauraro against /usr/bin/python3
#    (skipped without tmux). Best wall time of RUNS runs (default 5).
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
trap 'rm -rf "$work"; tmux -L tauraro-bench kill-server 2>/dev/null || true' EXIT
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

# time_to_prompt COMMAND -> best seconds until a line starting with ">>>" is on the pane's screen
time_to_prompt() {
    local best="" t0 t1 t
    tmux -L tauraro-bench new-session -d -s keep -x 100 -y 30 'sleep 600'
    for _ in $(seq "$runs"); do
        t0=$(date +%s.%N)
        tmux -L tauraro-bench new-window -d -t keep -n p "$*"
        for _ in $(seq 2000); do   # 10 s at most
            tmux -L tauraro-bench capture-pane -p -t keep:p 2>/dev/null | grep -q '^>>>' && break
            sleep 0.005
        done
        t1=$(date +%s.%N)
        tmux -L tauraro-bench send-keys -t keep:p 'exit()' Enter
        sleep 0.5
        tmux -L tauraro-bench kill-window -t keep:p 2>/dev/null || true
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    tmux -L tauraro-bench kill-server
    printf '%.3f' "$best"
}

if command -v tmux >/dev/null; then
    echo
    echo "| prompt ready (tmux pane) | /usr/bin/python3 (s) | bin/tauraro (s) |"
    echo "|---|---:|---:|"
    echo "| \`>>>\` shown | $(time_to_prompt "$python") | $(time_to_prompt "$tauraro") |"
fi
