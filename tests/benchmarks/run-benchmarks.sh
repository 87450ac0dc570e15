#!/usr/bin/env bash
# Runs the benchmarks (STYLE.md 14) and prints their figures. Not part of ctest.
#
#   tests/benchmarks/run-benchmarks.sh [BUILD_DIR]     (default: <source>/build-bench)
#
# 1. configures BUILD_DIR (Release, Ninja) if it has no CMake cache yet, and builds only
#    the targets the benchmarks need (Release is recommended: Debug figures mislead);
# 2. generates the large store once into BUILD_DIR/bench-data/large.sqlite, reused while
#    the generator sources and the schema migrations are unchanged;
# 3. runs bench_store (QBENCHMARK: init, open, summaries, first page, tree), bench_charts
#    (each infographic template to a 1080x1080 PNG) and bench_startup (GUI time to first
#    paint and peak memory, empty vs large store);
# 4. runs bench_search (search latency per query over the large store, and a LIKE scan of
#    the same queries as the baseline) and bench_publishing (sanitizer, checker, preview).
#
# Environment: BENCH_RUNS start-ups per case (default 5); OPENMAYOR_BENCH_NO_BUILD=1 skips
# step 1 (the `benchmarks` CMake target builds first, then calls this script).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$src/build-bench}")
runs=${BENCH_RUNS:-5}
targets=(openmayor openmayor-cli openmayor-benchdata bench_store bench_startup bench_search bench_publishing bench_charts)

heading() { printf '\n=== %s\n' "$*"; }

if [[ "${OPENMAYOR_BENCH_NO_BUILD:-0}" != 1 ]]; then
    heading "build ($build)"
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        cmake -S "$src" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
    fi
    type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
    [[ "$type" == Release || "$type" == RelWithDebInfo ]] ||
        echo "warning: $build is a '${type:-default}' build; figures are meaningful in Release"
    cmake --build "$build" --target "${targets[@]}"
fi

bin=$build/tests/benchmarks
for exe in "$build/app/openmayor" "$build/app/openmayor-cli" "$bin/openmayor-benchdata" \
           "$bin/bench_store" "$bin/bench_startup" "$bin/bench_search" "$bin/bench_charts"; do
    [[ -x "$exe" ]] || { echo "missing $exe: build the benchmark targets first" >&2; exit 2; }
done

data=$build/bench-data
mkdir -p "$data"
large=$data/large.sqlite
stamp=$(cat "$src"/tests/benchmarks/datagenerator.{h,cpp} "$src"/tests/benchmarks/benchdatatool.cpp \
            "$src"/resources/migrations/*.sql | sha256sum | cut -d' ' -f1)

heading "data generator (openmayor-benchdata)"
"$bin/openmayor-benchdata" --size small --out "$data/small.sqlite" --force | tail -n 1
if [[ -f "$large" && -f "$large.stamp" && "$(cat "$large.stamp")" == "$stamp" ]]; then
    echo "large: reusing $large (generator and schema unchanged)"
else
    rm -f "$large.stamp"
    # a bigger page cache only makes the cached copy quicker to write; same rows
    "$bin/openmayor-benchdata" --size large --out "$large" --force --cache-mb 256
    echo "$stamp" >"$large.stamp"
fi

heading "store benchmarks (bench_store)"
log=$data/bench_store.log
OPENMAYOR_BENCH_LARGE_DB=$large QT_QPA_PLATFORM=offscreen "$bin/bench_store" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
echo "summary:"
# Qt Test runs each benchmark function once more as a warm-up: keep the last line of each.
grep -E '^QINFO .* init_(large|small): ' "$log" | sed 's/^QINFO *: [^ ]* //' |
    awk '{last[$1] = $0} END {for (k in last) print "  " last[k]}' | sort
awk '/^RESULT : /{name=$3; sub(/^.*::/, "", name); sub(/\(\):?$/, "", name); next}
     name != "" && /per iteration/ {printf "  %-32s %10s %s per iteration\n", name, $1, $2; name=""}' "$log"
[[ $status == 0 ]] || { echo "bench_store failed (exit $status)" >&2; exit "$status"; }

heading "chart and infographic rendering (bench_charts; goal < 300 ms per 1080x1080 PNG)"
log=$data/bench_charts.log
OPENMAYOR_BENCH_LARGE_DB=$large QT_QPA_PLATFORM=offscreen "$bin/bench_charts" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
echo "summary:"
awk '/^RESULT : /{name=$3; sub(/^.*::/, "", name); sub(/:$/, "", name); next}
     name != "" && /per iteration/ {printf "  %-44s %10s %s per iteration\n", name, $1, $2; name=""}' "$log"
[[ $status == 0 ]] || { echo "bench_charts failed (exit $status)" >&2; exit "$status"; }

heading "GUI start-up (bench_startup)"
"$bin/bench_startup" --app "$build/app/openmayor" --cli "$build/app/openmayor-cli" \
    --large "$large" --work "$data/startup" --runs "$runs" --sections schedule,pledges

heading "search (bench_search)"
log=$data/bench_search.log
OPENMAYOR_BENCH_LARGE_DB=$large QT_QPA_PLATFORM=offscreen "$bin/bench_search" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
echo "summary (ms per query; search = trigram/instr with snippets, like = LIKE scan):"
awk '/^RESULT : /{fn=$3; sub(/^.*::/, "", fn); sub(/\(\):?$/, "", fn); tag=$0; sub(/^[^"]*"/, "", tag); sub(/":?$/, "", tag); next}
     fn != "" && /per iteration/ {printf "  %-8s %-24s %10s %s\n", fn, tag, $1, $2; fn=""}' "$log"
[[ $status == 0 ]] || { echo "bench_search failed (exit $status)" >&2; exit "$status"; }
heading "public HTML (bench_publishing)"
QT_QPA_PLATFORM=offscreen "$bin/bench_publishing" 2>&1 |
    awk '/^RESULT : /{name=$3; sub(/^.*::/, "", name); sub(/\(\):?$/, "", name); next}
         name != "" && /per iteration/ {printf "  %-32s %10s %s per iteration\n", name, $1, $2; name=""}'
