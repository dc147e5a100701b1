#!/usr/bin/env bash
# Crash test: kill -9 at random moments during ingest, reference import, draw, announce, key
# rotation and a migration (creating the schema), then for each kill:
#   PRAGMA integrity_check; (ingest) every committed applicant accounted for in feed.ingest audit
#   rows; the same command run again to completion; counts and a content digest equal to an
#   uninterrupted run's (the draw's outcome included); `audit verify` intact; after a rotation,
#   the feed replayed is all duplicates.
#   scripts/crash-test.sh [--kills N] [--registrations R] [--seed S] [--keep]
# N kills in all (default 12), spread over the six operations in turn. Prints one line per kill
# and a summary; exits 1 on the first difference. Needs build/ci/app/prakerjactl (built if
# missing; set PRAKERJA_BUILD_LOCK to a lock file to build under it) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
kills=12
registrations=20000
seed=7
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --kills) kills="$2"; shift 2 ;;
    --registrations) registrations="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
RANDOM=$seed

ctl_bin="$root/build/ci/app/prakerjactl"
if [ ! -x "$ctl_bin" ]; then
    cmake --preset ci >/dev/null
    if [ -n "${PRAKERJA_BUILD_LOCK:-}" ]; then
        flock "$PRAKERJA_BUILD_LOCK" cmake --build --preset ci --target prakerjactl
    else
        cmake --build --preset ci --target prakerjactl
    fi
fi
check="python3 $root/scripts/crash-check.py"

work=$(mktemp -d /tmp/prakerja-crash.XXXXXX)
chmod 700 "$work"
cleanup() { [ "$keep" = 1 ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
umask 077
printf 'uji tabrakan kopi tubruk pagi hari\n' >"$work/password"
export PRAKERJA_USER=admin PRAKERJA_PASSWORD_FILE="$work/password" PRAKERJA_LANG=en
unset PRAKERJA_PASSWORD

# A state is a folder with db (+ -wal/-shm) and key; commands run on $dir/db with $dir/key.
ctl() { local dir="$1"; shift; PRAKERJA_DB="$dir/db" PRAKERJA_KEY_FILE="$dir/key" "$ctl_bin" "$@"; }
snapshot() { # from to
    [ -f "$1/db" ] && $check checkpoint "$1/db"
    rm -rf "$2"; mkdir -p "$2"; chmod 700 "$2"
    cp -p "$1"/* "$2"/ 2>/dev/null || true
}
now_ms() { date +%s%3N; }

# --- Inputs and the uninterrupted run -------------------------------------------------------
echo "== inputs: $registrations registrations (seed $seed)"
"$ctl_bin" simulate --registrations "$registrations" --hours 2 --speed max --seed "$seed" --wave 1 \
    --start 2020-04-11T12:00:00+07:00 --emit "$work/feed.jsonl"
$check niks "$work/feed.jsonl" 3 "$work/kemnaker.csv"

mkdir -p "$work/s0"; chmod 700 "$work/s0"
PRAKERJA_PASSWORD='uji tabrakan kopi tubruk pagi hari' ctl "$work/s0" init --admin admin >/dev/null
ctl "$work/s0" wave create --opens 2020-04-11T00:00:00+07:00 --closes 2020-04-13T16:00:00+07:00 --quota $((registrations / 50 + 1)) \
    --phone-optional >/dev/null
ctl "$work/s0" wave open 1 >/dev/null

# Operation i: name, the state it starts from, the state it ends in, the command, and a
# preparation run before it (not killed).
ops=(ingest reference draw announce rotate migrate)
declare -A from=([ingest]=s0 [reference]=s1 [draw]=s2 [announce]=s3 [rotate]=s4 [migrate]=empty)
declare -A to=([ingest]=s1 [reference]=s2 [draw]=s3 [announce]=s4 [rotate]=s5 [migrate]=m)
op_args() { # op: the command's arguments, in args
    case "$1" in
    ingest) args=(ingest "$work/feed.jsonl" --report /dev/null) ;;
    reference) args=(import reference kemnaker "$work/kemnaker.csv" --report /dev/null) ;;
    draw) args=(wave draw 1) ;;
    announce) args=(wave announce 1) ;;
    rotate) args=(key rotate --batch 500) ;;
    migrate) args=(init) ;;
    esac
}
run_op() { # op dir
    local args
    op_args "$1"
    ctl "$2" "${args[@]}"
}
# In the background, as the process itself (exec): kill -9 must hit prakerjactl, not a
# subshell that would leave it running.
start_op() { # op dir
    local args
    op_args "$1"
    (PRAKERJA_DB="$2/db" PRAKERJA_KEY_FILE="$2/key" exec "$ctl_bin" "${args[@]}" >/dev/null 2>&1) &
}
prepare_op() { # op dir
    case "$1" in
    draw) ctl "$2" wave close 1 >/dev/null 2>&1 || true ;;
    esac
}
# Exit statuses of the uninterrupted run (the feed has planned bad records, and so has the list
# taken from it: ingest and reference exit 1).
declare -A expected duration
mkdir -p "$work/empty"; chmod 700 "$work/empty"
for op in "${ops[@]}"; do
    snapshot "$work/${from[$op]}" "$work/${to[$op]}"
    [ "$op" = migrate ] && cp -p "$work/s0/key" "$work/m/key"
    prepare_op "$op" "$work/${to[$op]}"
    start=$(now_ms)
    set +e
    run_op "$op" "$work/${to[$op]}" >"$work/clean-$op.out" 2>&1
    expected[$op]=$?
    set -e
    duration[$op]=$(( $(now_ms) - start ))
    if [ "$op" != ingest ] && [ "$op" != reference ] && [ "${expected[$op]}" != 0 ]; then
        echo "clean run of $op failed:" >&2; cat "$work/clean-$op.out" >&2; exit 1
    fi
    $check integrity "$work/${to[$op]}/db"
    echo "   clean $op: ${duration[$op]} ms, exit ${expected[$op]}"
done
for op in "${ops[@]}"; do
    if [ "$op" = migrate ]; then
        $check schema "$work/m/db" >"$work/clean-$op.digest"
    else
        $check digest "$work/${to[$op]}/db" >"$work/clean-$op.digest"
    fi
done

# --- Kills ----------------------------------------------------------------------------------
landed=0
failures=0
declare -A per_op_kills per_op_landed
for op in "${ops[@]}"; do per_op_kills[$op]=0; per_op_landed[$op]=0; done
fail() { echo "!! kill $k ($op after ${delay} ms): $*" >&2; failures=$((failures + 1)); }
for ((k = 1; k <= kills; k++)); do
    op=${ops[$(( (k - 1) % ${#ops[@]} ))]}
    dir="$work/run"
    if [ "$op" = migrate ]; then
        rm -rf "$dir"; mkdir -p "$dir"; chmod 700 "$dir"; cp -p "$work/s0/key" "$dir/key"
    else
        snapshot "$work/${from[$op]}" "$dir"
    fi
    prepare_op "$op" "$dir"
    # A moment within the clean run's duration (its last tenth is mostly the exit).
    span=$(( duration[$op] * 9 / 10 + 1 ))
    delay=$(( (RANDOM * 32768 + RANDOM) % span ))
    start_op "$op" "$dir"
    pid=$!
    sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
    was_running=0
    if kill -9 "$pid" 2>/dev/null; then was_running=1; fi
    wait "$pid" 2>/dev/null || true
    per_op_kills[$op]=$(( per_op_kills[$op] + 1 ))
    if [ "$was_running" = 1 ]; then landed=$((landed + 1)); per_op_landed[$op]=$(( per_op_landed[$op] + 1 )); fi

    if [ -f "$dir/db" ]; then
        if ! msg=$($check integrity "$dir/db"); then fail "$msg"; continue; fi
        if [ "$op" = ingest ] && ! msg=$($check audited "$dir/db"); then fail "$msg"; continue; fi
    fi
    set +e
    run_op "$op" "$dir" >"$work/rerun.out" 2>&1
    code=$?
    set -e
    # draw/announce/init may have completed before the kill; then the re-run is refused, and the
    # state must still equal the clean run's.
    if [ "$code" != "${expected[$op]}" ] && [ "$op" = ingest -o "$op" = reference -o "$op" = rotate ]; then
        fail "re-run exited $code (clean run: ${expected[$op]}): $(tail -2 "$work/rerun.out" | tr '\n' ' ')"; continue
    fi
    if ! msg=$($check integrity "$dir/db"); then fail "after re-run: $msg"; continue; fi
    if [ "$op" = migrate ]; then
        $check schema "$dir/db" >"$work/run.digest"
    else
        $check digest "$dir/db" >"$work/run.digest"
    fi
    if ! cmp -s "$work/run.digest" "$work/clean-$op.digest"; then
        fail "differs from the uninterrupted run: $(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); print(" ".join(f"{k}: {a.get(k)} vs {b.get(k)}" for k in sorted(set(a)|set(b)) if a.get(k)!=b.get(k)))' "$work/clean-$op.digest" "$work/run.digest")"
        continue
    fi
    if [ "$op" != migrate ]; then
        if ! out=$(ctl "$dir" audit verify 2>&1); then fail "audit verify: $out"; continue; fi
        if [ "$op" = ingest ] && ! msg=$($check audited "$dir/db"); then fail "after re-run: $msg"; continue; fi
    fi
    if [ "$op" = rotate ]; then
        replay=$(ctl "$dir" ingest "$work/feed.jsonl" --report /dev/null 2>&1 || true)
        if ! grep -q "^accepted 0," <<<"$replay"; then fail "replay after rotation: $replay"; continue; fi
    fi
    [ "$code" = "${expected[$op]}" ] || sed 's/^/      re-run: /' "$work/rerun.out" | tail -2
    echo "   kill $k: $op after ${delay} ms ($([ "$was_running" = 1 ] && echo killed || echo 'already done')); re-run exit $code; equal"
done

echo "== $kills kills, $landed while the command ran, $failures failures"
for op in "${ops[@]}"; do
    echo "   $op: ${per_op_kills[$op]} kills, ${per_op_landed[$op]} mid-run (clean run ${duration[$op]} ms)"
done
[ "$failures" = 0 ]
