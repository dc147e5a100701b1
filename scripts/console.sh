#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console on its embedded default database
# (created in the user's data folder and filled by the launch-day simulator on first start).
# Same preset and build tree as scripts/test.sh, so running one after the other builds once.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
exec build/ci/app/prakerja-console "$@"
