#!/usr/bin/env bash
# Runs the benchmarks (STYLE.md 14) and prints their figures. Not part of ctest.
#
#   tests/benchmarks/run-benchmarks.sh [BUILD_DIR [NAME...]]   (default: <source>/build-bench)
#
# NAMEs pick some of: store charts startup search publishing sync (default: all of them).
#
# 1. configures BUILD_DIR (Release, Ninja) if it has no CMake cache yet, and builds only
#    the targets the benchmarks need (Release is recommended: Debug figures mislead);
# 2. generates the large store once into BUILD_DIR/bench-data/large.sqlite, reused while
#    the generator sources and the schema migrations are unchanged;
# 3. runs bench_store (QBENCHMARK: init, open, summaries, first page, tree), bench_charts
#    (each infographic template to a 1080x1080 PNG) and bench_startup (GUI time to first
#    paint and peak memory, empty vs large store);
# 4. runs bench_search (search latency per query over the large store, and a LIKE scan of
#    the same queries as the baseline) and bench_publishing (sanitizer, checker, preview);
# 5. starts the test servers (tests/support/test-servers.sh; OPENMAYOR_TEST_PG_PORT and
#    OPENMAYOR_TEST_DAV_PORT pick their first ports), runs bench_sync (push, initial pull
#    vs psql | sqlite3, incremental sync large vs tiny) and stops them.
#
# Environment: BENCH_RUNS start-ups per case (default 5); OPENMAYOR_BENCH_NO_BUILD=1 skips
# step 1 (the `benchmarks` CMake target builds first, then calls this script).
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(realpath -m "${1:-$src/build-bench}")
runs=${BENCH_RUNS:-5}
selected=("${@:2}")
((${#selected[@]})) || selected=(store charts startup search publishing sync)
wanted() { [[ " ${selected[*]} " == *" $1 "* ]]; }
targets=(openmayor-cli openmayor-benchdata)
for name in "${selected[@]}"; do
    case $name in
        store | charts | search | publishing | sync) targets+=("bench_$name") ;;
        startup) targets+=(openmayor bench_startup) ;;
        *) echo "unknown benchmark '$name' (store charts startup search publishing sync)" >&2; exit 2 ;;
    esac
done

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
for target in "${targets[@]}"; do
    case $target in openmayor | openmayor-cli) exe=$build/app/$target ;; *) exe=$bin/$target ;; esac
    [[ -x "$exe" ]] || { echo "missing $exe: build the benchmark targets first" >&2; exit 2; }
done

data=$build/bench-data
mkdir -p "$data"
large=$data/large.sqlite
stamp=$(cat "$src"/tests/benchmarks/datagenerator.{h,cpp} "$src"/tests/benchmarks/benchdatatool.cpp \
            "$src"/resources/migrations/*.sql | sha256sum | cut -d' ' -f1)

heading "data generator (openmayor-benchdata)"
"$bin/openmayor-benchdata" --size small --out "$data/small.sqlite" --force | tail -n 1
"$bin/openmayor-benchdata" --size tiny --out "$data/tiny.sqlite" --force | tail -n 1
if [[ -f "$large" && -f "$large.stamp" && "$(cat "$large.stamp")" == "$stamp" ]]; then
    echo "large: reusing $large (generator and schema unchanged)"
else
    rm -f "$large.stamp"
    # a bigger page cache only makes the cached copy quicker to write; same rows
    "$bin/openmayor-benchdata" --size large --out "$large" --force --cache-mb 256
    echo "$stamp" >"$large.stamp"
fi

if wanted store; then
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
fi

if wanted charts; then
    heading "chart and infographic rendering (bench_charts; goal < 300 ms per 1080x1080 PNG)"
    log=$data/bench_charts.log
    OPENMAYOR_BENCH_LARGE_DB=$large QT_QPA_PLATFORM=offscreen "$bin/bench_charts" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    echo
    echo "summary:"
    awk '/^RESULT : /{name=$3; sub(/^.*::/, "", name); sub(/:$/, "", name); next}
         name != "" && /per iteration/ {printf "  %-44s %10s %s per iteration\n", name, $1, $2; name=""}' "$log"
    [[ $status == 0 ]] || { echo "bench_charts failed (exit $status)" >&2; exit "$status"; }
fi

if wanted startup; then
    heading "GUI start-up (bench_startup)"
    "$bin/bench_startup" --app "$build/app/openmayor" --cli "$build/app/openmayor-cli" \
        --large "$large" --work "$data/startup" --runs "$runs" --sections schedule,pledges
fi

if wanted search; then
    heading "search (bench_search)"
    log=$data/bench_search.log
    OPENMAYOR_BENCH_LARGE_DB=$large QT_QPA_PLATFORM=offscreen "$bin/bench_search" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    echo
    echo "summary (ms per query; search = trigram/instr with snippets, like = LIKE scan):"
    awk '/^RESULT : /{fn=$3; sub(/^.*::/, "", fn); sub(/\(\):?$/, "", fn); tag=$0; sub(/^[^"]*"/, "", tag); sub(/":?$/, "", tag); next}
         fn != "" && /per iteration/ {printf "  %-8s %-24s %10s %s\n", fn, tag, $1, $2; fn=""}' "$log"
    [[ $status == 0 ]] || { echo "bench_search failed (exit $status)" >&2; exit "$status"; }
fi

if wanted publishing; then
    heading "public HTML (bench_publishing)"
    QT_QPA_PLATFORM=offscreen "$bin/bench_publishing" 2>&1 |
        awk '/^RESULT : /{name=$3; sub(/^.*::/, "", name); sub(/\(\):?$/, "", name); next}
             name != "" && /per iteration/ {printf "  %-32s %10s %s per iteration\n", name, $1, $2; name=""}'
fi

if wanted sync; then
    heading "sync (bench_sync; goals: pull >= 0.5x psql | sqlite3, incremental large/tiny <= 1.5x)"
    servers=$src/tests/support/test-servers.sh
    export OPENMAYOR_TEST_STATE=$data/test-servers.env
    "$servers" start
    trap '"$servers" stop' EXIT
    eval "$("$servers" env)"
    log=$data/bench_sync.log
    status=0
    # a first push of the large store takes minutes: past Qt Test's 5-minute watchdog
    OPENMAYOR_BENCH_CLI=$build/app/openmayor-cli OPENMAYOR_BENCH_LARGE_DB=$large \
        OPENMAYOR_BENCH_TINY_DB=$data/tiny.sqlite OPENMAYOR_BENCH_SMALL_DB=$data/small.sqlite \
        QTEST_FUNCTION_TIMEOUT=3600000 \
        "$bin/bench_sync" 2>&1 | tee "$log" || status=${PIPESTATUS[0]}
    "$servers" stop
    trap - EXIT
    echo
    echo "summary:"
    grep -E '^QINFO .* (load_|push_|pull_|baseline_|incremental)[a-z_]*( phases[^:]*)?: ' "$log" |
        sed 's/^QINFO *: [^ ]* /  /'
    [[ $status == 0 ]] || { echo "bench_sync failed (exit $status)" >&2; exit "$status"; }
fi
