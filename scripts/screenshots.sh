#!/usr/bin/env bash
# Regenerates the manual's screenshots (docs/manual/img/<id|en>/<page>.png) from the real console
# under Xvfb, on a demo database made by the simulator with a fixed seed and a fixed clock, so that
# two runs show the same figures and times. Run it when a page changes; commit the PNGs.
#   scripts/screenshots.sh [--tree DIR]        default build/ci (scripts/test.sh builds it)
#   scripts/screenshots.sh --scale             also at QT_SCALE_FACTOR 1.25 and 2, into
#                                              <tree>/screenshots-scale/ (artefacts, not committed)
#   scripts/screenshots.sh --quick             a smaller demo database (2,000 registrations) and
#                                              0.5 s per page instead of 3 (the test run)
#   scripts/screenshots.sh --out DIR           write DIR/<id|en>/ (and DIR/scale-<factor>/ with
#                                              --scale) instead of docs/manual/img (the test run:
#                                              tests/gui/screenshots.sh checks them)
# The clock: PRAKERJA_CLOCK_START (models/domain/Timestamp.cpp) starts the programs' clock at the
# morning after launch day, 12 April 2020 09:00 WIB; the launch day is replayed from 11 April 12:00.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/ci scale=0 registrations=40000 dest=docs/manual/img scaledest=""
while [ $# -gt 0 ]; do
    case $1 in
    --tree) tree=$2; shift 2 ;;
    --scale) scale=1; shift ;;
    --quick) registrations=2000; export PRAKERJA_SCREENSHOT_SETTLE_MS=500; shift ;;
    --out) dest=$2 scaledest=$2/scale-; shift 2 ;;
    *) echo "scripts/screenshots.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
ctl=$tree/app/prakerjactl console=$tree/app/prakerja-console
[ -x "$ctl" ] && [ -x "$console" ] || { echo "build $tree first (scripts/test.sh)" >&2; exit 1; }
work=$(mktemp -d /tmp/prakerja-screenshots.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export PRAKERJA_DB=$work/demo.db PRAKERJA_KEY_FILE=$work/demo.key
export PRAKERJA_USER=admin PRAKERJA_PASSWORD='screenshots passphrase 18'
export PRAKERJA_CLOCK_START=2020-04-12T09:00:00+07:00 LANG=C.UTF-8 TZ=Asia/Jakarta
mkdir -p "$HOME"
"$ctl" init --admin admin --demo >/dev/null
"$ctl" simulate --registrations "$registrations" --hours 21 --speed max --seed 18 --start 2020-04-11T12:00:00+07:00 >/dev/null 2>&1
"$ctl" catalog demo >/dev/null
"$ctl" wave create --opens 2020-04-11T12:00:00+07:00 --closes 2020-04-16T16:00:00+07:00 --quota 2000 >/dev/null
"$ctl" wave open 1 >/dev/null
for name in analis kurator agen; do
    role=$(case $name in analis) echo analyst ;; kurator) echo curator ;; agen) echo agent ;; esac)
    PRAKERJA_NEW_PASSWORD='screenshots passphrase 18' "$ctl" user add "$name" --role "$role" >/dev/null
done

# One tour per language and operator: every page the operator can open (ui/ScreenshotTour.cpp).
shoot() { # shoot LANG USER DIR [SCALE]
    local factor=${4:-1} screen="1366x768x24"
    [ "$factor" = 2 ] && screen="2732x1536x24"
    [ "$factor" = 1.25 ] && screen="1708x960x24"
    rm -rf "$HOME/.config/prakerja" # no remembered window geometry or page
    QT_SCALE_FACTOR=$factor PRAKERJA_USER=$2 xvfb-run -a -s "-screen 0 $screen" \
        "$console" --lang "$1" --screenshots "$3" >"$work/console.log" 2>&1 \
        || { cat "$work/console.log"; exit 1; }
}
for lang in id en; do
    out=$dest/$lang
    mkdir -p "$out"
    shoot "$lang" admin "$work/$lang-admin"
    for page in dashboard applicants waves catalogue platforms audit operators settings; do
        cp "$work/$lang-admin/admin-$page.png" "$out/$page.png"
    done
    cp "$work/$lang-admin/admin-dashboard-full.png" "$out/dashboard-full.png"
    for tab in applicants waves platforms; do
        [ -f "$work/$lang-admin/admin-$tab-tab2.png" ] && cp "$work/$lang-admin/admin-$tab-tab2.png" "$out/$tab-tab2.png"
    done
    # What an agent and a curator meet first.
    shoot "$lang" agen "$work/$lang-agen"
    cp "$work/$lang-agen/agen-landing.png" "$out/agent-landing.png"
    shoot "$lang" kurator "$work/$lang-kurator"
    cp "$work/$lang-kurator/kurator-landing.png" "$out/curator-landing.png"
    echo "$out: $(ls "$out" | wc -l) screenshots"
done
if [ "$scale" -eq 1 ]; then
    for factor in 1.25 2; do
        target=${scaledest:-$tree/screenshots-scale/}$factor
        shoot id admin "$target" "$factor"
        echo "$target: $(ls "$target" | wc -l) screenshots at QT_SCALE_FACTOR=$factor"
    done
fi
