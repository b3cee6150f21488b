#!/usr/bin/env bash
# Regenerates the expectations of the command-line cases tests/cli with python3
# (the oracle). A case is tests/cli/<name>.args (the arguments, one per line; an
# empty file means none) with an optional <name>.stdin; python3 runs from the
# repository root and its stdout, stderr and status become <name>.out, .err, .rc.
# Usage: tests/regen_cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=$(python3 -c 'import sys; print(sys.executable)')
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
    echo "regen_cli.sh: the oracle must be CPython 3.11 (got $PY)" >&2
    exit 2
}
export PYTHONDONTWRITEBYTECODE=1
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONIOENCODING PYTHONUTF8
export LC_ALL=C.UTF-8
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
