#!/usr/bin/env bash
# Regenerates the expectations of the command-line cases tests/cli with python3
# (the oracle). A case is tests/cli/<name>.args (the arguments, one per line; an
# empty file means none) with an optional <name>.stdin; python3 runs from the
# repository root and its stdout, stderr and status become <name>.out, .err, .rc.
# Usage: tests/regen_cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. tests/oracle.sh regen_cli.sh
for a in tests/cli/*.args; do
    base=${a%.args}
    mapfile -t args <"$a"
    stdin=/dev/null
    [ -e "$base.stdin" ] && stdin=$base.stdin
    status=0
    "$PY" "${args[@]}" <"$stdin" >"$base.out" 2>"$base.err" || status=$?
    echo "$status" >"$base.rc"
done
echo "regen_cli.sh: $(ls tests/cli/*.args | wc -l) case(s) regenerated"
