#!/usr/bin/env bash
# Regenerates the .out files of this folder with CPython 3.11 and httpx 0.28.1 + h2 from a virtual
# environment ($HTTPX28_PYTHON), against the fixture the tests use (HttpFixture, from the compiled
# test classes). Run from the repository root after
# `./mvnw -B -q -pl tauraro-script -am -DskipTests test-compile`.
set -euo pipefail
python=${HTTPX28_PYTHON:?set HTTPX28_PYTHON to a python with httpx 0.28.1 and h2}
here=tauraro-script/src/test/resources/conformance/net28
cp_file=$(mktemp)
./mvnw -B -q -pl tauraro-script dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
cp="tauraro-script/target/test-classes:tauraro-script/target/classes:$(cat "$cp_file")"
urls=$(mktemp)
java -cp "$cp" dev.tauraro.script.cli.HttpFixture 300 > "$urls" &
server=$!
trap 'kill $server; rm -f "$cp_file" "$urls"' EXIT
until [ -s "$urls" ]; do sleep 0.2; done
read -r base refused tls ca proxy < "$urls"
for py in "$here"/*.py; do
    "$python" "$py" "$base" "$refused" "$tls" "$ca" "$proxy" \
        | sed -e "s|$base|{BASE}|g" -e "s|$tls|{TLS}|g" > "${py%.py}.out"
done
