#!/usr/bin/env bash
# Start-up of the command (issue 13), side by side in one run:
#  - `bin/tauraro -c pass` against a Java hello-world on the same JDK (the floor of any JVM
#    program), for JDK 17 (java on the PATH) and Temurin 25 when installed;
#  - the prompt on a pseudo-terminal (prompt_time.py), bin/tauraro against /usr/bin/python3: time
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
trap 'rm -rf "$work"' EXIT
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

# The prompt: best seconds until ">>> " is written and until the answer to `6*7`, typed as soon as
# the command starts (before any prompt shows), is: the moment the prompt has taken the typed line
# and run it. A first run, not timed, lets bin/tauraro make its prompt's archive.
read -r python_shown python_answered <<<"$("$here/prompt_time.py" "$runs" "$python")"
read -r tauraro_shown tauraro_answered <<<"$("$here/prompt_time.py" "$runs" "$tauraro")"
echo
echo "| the prompt on a pseudo-terminal | /usr/bin/python3 (s) | bin/tauraro (s) |"
echo "|---|---:|---:|"
echo "| \`>>>\` shown | $python_shown | $tauraro_shown |"
echo "| \`6*7\`, typed at the start, answered | $python_answered | $tauraro_answered |"
