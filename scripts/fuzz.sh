#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60) under ASan + UBSan,
# starting from the seed corpus in tests/fuzz/corpus/<target without fuzz_>. New inputs that reach new code go
# to build/fuzz/corpus/<target> (not into git); a crash leaves build/fuzz/crash-* and fails.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# A shared machine builds one thing at a time: set PRAKERJA_BUILD_LOCK to a lock file to take it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_feedline fuzz_csv fuzz_nik fuzz_ruleset)

scripts/deps.sh
need=()
for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

mkdir -p build
cmake --preset fuzz >/dev/null
build_log=build/fuzz-build.log
if [ -n "${PRAKERJA_BUILD_LOCK:-}" ]; then
    flock "$PRAKERJA_BUILD_LOCK" cmake --build --preset fuzz >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
else
    cmake --build --preset fuzz >"$build_log" 2>&1 || { cat "$build_log" >&2; exit 1; }
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
status=0
for t in "${targets[@]}"; do
    work="build/fuzz/corpus/$t"
    mkdir -p "$work"
    log="build/fuzz/$t.log"
    echo "== $t: ${seconds}s"
    # -max_len: a little past the feed's 16 KiB line limit, so that the limit itself is fuzzed.
    if ! (cd build/fuzz && "tests/fuzz/$t" -max_total_time="$seconds" -max_len=17000 -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 "corpus/$t" "../../tests/fuzz/corpus/${t#fuzz_}") >"$log" 2>&1; then
        echo "!! $t failed; see $log" >&2
        tail -40 "$log" >&2
        status=1
        continue
    fi
    { grep -E "^#[0-9]+[[:space:]]+DONE" "$log" || true; } | tail -1 | sed "s/^/   /"
done
exit $status
