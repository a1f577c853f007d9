#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time: fuzz/run.sh BUILD_DIR SECONDS
# New inputs go to BUILD_DIR/corpus/<target> (the committed seeds in fuzz/corpus/<target> are only
# read); a crash is written to BUILD_DIR/findings/ and fails the run. Keep every crash as a
# regression input in fuzz/regressions/<target>/: the Catch2 tests replay that folder.
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS}
here=$(cd "$(dirname "$0")" && pwd)

for target in fuzz_json fuzz_text fuzz_activity; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus" "$build/findings"
  log="$build/$target.log"
  echo "Fuzzing $target for ${seconds}s (log: $log)"
  inputs=("$corpus" "$here/corpus/$target")
  if [[ -d "$here/regressions/$target" ]]; then
    inputs+=("$here/regressions/$target")
  fi
  status=0
  "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -dict="$here/$target.dict" -artifact_prefix="$build/findings/$target-" \
    -print_final_stats=1 "${inputs[@]}" >"$log" 2>&1 || status=$?
  # libFuzzer's closing statistics: executions, time, inputs in the corpus.
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|Done )' "$log" |
    sed "s/^/  $target: /" || true
  if ((status != 0)); then
    tail -n 40 "$log"
    echo "$target found a problem (exit $status); the input is in $build/findings/" >&2
    exit "$status"
  fi
done
