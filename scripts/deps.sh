#!/usr/bin/env bash
# Installs the Debian 12 packages the console needs to build, test and run. Idempotent and
# quiet when everything is already there.
#   scripts/deps.sh [--clang]   --clang: also clang 14 and its sanitizer/libFuzzer runtimes
#                               (scripts/fuzz.sh, scripts/sanitize.sh --tsan)
set -euo pipefail
packages=(cmake g++ make ccache pkg-config lld python3
          qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6sql6-sqlite libssl-dev libsqlite3-dev libgl-dev
          postgresql libqt6sql6-psql libpq-dev # many seats (docs/deployment.md); the tests' throwaway cluster
          xvfb xauth fonts-dejavu-core
          poppler-utils # pdfinfo/pdftotext: tst_dashboardpage reads the PDF report back
          dpkg-dev lintian appstream desktop-file-utils) # the package and its checks (ctest -L package)
if [ "${1:-}" = "--clang" ]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
