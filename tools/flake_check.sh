#!/usr/bin/env bash
# Runs test directories again and again under CPU load, to show the suite does not flake.
#
#   tools/flake_check.sh RUNS [PYTEST ARGS...]     e.g. tools/flake_check.sh 20 tests/gui tests/e2e
#
# A parallel job keeps one of the machine's cores busy for the whole time (as another build on a
# shared CI machine would). Each run's output goes to $OUT/run-N.log; the summary counts failed
# runs and the Qt messages that point at object-lifetime bugs, and the exit code is 1 when any run
# failed.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:?how many runs}
shift
OUT=${OUT:-$(mktemp -d /tmp/flake-check.XXXXXX)}
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen

( while :; do :; done ) &
load=$!
trap 'kill $load 2>/dev/null' EXIT

failed=0
timers=0
start=$(date +%s)
for i in $(seq 1 "$runs"); do
    log="$OUT/run-$i.log"
    if .venv/bin/python -m pytest -q "$@" >"$log" 2>&1; then
        status=passed
    else
        status=FAILED
        failed=$((failed + 1))
    fi
    n=$(grep -c "Timers cannot be stopped from another thread" "$log")
    timers=$((timers + n))
    echo "run $i/$runs: $status ($(tail -n 1 "$log" | tr -d '='))"
done
echo "$runs runs of $*: $((runs - failed)) passed, $failed failed; 'Timers cannot be stopped'" \
     "messages: $timers; $(( $(date +%s) - start )) s; logs in $OUT"
[ "$failed" -eq 0 ]
