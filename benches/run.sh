#!/usr/bin/env bash
# Runs the benchmark programs benches/*.py under moult and python3 and prints a
# table of the best wall times, their ratio, the peak RSS of each, and the
# geometric mean of the ratios over the programs moult ran correctly.
#
#   benches/run.sh [NAME...]     NAME is a program in benches/ (with or without .py);
#                                default: every benches/*.py
#
# Environment: RUNS=n runs per side (default 3; moult and python3 alternate);
# PROFILE=name the cargo profile to build and use (default release; bench-fast
# builds faster, see README.md); MOULT=path uses that binary and builds nothing;
# TIMEOUT=s kills a moult run after s seconds (default 120); CLOCK=cpu (default)
# times user + system CPU seconds, which other processes on a shared machine
# disturb far less than wall time; CLOCK=wall times elapsed seconds.
#
# A program is FAIL when moult exits non-zero, times out, or prints anything
# other than what python3 prints; FAIL rows are left out of the geometric mean.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

RUNS=${RUNS:-3}
PROFILE=${PROFILE:-release}
TIMEOUT=${TIMEOUT:-120}
CLOCK=${CLOCK:-cpu}
case "$CLOCK" in
    cpu) fmt='%U %S %M' ;;
    wall) fmt='%e 0 %M' ;;
    *) echo "run.sh: CLOCK must be cpu or wall" >&2; exit 2 ;;
esac
if [ -z "${MOULT:-}" ]; then
    echo "run.sh: cargo build --profile $PROFILE -p moult" >&2
    cargo build -j"${JOBS:-1}" --profile "$PROFILE" -p moult >&2
    MOULT=$root/target/$PROFILE/moult
fi
# The real interpreter: a pyenv-style shim costs tens of ms per start.
PY=$(python3 -c 'import sys; print(sys.executable)')
export PYTHONDONTWRITEBYTECODE=1
if [ ! -x /usr/bin/time ]; then
    echo "run.sh: /usr/bin/time is needed for the peak RSS (apt-get install time)" >&2
    exit 2
fi

progs=()
if [ $# -gt 0 ]; then
    for n in "$@"; do progs+=("benches/${n%.py}.py"); done
else
    for p in benches/*.py; do progs+=("$p"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs "$@" once under /usr/bin/time; leaves stdout in $tmp/out and sets
# secs, kb and rc.
once() {
    rc=0
    /usr/bin/time -f "$fmt" -o "$tmp/time" timeout "$TIMEOUT" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
    local a b
    read -r a b kb < <(tail -n 1 "$tmp/time")
    # /usr/bin/time prints "Command exited with non-zero status" first on failure.
    case "$a$b$kb" in *[!0-9.]*|'') a=0; b=0; kb=0 ;; esac
    secs=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a + b }')
}

# Keeps the smaller of two decimal numbers ("" counts as infinity).
min() { if [ -z "$1" ] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi; }

echo "best of $RUNS run(s), $CLOCK seconds; moult: $MOULT"
printf '%-16s %9s %9s %8s %10s %10s\n' program python3 moult ratio "py RSS" "moult RSS"
rows=""
for prog in "${progs[@]}"; do
    name=$(basename "$prog" .py)
    pbest="" mbest="" prss=0 mrss=0 status=ok why=""
    for _ in $(seq "$RUNS"); do
        once "$PY" "$prog"
        if [ "$rc" -ne 0 ]; then
            echo "run.sh: python3 failed on $prog" >&2
            tail -n 3 "$tmp/err" >&2
            exit 1
        fi
        cp "$tmp/out" "$tmp/expected"
        pbest=$(min "$pbest" "$secs")
        [ "$kb" -gt "$prss" ] && prss=$kb
        [ "$status" = ok ] || continue
        once "$MOULT" "$prog"
        if [ "$rc" -ne 0 ]; then
            status=FAIL
            why=$(grep -v '^Command' "$tmp/err" | tail -n 1 | cut -c1-70)
            [ "$rc" -eq 124 ] && why="timed out after ${TIMEOUT}s"
        elif ! cmp -s "$tmp/out" "$tmp/expected"; then
            status=FAIL
            why="output differs from python3's"
        else
            mbest=$(min "$mbest" "$secs")
            [ "$kb" -gt "$mrss" ] && mrss=$kb
        fi
    done
    if [ "$status" = ok ]; then
        ratio=$(awk -v m="$mbest" -v p="$pbest" 'BEGIN { printf "%.2f", (p > 0 ? m / p : 0) }')
        printf '%-16s %8.2fs %8.2fs %7sx %7.1f MB %7.1f MB\n' "$name" "$pbest" "$mbest" "$ratio" \
            "$(awk -v k="$prss" 'BEGIN { print k / 1024 }')" "$(awk -v k="$mrss" 'BEGIN { print k / 1024 }')"
        rows="$rows $ratio"
    else
        printf '%-16s %8.2fs %9s %8s %7.1f MB %10s  %s\n' "$name" "$pbest" FAIL - \
            "$(awk -v k="$prss" 'BEGIN { print k / 1024 }')" - "$why"
    fi
done
echo "$rows" | awk '{
    n = 0; s = 0
    for (i = 1; i <= NF; i++) if ($i > 0) { s += log($i); n++ }
    if (n > 0) printf "geometric mean of the ratios over %d program(s): %.2fx\n", n, exp(s / n)
    else print "no program ran under moult"
}'
