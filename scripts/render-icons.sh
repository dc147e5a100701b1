#!/usr/bin/env bash
# Renders the product icon (resources/icons/prakerja-console.svg) to the PNG sizes of the hicolor
# theme that the package installs. The PNGs are committed, so only whoever changes the SVG runs
# this (it needs rsvg-convert: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" prakerja-console.svg -o "prakerja-console-$size.png"
done
ls prakerja-console-*.png
