#!/usr/bin/env bash
# Builds the C++ core alone (no Python module, no tests), installs it into a temporary prefix,
# builds examples/cpp against that prefix with find_package(handlingsplan 0.1 REQUIRED), runs
# it on data/handlingsplan.json and compares its output with what tests/examples/
# expected_plan_summary.py works out from the file with Python's json module. Once with a static
# library, once with -DBUILD_SHARED_LIBS=ON; the build folders under build/cpp-install/ are
# reused, the prefixes are not. Also: every installed header compiles on its own, and the
# library's errors are caught by type across the library's boundary.
# Usage: scripts/cpp_install_check.sh [static|shared ...]   (both by default)
# CMAKE (default: cmake on the PATH), JOBS (default 2) and PYTHON (default python3) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
CMAKE=${CMAKE:-cmake}
JOBS=${JOBS:-2}
PYTHON=${PYTHON:-python3}
builds=build/cpp-install
plan=data/handlingsplan.json

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs a command with its output in a log, shown only if it fails (the compiler's notes on the
# standard library would drown what matters).
quietly() {
    local log=$tmp/log
    if ! "$@" >"$log" 2>&1; then
        cat "$log"
        echo "FAILED: $*" >&2
        return 1
    fi
}

# Each installed header, included alone, compiles: none needs another first or a private one.
check_headers() {
    local prefix=$1 header
    for header in "$prefix"/include/handlingsplan/*.hpp; do
        echo "#include <handlingsplan/$(basename "$header")>" |
            quietly c++ -std=c++20 -fsyntax-only -I"$prefix/include" -x c++ -
    done
    echo "  each of the $(ls "$prefix"/include/handlingsplan/*.hpp | wc -l) installed headers compiles alone"
}

# The shared library exports what the headers declare (a free function, a class's type info)
# and none of the helpers in cpp/src (handlingsplan::detail).
check_exports() {
    nm -DC --defined-only "$1" >"$tmp/exports"
    local symbol
    for symbol in 'handlingsplan::load_plan(' 'handlingsplan::check_year(' \
        'typeinfo for handlingsplan::NotFound'; do
        grep -qF "$symbol" "$tmp/exports" || { echo "FAILED: $1 does not export $symbol" >&2; return 1; }
    done
    if grep -q 'handlingsplan::detail::' "$tmp/exports"; then
        echo "FAILED: $1 exports helpers of cpp/src:" >&2
        grep 'handlingsplan::detail::' "$tmp/exports" | head >&2
        return 1
    fi
    echo "  $(grep -c ' T handlingsplan::' "$tmp/exports") functions of the headers exported, no helpers"
}

# `expect STATUS WORDS COMMAND...`: the command exits with STATUS and its stderr starts WORDS.
expect() {
    local status=$1 words=$2 got=0
    shift 2
    "$@" >/dev/null 2>"$tmp/stderr" || got=$?
    if [[ $got != "$status" || $(head -c ${#words} "$tmp/stderr") != "$words" ]]; then
        echo "FAILED: $* exited $got, expected $status with \"$words\":" >&2
        cat "$tmp/stderr" >&2
        return 1
    fi
}

check() {
    local kind=$1 shared=OFF
    [[ $kind == shared ]] && shared=ON
    local build=$builds/$kind example=$builds/example-$kind prefix=$tmp/prefix-$kind
    echo "== $kind library (BUILD_SHARED_LIBS=$shared)"
    quietly "$CMAKE" -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DHANDLINGSPLAN_PYTHON=OFF -DBUILD_TESTING=OFF -DBUILD_SHARED_LIBS=$shared
    quietly "$CMAKE" --build "$build" -j "$JOBS"
    quietly "$CMAKE" --install "$build" --prefix "$prefix"
    echo "  installed into a temporary prefix:"
    (cd "$prefix" && find . \( -type f -o -type l \) | sort | sed 's|^\./|    |')

    # A fresh example build each time: it must find this prefix, not a cached one.
    rm -rf "$example"
    quietly "$CMAKE" -S examples/cpp -B "$example" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_PREFIX_PATH="$(realpath "$prefix")"
    quietly "$CMAKE" --build "$example"
    local program=$example/plan_summary
    if [[ $kind == shared ]]; then
        ldd "$program" | grep -q "libhandlingsplan.so.0 => $(realpath "$prefix")/lib/" ||
            { echo "FAILED: $program does not use the installed libhandlingsplan.so" >&2; return 1; }
        check_exports "$prefix/lib/libhandlingsplan.so"
    elif ldd "$program" | grep -q libhandlingsplan; then
        echo "FAILED: $program links a shared libhandlingsplan in the static build" >&2
        return 1
    fi
    echo "  examples/cpp built with find_package(handlingsplan 0.1 REQUIRED): $program"

    "$program" "$plan" FRA >"$tmp/output"
    "$PYTHON" tests/examples/expected_plan_summary.py "$plan" FRA >"$tmp/expected"
    diff -u "$tmp/expected" "$tmp/output" ||
        { echo "FAILED: $program's output differs from the expected (above)" >&2; return 1; }
    echo "  its output on $plan agrees with the json module's reading ($(wc -l <"$tmp/output") lines):"
    sed -n '2,8p;/^Draft/,$p' "$tmp/output" | sed 's/^/    /'

    # The errors cross the library's boundary as their own types (FileError, DataError, NotFound).
    printf '{"schema_version": 2, "title": 5}\n' >"$tmp/malformed.json"
    expect 2 "file error: " "$program" "$tmp/missing.json"
    expect 1 "data error (line 1): " "$program" "$tmp/malformed.json"
    expect 1 "error: " "$program" "$plan" NOSUCHAGENCY
    echo "  a missing file, a malformed file and an unknown agency are caught by their types"
    [[ $kind == static ]] && check_headers "$prefix"
    return 0
}

kinds=("$@")
((${#kinds[@]})) || kinds=(static shared)
for kind in "${kinds[@]}"; do
    case $kind in
    static | shared) check "$kind" ;;
    *) echo "usage: $0 [static|shared ...]" >&2 && exit 2 ;;
    esac
done
echo "The installed C++ library works: ${kinds[*]}."
