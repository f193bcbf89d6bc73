#!/usr/bin/env bash
# Regenerates the expected files of this folder with CPython (python3, 3.11).
#
# usage: ./regen.sh [--check] [NAME... | errors/NAME...]
#
#   ok scripts (*.py here):      NAME.out  = stdout of `python3 NAME.py`
#   error scripts (errors/*.py): NAME.out  = stdout, NAME.err = stderr,
#                                NAME.code = exit status
#
# Scripts run from their own folder; the folder prefix is stripped from stderr so tracebacks
# name them as just "NAME.py".
# With --check nothing is written: every script is run twice, and the run fails
# if an ok script exits non-zero, an error script exits 0, or two runs differ
# (nondeterminism) or differ from the stored files.
set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-python3}
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run_ok() {  # name
    local n=$1
    (cd "$here" && "$py" "$n.py" >"$tmp/$n.1" 2>"$tmp/$n.e" </dev/null)
    local rc=$?
    if [ "$rc" -ne 0 ]; then echo "BAD $n: exit status $rc"; cat "$tmp/$n.e"; status=1; return; fi
    if [ "$check" = 1 ]; then
        (cd "$here" && "$py" "$n.py" >"$tmp/$n.2" 2>/dev/null </dev/null)
        cmp -s "$tmp/$n.1" "$tmp/$n.2" || { echo "BAD $n: nondeterministic output"; status=1; }
        cmp -s "$tmp/$n.1" "$here/$n.out" || { echo "BAD $n: differs from $n.out"; status=1; }
    else
        cp "$tmp/$n.1" "$here/$n.out"
    fi
}

run_err() {  # name
    local n=$1 d="$here/errors"
    (cd "$d" && "$py" "$n.py" >"$tmp/$n.o" 2>"$tmp/$n.e.raw" </dev/null)
    local rc=$?
    # CPython 3.9+ makes the main script's path absolute in tracebacks: strip the folder so the
    # expected stderr names the script as just "NAME.py", independent of the checkout location.
    sed "s#$d/##g" "$tmp/$n.e.raw" >"$tmp/$n.e"
    echo "$rc" >"$tmp/$n.c"
    if [ "$rc" -eq 0 ]; then echo "BAD errors/$n: exit status 0"; status=1; return; fi
    if [ "$check" = 1 ]; then
        for s in o:out e:err c:code; do
            cmp -s "$tmp/$n.${s%%:*}" "$d/$n.${s#*:}" || { echo "BAD errors/$n: differs from $n.${s#*:}"; status=1; }
        done
    else
        cp "$tmp/$n.o" "$d/$n.out"; cp "$tmp/$n.e" "$d/$n.err"; cp "$tmp/$n.c" "$d/$n.code"
    fi
}

if [ "$#" -gt 0 ]; then
    for n in "$@"; do
        n=${n%.py}
        case "$n" in
            errors/*) [ -f "$here/$n.py" ] && run_err "${n#errors/}" || { echo "no such script: $n"; status=1; } ;;
            *) [ -f "$here/$n.py" ] && run_ok "$n" || { echo "no such script: $n"; status=1; } ;;
        esac
    done
else
    for f in "$here"/*.py; do [ -e "$f" ] && run_ok "$(basename "$f" .py)"; done
    for f in "$here"/errors/*.py; do [ -e "$f" ] && run_err "$(basename "$f" .py)"; done
fi
exit $status
