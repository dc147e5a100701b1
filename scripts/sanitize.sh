#!/usr/bin/env bash
# Builds the asan preset (AddressSanitizer + UndefinedBehaviorSanitizer, leak checking on) and
# runs the whole test suite under it. Extra arguments go to ctest (e.g. -R ingest).
# A shared machine builds one thing at a time: set PRAKERJA_BUILD_LOCK to a lock file to take it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# Qt's and fontconfig's own one-time allocations are not ours.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
cmake --preset asan >/dev/null
if [ -n "${PRAKERJA_BUILD_LOCK:-}" ]; then
    flock "$PRAKERJA_BUILD_LOCK" cmake --build --preset asan
else
    cmake --build --preset asan
fi
ctest --preset asan "$@"
