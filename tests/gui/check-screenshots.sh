#!/usr/bin/env bash
# ctest gui/screenshots: scripts/screenshots.sh --quick --scale into OUT (the test run's
# artefacts: OUT/<id|en>/ as the manual's images, OUT/scale-1.25/ and OUT/scale-2/ at 125 % and
# 200 %), then every image docs/manual references must have been written, as a PNG, and each
# scale must hold every page. Skipped (exit 77) when xvfb-run is missing (scripts/deps.sh
# installs xvfb).
#   tests/gui/check-screenshots.sh SOURCE_DIR TREE OUT
set -euo pipefail
source_dir=$1 tree=$2 out=$3
if ! command -v xvfb-run >/dev/null; then
    echo "SKIP: xvfb-run is not installed (scripts/deps.sh installs xvfb); the screenshots were not taken"
    exit 77
fi
unset QT_QPA_PLATFORM # the real xcb platform on Xvfb, as the manual's screenshots are taken
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
"$source_dir/scripts/screenshots.sh" --tree "$tree" --quick --scale --out "$out"
echo "screenshots.sh --quick --scale: $(($(date +%s) - start)) s"
fail=0
is_png() { [ -s "$1" ] && [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }
for lang in id en; do
    refs=$(grep -oh '](\.\./img/[^)]*\.png)' "$source_dir"/docs/manual/"$lang"/*.md | sed 's/^](\.\.\/img\///; s/)$//' | sort -u)
    [ -n "$refs" ] || { echo "FAIL: docs/manual/$lang references no image"; fail=1; }
    for ref in $refs; do
        if ! is_png "$out/$ref"; then
            echo "FAIL: $ref, referenced by docs/manual/$lang, was not produced"
            fail=1
        fi
    done
    echo "docs/manual/$lang: $(echo "$refs" | wc -w) images referenced"
done
for factor in 1.25 2; do
    for page in landing dashboard applicants waves catalogue platforms audit operators settings; do
        is_png "$out/scale-$factor/admin-$page.png" || { echo "FAIL: admin-$page.png at scale $factor"; fail=1; }
    done
done
[ "$fail" -eq 0 ] && echo "every referenced image produced; scaled screenshots in $out/scale-1.25 and $out/scale-2"
exit "$fail"
