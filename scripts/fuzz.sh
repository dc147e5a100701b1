#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60) under ASan + UBSan,
# starting from the seed corpus in tests/fuzz/corpus/<target without fuzz_>. New inputs that reach new code go
# to build/fuzz/corpus/<target> (not into git); a crash leaves build/fuzz/crash-* and fails.
#   scripts/fuzz.sh [-j JOBS] [SECONDS] [TARGET...]
# -j JOBS runs that many targets at a time (default 1; CI uses 2, one per core). The clang build
# (preset fuzz) makes only the fuzz targets and the layer libraries they link (domain, security,
# store, io). A shared machine builds one thing at a time: set PRAKERJA_BUILD_LOCK to a lock file
# to take it; set PRAKERJA_NICE to run the build and the fuzzers under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=1
if [ "${1:-}" = "-j" ]; then
    jobs="$2"
    shift 2
fi
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_feedline fuzz_csv fuzz_nik fuzz_ruleset fuzz_catalog)
nice_cmd=()
[ -z "${PRAKERJA_NICE:-}" ] || nice_cmd=(nice -n "$PRAKERJA_NICE")

scripts/deps.sh --clang

mkdir -p build
cmake --preset fuzz >/dev/null
build_log=build/fuzz-build.log
build_start=$(date +%s)
lock=()
[ -z "${PRAKERJA_BUILD_LOCK:-}" ] || lock=(flock "$PRAKERJA_BUILD_LOCK")
"${lock[@]}" "${nice_cmd[@]}" cmake --build --preset fuzz >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
echo "== fuzz build: $(( $(date +%s) - build_start )) s"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# One target: its own work corpus, log and crash prefix; prints one summary line.
run_one() {
    local t="$1"
    local work="build/fuzz/corpus/$t"
    local log="build/fuzz/$t.log"
    mkdir -p "$work"
    # -max_len: a little past the feed's 16 KiB line limit, so that the limit itself is fuzzed.
    if ! (cd build/fuzz && "${nice_cmd[@]}" "tests/fuzz/$t" -max_total_time="$seconds" -max_len=17000 -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="crash-$t-" \
            "corpus/$t" "../../tests/fuzz/corpus/${t#fuzz_}") >"$log" 2>&1; then
        { echo "!! $t failed; see $log"; tail -40 "$log"; } >&2
        return 1
    fi
    local done_line cov
    done_line=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -1 || true)
    cov=$(grep -E "^stat::number_of_executed_units" "$log" | tail -1 | awk '{print $2}' || true)
    echo "== $t ${seconds}s: ${done_line:-no DONE line} (executed ${cov:-?})"
}

status=0
pids=()
names=()
for t in "${targets[@]}"; do
    run_one "$t" &
    pids+=($!)
    names+=("$t")
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
        names=("${names[@]:1}")
    fi
done
for p in "${pids[@]}"; do
    wait "$p" || status=1
done
exit $status
