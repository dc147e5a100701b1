#!/usr/bin/env bash
# Regenerates tests/fixtures/old-schema/: a small database and its key file made by "the previous
# release", for tests/integration/tst_oldschema (an upgrade opens them with the new build).
#   scripts/make-old-schema-fixture.sh [COMMIT]
# The previous release is, by default, d2af1e4 (main on 28 Nov 2026 at the end of the first
# session: schema 1-10, before names were encrypted at rest (11), tickets (12), the catalogue
# (15), reference sources (13) and the money past selection (30)). The script checks the commit
# out in a temporary worktree (build/old-schema/src, removed at the end), builds its prakerjactl
# with its own ci preset in build/old-schema/src/build/ci through the shared build lock
# (/tmp/prakerja-build.lock; ccache makes a second run quick), and with it:
#   init --admin admin; simulate 1,500 registrations (seed 18, launch day 11 April 2020);
#   wave 1 created, opened, 500 more registrations joining it, closed, drawn (quota 200) and
#   announced; the audit chain verified.
# It writes prakerja.db (checkpointed and vacuumed, no -wal/-shm), prakerja.key and expected.txt
# (what the old build reported: counts, funnel, waves, a NIK to look up), all together about
# 1 MB. The password of the operator "admin" is the one below.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
commit=${1:-d2af1e498da12ed2980a2c300ce31249a8f45c61}
out=tests/fixtures/old-schema
work=build/old-schema
src=$work/src
cleanup() {
    git -C "$root" worktree remove --force "$root/$src" 2>/dev/null || true
    rm -rf "$root/$work"
}
trap cleanup EXIT
cleanup
mkdir -p "$work"
git worktree add --detach "$src" "$commit" >/dev/null
(cd "$src" && cmake --preset ci >/dev/null && flock /tmp/prakerja-build.lock cmake --build --preset ci --target prakerjactl >/dev/null)
ctl=$root/$src/build/ci/app/prakerjactl
scratch=$root/$work/data
mkdir -p "$scratch/home"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export PRAKERJA_DB=$scratch/prakerja.db PRAKERJA_KEY_FILE=$scratch/prakerja.key
export PRAKERJA_USER=admin PRAKERJA_PASSWORD='old schema fixture 18' LANG=C.UTF-8 TZ=Asia/Jakarta
"$ctl" init --admin admin >/dev/null
"$ctl" simulate --registrations 1500 --hours 2 --speed max --seed 18 --start 2020-04-11T12:00:00+07:00 >/dev/null || true
"$ctl" wave create --opens 2020-04-11T12:00:00+07:00 --closes 2020-04-16T16:00:00+07:00 --quota 200 >/dev/null
"$ctl" wave open 1 >/dev/null
"$ctl" simulate --registrations 500 --hours 1 --speed max --seed 19 --start 2020-04-11T15:00:00+07:00 --wave 1 >/dev/null || true
"$ctl" wave close 1 >/dev/null
"$ctl" wave draw 1 >/dev/null
"$ctl" wave announce 1 >/dev/null
"$ctl" audit verify >/dev/null
q() { sqlite3 "$PRAKERJA_DB" "$1"; }
q 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
q 'VACUUM;'
mkdir -p "$out"
rm -f "$out"/prakerja.db* "$out"/prakerja.key
cp "$PRAKERJA_DB" "$PRAKERJA_KEY_FILE" "$out/"
{
    echo "commit $commit"
    echo "schema_version $(q 'SELECT MAX(version) FROM schema_version')"
    echo "applicants $(q 'SELECT COUNT(*) FROM applicants')"
    echo "audit_rows $(q 'SELECT COUNT(*) FROM audit_log')"
    echo "funnel $("$ctl" funnel --json)"
    echo "waves $("$ctl" wave list --json)"
    # The first registration of the seed-18 feed, which the old build ingested: the new build
    # looks it up.
    echo "lookup_nik $("$ctl" simulate --registrations 1500 --hours 2 --seed 18 --start 2020-04-11T12:00:00+07:00 --emit - \
        | grep -m1 '"registered"' | sed 's/.*"nik":"\([0-9]*\)".*/\1/')"
    echo "password $PRAKERJA_PASSWORD"
} >"$out/expected.txt"
ls -l "$out"
