#!/usr/bin/env bash
# Writes the expected output of dump_ast.py from python3 (the oracle) and of
# dis.py from moult's own Python build (whose listings tests/compiler.rs checks
# against python3; CPython's offsets and COMPARE_OP numbers differ): the program
# with `~=` spelled `==` gives the same tree and bytecode, apart from the operator
# itself (Eq() / COMPARE_OP 0 (==) become AlE() / COMPARE_OP 10 (~=)).
# Run from anywhere after `cargo build` (it uses target/debug/moult).
# almost_equal.out comes from python3 too: ../oracle.py gives python3 the operator
# (each `~=` parsed as `is not`, then rewritten into a call following the fork's
# `operators` row).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed 's/~=/==/g' dis.py > "$tmp/dis.py"
../../../target/debug/moult -X dis "$tmp/dis.py" |
    sed 's/COMPARE_OP               0 (==)/COMPARE_OP              10 (~=)/' > dis.out
sed 's/~=/==/g' dump_ast.py > "$tmp/dump_ast.py"
python3 -c 'import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1]).read()), include_attributes=True))' \
    "$tmp/dump_ast.py" | sed 's/Eq()/AlE()/g' > dump_ast.out
python3 ../oracle.py almost_equal.py > almost_equal.out
# spaced.py: `~ =` is a syntax error in Python and in the fork alike.
cd ../../..
python3 examples/almost_equal/programs/spaced.py 2>&1 >/dev/null |
    sed "s|$PWD/||" > examples/almost_equal/programs/spaced.err || true
: > examples/almost_equal/programs/spaced.out
