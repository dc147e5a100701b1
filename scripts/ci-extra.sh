#!/usr/bin/env bash
# The reliability harness in short, for CI after the test suite (issue 17): a crash test with a
# few kills of each operation, then each libFuzzer target for 30 s under ASan + UBSan.
#   scripts/ci-extra.sh [KILLS] [FUZZ_SECONDS]     (defaults: 18 kills = 3 per operation, 30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-18}"
seconds="${2:-30}"
start=$(date +%s)
scripts/crash-test.sh --kills "$kills" --registrations 5000
scripts/fuzz.sh "$seconds"
echo "ci-extra: $(( $(date +%s) - start )) s"
