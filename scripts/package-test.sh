#!/usr/bin/env bash
# The install test (issue 18), as root on Debian 12; .ci/run runs it after the test suite.
#   scripts/package-test.sh [--tree DIR]    default build/ci, the tree scripts/test.sh built
# Packages that tree (no second build: it reuses the .deb that ctest's package/deb fixture made
# when it is newer than both executables, else runs cpack), then, in a scratch home folder:
#   apt-get install ./the.deb · prakerjactl --version from /usr/bin · init · ingest a small feed ·
#   prakerja-console offscreen for a few seconds · the same version again (apt-get --reinstall, the
#   upgrade path): database and key file byte for byte the same, the data still opens and the
#   audit chain verifies · apt-get purge: the binaries go, the user's database and key file stay.
# The machine is left as found, also when a step fails (trap): the package purged, any package
# that the install pulled in purged again, the scratch folders removed; it says so at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/ci
case "${1:-}" in
-h | --help) sed -n '2,11p' "$0"; exit 0 ;; # before anything is installed
--tree) tree=$2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "scripts/package-test.sh: run as root (it installs the package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' prakerja-console 2>/dev/null | grep -q "install ok installed"; then
    echo "scripts/package-test.sh: prakerja-console is already installed here; not touching it" >&2
    exit 1
fi
t0=$(date +%s)
step() { echo "== package-test: $1 ($(( $(date +%s) - t0 )) s)"; }

# The .deb of the built tree.
deb=$(ls "$tree"/package/prakerja-console_*_amd64.deb 2>/dev/null | head -1 || true)
if [ -z "$deb" ] || [ "$deb" -ot "$tree/app/prakerjactl" ] || { [ -e "$tree/app/prakerja-console" ] && [ "$deb" -ot "$tree/app/prakerja-console" ]; }; then
    deb=$(scripts/package.sh --tree "$tree" --no-build 2>/dev/null)
    step "packaged $tree"
else
    step "reusing $deb (made by ctest's package/deb fixture)"
fi

work=$(mktemp -d /tmp/prakerja-package-test.XXXXXX)
chmod 755 "$work" # apt's _apt user reads the .deb from here
cp "$deb" "$work/"
local_deb=$work/$(basename "$deb")
dpkg-query -W -f='${Package}\n' | sort >"$work/packages.before"
export DEBIAN_FRONTEND=noninteractive
apt_quiet() { flock /tmp/apt.lock apt-get -y -q -o Dpkg::Use-Pty=0 "$@" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; return 1; }; }

cleanup() {
    status=$?
    set +e
    if dpkg-query -W -f='${Status}' prakerja-console 2>/dev/null | grep -q "install ok installed\|config-files"; then
        flock /tmp/apt.lock apt-get -y -q purge prakerja-console >/dev/null 2>&1
    fi
    # Whatever the install pulled in goes again.
    dpkg-query -W -f='${Package}\n' | sort >"$work/packages.after"
    added=$(comm -13 "$work/packages.before" "$work/packages.after")
    if [ -n "$added" ]; then
        # shellcheck disable=SC2086
        flock /tmp/apt.lock apt-get -y -q purge $added >/dev/null 2>&1
        dpkg-query -W -f='${Package}\n' | sort >"$work/packages.after"
    fi
    if cmp -s "$work/packages.before" "$work/packages.after" && [ ! -e /usr/bin/prakerjactl ] \
        && [ ! -e /usr/bin/prakerja-console ] && [ ! -e /usr/share/prakerja-console ]; then
        echo "== package-test: machine left as found (the same $(wc -l <"$work/packages.before") packages, nothing of prakerja-console)"
    else
        echo "== package-test: the machine is NOT as found:"; diff "$work/packages.before" "$work/packages.after"
        status=1
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT

apt_quiet install "$local_deb"
step "apt-get install ./$(basename "$deb")"

# From the installed paths only: a clean environment, a scratch home, no build tree on PATH.
home=$work/home
mkdir -p "$home"
run() { env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        PRAKERJA_USER=admin PRAKERJA_PASSWORD='package test passphrase 18' "$@"; }
[ "$(run sh -c 'command -v prakerjactl')" = /usr/bin/prakerjactl ]
version=$(run prakerjactl --version)
[ "$version" = "$("$tree/app/prakerjactl" --version)" ] || { echo "installed: $version; built: $("$tree/app/prakerjactl" --version)"; exit 1; }
run prakerja-console --version >/dev/null
step "$version from /usr/bin"
run prakerjactl init --admin admin
db=$home/.local/share/prakerja/prakerja.db
key=$home/.config/prakerja/keys/prakerja.key
[ -f "$db" ] && [ -f "$key" ] || { echo "init made no database or key file in the home folder"; ls -laR "$home"; exit 1; }
[ "$(stat -c %a "$key")" = 600 ] || { echo "key file mode $(stat -c %a "$key")"; exit 1; }
run prakerjactl simulate --registrations 300 --hours 1 --speed max --seed 18 --emit "$work/feed.jsonl" >/dev/null
run prakerjactl ingest "$work/feed.jsonl" --report "$work/rejects.csv" >/dev/null || true # the feed's planned bad records
registered=$(run prakerjactl funnel --json | sed -n 's/.*"registered":\([0-9]*\).*/\1/p')
[ "${registered:-0}" -gt 250 ] || { echo "funnel after ingest: $(run prakerjactl funnel --json)"; exit 1; }
step "init, ingest: $registered registered"
# The console starts from /usr/bin, signs in and stays up; a crash or a missing plugin ends it early.
status=0
run timeout 6 prakerja-console >"$work/console.log" 2>&1 || status=$?
[ "$status" -eq 124 ] || { echo "prakerja-console ended after less than 6 s (status $status):"; cat "$work/console.log"; exit 1; }
if grep -iE "driver not loaded|could not (find|load) the Qt platform plugin" "$work/console.log"; then exit 1; fi
step "prakerja-console ran 6 s offscreen"

# The same version again: the upgrade path. The user's files are not the package's.
before=$(sha256sum "$db" "$key")
apt_quiet install --reinstall "$local_deb"
[ "$(sha256sum "$db" "$key")" = "$before" ] || { echo "the upgrade touched the database or key file"; exit 1; }
[ "$(run prakerjactl funnel --json | sed -n 's/.*"registered":\([0-9]*\).*/\1/p')" = "$registered" ]
run prakerjactl audit verify >/dev/null
step "reinstalled (upgrade): database and key file unchanged, data opens, audit chain verifies"

before=$(sha256sum "$db" "$key") # the reads above may have checkpointed the WAL into the file
apt_quiet purge prakerja-console
[ ! -e /usr/bin/prakerjactl ] && [ ! -e /usr/bin/prakerja-console ] || { echo "purge left the binaries"; exit 1; }
[ "$(sha256sum "$db" "$key")" = "$before" ] || { echo "purge touched the user's database or key file"; exit 1; }
step "purged: binaries gone, the user's database and key file kept"
