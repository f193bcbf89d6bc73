# Shared by the whole-process comparisons (source it): timing helpers and the benchmarks jar.

# best_wall COMMAND... -> the best wall time in seconds over $runs runs (output discarded)
best_wall() {
    local best=""
    for _ in $(seq "$runs"); do
        local start end t
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
        if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    printf '%.3f' "$best"
}

# benchmarks_jar MODULE... -> the path of tauraro-benchmarks' jar (needs $root), rebuilt first when
# the sources of the named modules (tauraro-httpx, ...) or of the benchmarks are newer than it.
benchmarks_jar() {
    local jar="$root/tauraro-benchmarks/target/benchmarks.jar" dirs=("$root/tauraro-benchmarks/src/main") m
    for m in "$@"; do dirs+=("$root/$m/src/main"); done
    if [[ ! -f "$jar" ]] || [[ -n "$(find "${dirs[@]}" -newer "$jar" -print -quit)" ]]; then
        echo "building $jar ..." >&2
        (cd "$root" && ./mvnw -q -B -pl tauraro-benchmarks -am -DskipTests package) >&2
    fi
    printf '%s' "$jar"
}
