#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console on its embedded default database
# (created in the user's data folder and filled by the launch-day simulator on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
exec build/dev/app/prakerja-console "$@"
