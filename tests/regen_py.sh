#!/usr/bin/env bash
# Regenerates the expectations of the program corpus tests/py with python3 (the oracle).
# A case is tests/py/<area>/<name>.py directly in an area folder, its name not starting
# with `_` (helpers start with `_` or live in subfolders). For each case it writes what
# `python3 tests/py/<area>/<name>.py` did, run from the repository root:
#   <name>.out  stdout (always)
#   <name>.err  stderr, only when not empty
#   <name>.rc   exit status, only when not 0
# The checkout's absolute path is replaced by nothing, so tracebacks read
# `File "tests/py/..."`. Each case runs twice, the second time with another hash seed,
# and must print the same both times (a program that depends on time, addresses or
# hash order is refused, unless it says `regen_py: depends on PYTHONHASHSEED=0`). Idempotent: a file is
# rewritten only when its content changes, and every change is printed.
# Usage: tests/regen_py.sh [AREA/NAME ...]   (default: every case)
set -euo pipefail
cd "$(dirname "$0")/.."

. tests/oracle.sh regen_py.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Runs case $1 into $2.{out,err,rc} with hash seed $3, paths made relative to the
# repository root.
run_case() {
    local f=$1 dst=$2 seed=$3 status=0
    PYTHONHASHSEED=$seed timeout 10 "$PY" "$f" >"$dst.rawout" 2>"$dst.rawerr" </dev/null || status=$?
    sed "s|$PWD/||g" "$dst.rawout" >"$dst.out"
    sed "s|$PWD/||g" "$dst.rawerr" >"$dst.err"
    echo "$status" >"$dst.rc"
}

cases=()
if [ $# -gt 0 ]; then
    for c in "$@"; do cases+=("tests/py/${c%.py}.py"); done
else
    for f in tests/py/*/*.py; do
        case $(basename "$f") in _*) continue ;; esac
        cases+=("$f")
    done
fi

for f in "${cases[@]}"; do
    if [ ! -f "$f" ]; then
        echo "regen_py.sh: no case $f" >&2
        problems=$((problems + 1))
        continue
    fi
    base=${f%.py}
    # The second run uses another hash seed, so that a case printing a set of strings
    # in hash order is caught; a case whose point is str hashes says so in a comment.
    seed=1
    grep -q 'regen_py: depends on PYTHONHASHSEED=0' "$f" && seed=0
    run_case "$f" "$tmp/a" 0
    run_case "$f" "$tmp/b" "$seed"
    if ! cmp -s "$tmp/a.out" "$tmp/b.out" || ! cmp -s "$tmp/a.err" "$tmp/b.err" \
        || ! cmp -s "$tmp/a.rc" "$tmp/b.rc"; then
        echo "regen_py.sh: $f prints differently from one run to the next (clock, addresses or hash order?); skipped" >&2
        problems=$((problems + 1))
        continue
    fi
    rc=$(cat "$tmp/a.rc")
    if [ "$rc" = 124 ]; then
        echo "regen_py.sh: $f ran over 10 s; skipped" >&2
        problems=$((problems + 1))
        continue
    fi
    install_if_changed "$tmp/a.out" "$base.out"
    if [ -s "$tmp/a.err" ]; then
        install_if_changed "$tmp/a.err" "$base.err"
    else
        remove_if_present "$base.err"
    fi
    if [ "$rc" != 0 ]; then
        install_if_changed "$tmp/a.rc" "$base.rc"
    else
        remove_if_present "$base.rc"
    fi
done

# Expectations whose case is gone (or became a helper) are removed.
if [ $# -eq 0 ]; then
    for e in tests/py/*/*.out tests/py/*/*.err tests/py/*/*.rc; do
        [ -e "$e" ] || continue
        stem=$(basename "${e%.*}")
        case $stem in _*) remove_if_present "$e"; continue ;; esac
        [ -e "${e%.*}.py" ] || remove_if_present "$e"
    done
fi

echo "regen_py.sh: $changed file(s) changed"
if [ "$problems" -gt 0 ]; then
    echo "regen_py.sh: $problems case(s) skipped, see above" >&2
    exit 1
fi
