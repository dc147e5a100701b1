#!/usr/bin/env bash
# Builds the Debian package prakerja-console_<version>_amd64.deb with CPack and prints its path.
#   scripts/package.sh                  the release preset (hardened): what ships; builds build/release
#   scripts/package.sh --preset NAME    another preset's tree (build/NAME)
#   scripts/package.sh --tree DIR       an already configured tree
#   --no-build                          package the tree as it is built (CI: build/ci, which
#                                       scripts/test.sh built), without building anything
# Only what the package holds is built (the two executables and the translations), not the tests.
# The .deb is written to <tree>/package/. Checks: ctest -L package; install test: scripts/package-test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release tree="" build=1
while [ $# -gt 0 ]; do
    case $1 in
    --preset) preset=$2; shift 2 ;;
    --tree) tree=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "scripts/package.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ -z "$tree" ]; then
    tree=build/$preset
    if [ "$build" -eq 1 ]; then
        scripts/deps.sh
        cmake --preset "$preset" >/dev/null
    fi
fi
[ -f "$tree/CPackConfig.cmake" ] || { echo "scripts/package.sh: $tree is not a configured tree" >&2; exit 1; }
rm -f "$tree"/package/prakerja-console_*.deb
if [ "$build" -eq 1 ]; then
    cmake --build "$tree" -j 2 --target deb >&2 # the executables, then cpack
else
    cpack --config "$tree/CPackConfig.cmake" -B "$tree/package" >&2
fi
ls "$tree"/package/prakerja-console_*_amd64.deb
