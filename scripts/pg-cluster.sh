#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/deployment.md, "Tests"): initdb and pg_ctl in a
# temporary folder, reachable only through a Unix socket in that folder, never the system's cluster.
#   scripts/pg-cluster.sh start STATE   creates and starts it; writes the libpq keyword string
#                                       for its `postgres` database to the file STATE
#   scripts/pg-cluster.sh stop STATE    stops it and removes the folder and STATE (idempotent)
# PRAKERJA_PG_OPTIONS adds server settings (`-c name=value …`), e.g. the bulk-load ones that
# docs/deployment.md recommends, for a benchmark.
# initdb refuses to run as root: as root the cluster runs as the `postgres` system user (the
# server's files only; the tests connect through the socket with trust authentication).
set -euo pipefail
action=${1:?start|stop}
state=${2:?state file}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (scripts/deps.sh installs them)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(sed -n 's/^# dir=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$dir" ] && case "$dir" in /tmp/prakerja-pg.*) rm -rf "$dir" ;; esac
    rm -f "$state"
}

case "$action" in
start)
    stop # a cluster left by an interrupted run
    dir=$(mktemp -d /tmp/prakerja-pg.XXXXXX)
    trap 'echo "# dir=$dir" > "$state"; stop' ERR
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U prakerja --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c unix_socket_permissions=0777 -c port=5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PRAKERJA_PG_OPTIONS:-}" \
        start >/dev/null
    # The socket's folder must be reachable by the test processes' user.
    chmod 711 "$dir"
    { echo "# dir=$dir"; echo "host=$dir port=5432 user=prakerja dbname=postgres"; } > "$state"
    trap - ERR
    ;;
stop) stop ;;
*) echo "usage: $0 start|stop STATE" >&2; exit 2 ;;
esac
