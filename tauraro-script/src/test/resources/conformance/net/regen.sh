#!/usr/bin/env bash
# Regenerates the .out files of this folder with CPython 3.11 and Debian's python3-httpx, against
# the same fixture server the tests use (HttpFixture, run from the compiled test classes).
# Run from the repository root after `./mvnw -B -q -pl tauraro-script -am -DskipTests test-compile`.
set -euo pipefail
here=tauraro-script/src/test/resources/conformance/net
cp_file=$(mktemp)
# -am: the sibling modules' dependencies come from this tree's POMs, not from a stale installed snapshot
./mvnw -B -q -pl tauraro-script -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="tauraro-script/target/test-classes:tauraro-script/target/classes:$(cat "$cp_file")"
urls=$(mktemp)
java -cp "$cp" dev.tauraro.script.cli.HttpFixture 300 > "$urls" &
server=$!
trap 'kill $server; rm -f "$cp_file" "$urls"' EXIT
until [ -s "$urls" ]; do sleep 0.2; done
read -r base refused tls ca _proxy < "$urls"
for py in "$here"/*.py; do
    PYTHONPATH="$here/cpython-shim" /usr/bin/python3 "$py" "$base" "$refused" "$tls" "$ca" \
        | sed -e "s|$base|{BASE}|g" -e "s|$tls|{TLS}|g" > "${py%.py}.out"
done
