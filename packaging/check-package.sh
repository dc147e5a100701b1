#!/usr/bin/env bash
# The package checks of the test suite (ctest -R package/, packaging/CMakeLists.txt), on the .deb
# that the package/deb fixture made from the built tree:
#   packaging/check-package.sh lintian|appstream|desktop|contents DEB_DIR
# Exits 77 (ctest: skipped) with a message when the check's tool is not installed;
# scripts/deps.sh installs them all (lintian, appstream, desktop-file-utils).
set -euo pipefail
check=$1
deb=$(ls "$2"/prakerja-console_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no prakerja-console_*_amd64.deb in $2 (the package/deb fixture failed?)"; exit 1; }
need() {
    command -v "$1" >/dev/null || { echo "SKIPPED: $1 is not installed (scripts/deps.sh installs $2)"; exit 77; }
}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
unpack() { dpkg-deb -x "$deb" "$tree"; }

case $check in
lintian)
    need lintian lintian
    # Errors and warnings fail; packaging/README.md lists what is left at the info level and why.
    # (Lintian says that running as root is not recommended: CI runs as root.)
    status=0
    out=$(lintian --fail-on error,warning --display-info "$deb" 2>&1) || status=$?
    grep -v "running with root privileges" <<<"$out" || true
    [ "$status" -eq 0 ] || { echo "lintian: errors or warnings (exit $status)"; exit 1; }
    echo "lintian: no errors, no warnings"
    ;;
appstream)
    need appstreamcli appstream
    unpack
    appstreamcli validate --no-net --strict "$tree/usr/share/metainfo/id.go.prakerja.Console.metainfo.xml"
    # The metainfo with what it refers to: the desktop file, the icons.
    appstreamcli validate-tree --no-net --strict "$tree"
    ;;
desktop)
    need desktop-file-validate desktop-file-utils
    unpack
    desktop-file-validate "$tree/usr/share/applications/prakerja-console.desktop"
    echo "desktop-file-validate: no complaints"
    ;;
contents)
    need dpkg-deb dpkg
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
    failed=0
    for f in /usr/bin/prakerjactl /usr/bin/prakerja-console \
        /usr/share/applications/prakerja-console.desktop \
        /usr/share/metainfo/id.go.prakerja.Console.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/prakerja-console.svg \
        /usr/share/icons/hicolor/16x16/apps/prakerja-console.png \
        /usr/share/icons/hicolor/48x48/apps/prakerja-console.png \
        /usr/share/icons/hicolor/256x256/apps/prakerja-console.png \
        /usr/share/man/man1/prakerjactl.1.gz /usr/share/man/man1/prakerja-console.1.gz \
        /usr/share/bash-completion/completions/prakerjactl \
        /usr/share/prakerja-console/translations/prakerja_en.qm \
        /usr/share/prakerja-console/translations/qtbase_id.qm \
        /usr/share/doc/prakerja-console/copyright /usr/share/doc/prakerja-console/changelog.gz; do
        grep -qxF "$f" <<<"$listing" || { echo "missing from the package: $f"; failed=1; }
    done
    if [ -d "$(dirname "$0")/../docs/manual" ]; then
        for f in /usr/share/prakerja-console/manual/id/README.md /usr/share/prakerja-console/manual/en/README.md \
            /usr/share/doc/prakerja-console/manual; do
            grep -qxF "$f" <<<"$listing" || { echo "missing from the package: $f"; failed=1; }
        done
    fi
    # Nothing from the build or the tests, nothing outside /usr.
    if grep -vE '^/usr/(bin|share)/' <<<"$listing" | grep -vxE '/|/usr/|/usr/share/'; then
        echo "^ files outside /usr/bin and /usr/share"; failed=1
    fi
    # Depends: shlibdeps' libraries and the Qt plugins loaded at run time.
    depends=$(dpkg-deb -f "$deb" Depends)
    for p in libqt6sql6-sqlite libqt6gui6 libqt6widgets6 libqt6sql6 libssl3 libsqlite3-0; do
        grep -qE "(^|, )$p( |,|$)" <<<"$depends" || { echo "Depends lacks $p: $depends"; failed=1; }
    done
    grep -q libqt6sql6-psql <<<"$(dpkg-deb -f "$deb" Recommends)" || { echo "Recommends lacks libqt6sql6-psql"; failed=1; }
    # The copyright file carries the region codes' MIT notice.
    unpack
    copyright=$tree/usr/share/doc/prakerja-console/copyright
    grep -q "Copyright: 2017 Cahya DSN" "$copyright" && grep -q "Permission is hereby granted" "$copyright" \
        || { echo "copyright lacks the region codes' MIT notice"; failed=1; }
    zcat "$tree/usr/share/man/man1/prakerjactl.1.gz" | grep -q '^\.B wave draw' \
        || { echo "prakerjactl(1) lacks the command list"; failed=1; }
    [ "$failed" -eq 0 ] && echo "dpkg-deb -c: $(wc -l <<<"$listing") entries, all expected files present"
    exit "$failed"
    ;;
*)
    echo "unknown check $check"; exit 2 ;;
esac
