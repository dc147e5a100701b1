#!/usr/bin/env bash
# Builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, leak checking on) and
# runs the whole test suite under it. Extra arguments go to ctest (e.g. -R ingest).
#   scripts/sanitize.sh [--tsan] [ctest args]
# --tsan: instead, a clang ThreadSanitizer build (preset tsan, build/tsan) of the threaded parts'
# tests only — ingest (parser threads and writer), the draw (SelectionEngine, WaveService), the
# funnel tracker and watcher, the lookup jobs and the name-index watcher (JobHost/runJob) — run
# one at a time with scripts/tsan.supp (Qt's own uninstrumented internals).
# A shared machine builds one thing at a time: set PRAKERJA_BUILD_LOCK to a lock file to take it;
# set PRAKERJA_NICE to build under nice.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=asan
if [ "${1:-}" = "--tsan" ]; then
    preset=tsan
    shift
    scripts/deps.sh --clang
else
    scripts/deps.sh
fi
lock=()
[ -z "${PRAKERJA_BUILD_LOCK:-}" ] || lock=(flock "$PRAKERJA_BUILD_LOCK")
nice_cmd=()
[ -z "${PRAKERJA_NICE:-}" ] || nice_cmd=(nice -n "$PRAKERJA_NICE")
cmake --preset "$preset" >/dev/null
"${lock[@]}" "${nice_cmd[@]}" cmake --build --preset "$preset"
if [ "$preset" = tsan ]; then
    export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:history_size=4:suppressions=$PWD/scripts/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
    # clang 14's TSan runtime cannot map its shadow with the kernel's high-entropy ASLR.
    runner=()
    if command -v setarch >/dev/null && setarch "$(uname -m)" -R true 2>/dev/null; then
        runner=(setarch "$(uname -m)" -R)
    fi
    "${runner[@]}" ctest --preset tsan "$@"
    exit $?
fi
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# Qt's and fontconfig's own one-time allocations are not ours.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
ctest --preset asan "$@"
