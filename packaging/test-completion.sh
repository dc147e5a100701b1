#!/usr/bin/env bash
# ctest package/completion: the bash completion that `prakerjactl completion bash` writes (and the
# package installs) completes command words, a command's options and --lang's values.
#   packaging/test-completion.sh PRAKERJACTL
set -euo pipefail
script=$(mktemp)
trap 'rm -f "$script"' EXIT
"$1" completion bash >"$script"
bash -n "$script"
# shellcheck disable=SC1090
source "$script"
failed=0
expect() { # expect "WORDS TYPED" "WANTED CANDIDATE"...
    local line=$1; shift
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _prakerjactl
    local want
    for want in "$@"; do
        if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$want"; then
            echo "FAIL: '$line' does not offer '$want' (offers: ${COMPREPLY[*]})"
            failed=1
        fi
    done
}
expect "prakerjactl wa" wave
expect "prakerjactl " init ingest wave catalog platform user audit key settings lookup funnel simulate
expect "prakerjactl wave " create draw announce verify budget
expect "prakerjactl --db /tmp/x.db wave d" draw
expect "prakerjactl wave draw 3 --d" --dry-run
expect "prakerjactl user add ana --r" --role
expect "prakerjactl user add ana --role " agent curator
expect "prakerjactl --lang " id en
expect "prakerjactl --v" --version
expect "prakerjactl catalog export x.csv --f" --format
[ "$failed" -eq 0 ] && echo "completion: all cases offered"
exit "$failed"
