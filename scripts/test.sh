#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite: on
# SQLite, and the tests of PRAKERJA_POSTGRES_TESTS once more on a throwaway PostgreSQL cluster
# (ctest's postgresql/cluster-start and cluster-stop fixtures, scripts/pg-cluster.sh; removed at
# the end also when a test fails). `scripts/test.sh -LE postgresql` skips that half.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci "$@"
