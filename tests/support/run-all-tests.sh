#!/usr/bin/env bash
# The README's test command: installs the Debian packages, configures and builds with
# warnings as errors, starts the throwaway PostgreSQL and WebDAV servers, runs every test
# through ctest and returns ctest's exit code. The servers are stopped on any exit.
#
# Usage: tests/support/run-all-tests.sh [BUILD_DIR] [extra ctest arguments, e.g. -L sync]
# BUILD_DIR defaults to build (relative to the repository root).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build_dir=${1:-build}
shift || true
here=$PWD
support=$here/tests/support

phase_names=()
phase_secs=()
phase_start=0
begin() {
    echo "==== $1" >&2
    phase_names+=("$1")
    phase_start=$(date +%s.%N)
}
end() {
    local secs
    secs=$(awk -v a="$phase_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    phase_secs+=("$secs")
    echo "==== ${phase_names[-1]}: ${secs} s" >&2
}
timings() {
    local i
    echo "==== phase timings:" >&2
    for i in "${!phase_secs[@]}"; do
        printf '====   %-10s %7s s\n' "${phase_names[i]}" "${phase_secs[i]}" >&2
    done
}

begin packages
"$support/debian-packages.sh"
end

begin configure
# No optimisation and no debug info: the quickest build on a fresh 2-core machine (the build
# is most of the run); the tests wait on SQLite, PostgreSQL and processes, not on the CPU.
# Benchmarks build Release on their own (tests/benchmarks/run-benchmarks.sh).
# Without a compiler launcher the Qt headers are precompiled (cmake/precompiledheaders.cmake),
# and lld (debian-packages.sh) links each executable in a fraction of ld's time.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS_NONE= -DOPENMAYOR_WERROR=ON \
    -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld
end

begin build
cmake --build "$build_dir"
end

# From here on the servers run: stop them however the script ends (failure, Ctrl-C, kill).
export OPENMAYOR_TEST_STATE=$here/$build_dir/test-servers.env
[[ $build_dir == /* ]] && OPENMAYOR_TEST_STATE=$build_dir/test-servers.env
stopped=0
stop_servers() {
    ((stopped)) && return 0
    stopped=1
    "$support/test-servers.sh" stop || true
}
trap stop_servers EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

begin servers
"$support/test-servers.sh" start
# shellcheck disable=SC1090
source <("$support/test-servers.sh" env)
end

begin tests
log=$OPENMAYOR_TEST_STATE.ctest.log
set +e
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
end

stop_servers
timings
# ctest's closing summary once more as the last line, for whoever reads the log's tail.
grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || echo "ctest ran no tests (exit $rc)"
exit "$rc"
