#!/usr/bin/env bash
# The cluster pool (tauraro-multiprocessing-hazelcast) against CPython's local Pool(2), in one run:
# trivial tasks/s with chunksize=1 across two one-slot worker JVMs on this machine, cpu_intensive on
# two members against one, and the inputs of the scaling model (chunks/s one caller sustains with
# many in flight, bytes per one-item chunk). Worker members start on 127.0.0.1 with free ports.
#   bench/multiprocessing/cluster.sh [repeat]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
suffix="${TAURARO_BUILD_SUFFIX:--bench}"
module="$root/tauraro-multiprocessing-hazelcast"
out="$module/target$suffix"

(cd "$root" && ./mvnw -q -B -Dtauraro.build.suffix="$suffix" -DskipTests -pl tauraro-multiprocessing-hazelcast -am \
    test-compile dependency:build-classpath -Dmdep.outputFile="$out/bench-classpath.txt" -Dmdep.includeScope=test) >&2
cp="$out/test-classes:$out/classes:$(cat "$out/bench-classpath.txt")"
exec java -XX:+UseParallelGC -cp "$cp" dev.tauraro.multiprocessing.hazelcast.ClusterPoolBenchmark "${1:-3}" "$python"
