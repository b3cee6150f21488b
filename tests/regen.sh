#!/usr/bin/env bash
# Regenerates the expected outputs of the front-end corpora with python3 (the oracle):
#   tests/parse/<name>.ast            ast.dump(ast.parse(src), include_attributes=True) + "\n"
#   tests/syntax_errors/<name>.err    stderr of `python3 tests/syntax_errors/<name>.py`
#   tests/compile_errors/<name>.err   same, for errors raised after parsing
# Idempotent: a file is rewritten only when its content changes, and every change is
# printed. It also checks that each case sits in the right folder (a syntax error must
# be rejected by ast.parse, a compile error only by compile()).
set -euo pipefail
cd "$(dirname "$0")/.."

. tests/oracle.sh regen.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Removes expectations whose source file is gone.
remove_stale() {
    local dir=$1 ext=$2 f
    for f in "$dir"/*."$ext"; do
        [ -e "$f" ] || continue
        [ -e "${f%.*}.py" ] || remove_if_present "$f"
    done
}

# Parse corpus: one python3 process dumps every file (the source is read as bytes, as
# `python3 FILE` does, so a BOM or coding cookie is honoured).
mkdir -p "$tmp/parse"
"$PY" - "$tmp/parse" tests/parse/*.py <<'EOF'
import ast, os, sys, warnings
out = sys.argv[1]
warnings.simplefilter("ignore")
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src, filename=path)
    except SyntaxError as e:
        print(f"regen.sh: {path} must be valid Python: {e}", file=sys.stderr)
        sys.exit(1)
    name = os.path.basename(path)[:-3]
    with open(os.path.join(out, name + ".ast"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
EOF
for f in tests/parse/*.py; do
    name=$(basename "$f" .py)
    install_if_changed "$tmp/parse/$name.ast" "tests/parse/$name.ast"
done
remove_stale tests/parse ast

# Which stage rejects each error case, all in one python3 process: "parse" (ast.parse
# fails), "compile" (only compile() fails) or "valid". Lines are "<stage> <path>".
"$PY" - tests/syntax_errors/*.py tests/compile_errors/*.py >"$tmp/stages" <<'EOF'
import ast, os, sys, warnings
warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    if not os.path.exists(path):
        continue  # an unmatched glob: the folder has no cases
    src = open(path, "rb").read()
    try:
        ast.parse(src)
    except (SyntaxError, ValueError):
        stage = "parse"
    else:
        try:
            compile(src, path, "exec")
            stage = "valid"
        except (SyntaxError, ValueError):
            stage = "compile"
    print(stage, path)
EOF
stage_of() {
    awk -v f="$1" '{ p = $0; sub(/^[a-z]+ /, "", p) } p == f { print $1 }' "$tmp/stages"
}

# Error corpora: the expected stderr is exactly what `python3 FILE` prints, run from the
# repository root with the path as given. A valid file would be executed, so the stage
# is checked first.
for dir in tests/syntax_errors tests/compile_errors; do
    [ -d "$dir" ] || continue
    want=parse
    [ "$dir" = tests/compile_errors ] && want=compile
    for f in "$dir"/*.py; do
        [ -e "$f" ] || continue
        stage=$(stage_of "$f")
        if [ "$stage" != "$want" ]; then
            echo "regen.sh: $f belongs to stage '$stage' (parse, compile or valid), not '$want'; skipped" >&2
            problems=$((problems + 1))
            continue
        fi
        status=0
        "$PY" "$f" >/dev/null 2>"$tmp/err" </dev/null || status=$?
        if [ "$status" -ne 1 ]; then
            echo "regen.sh: $f: python3 exited with $status, expected 1; skipped" >&2
            problems=$((problems + 1))
            continue
        fi
        # python3 makes the script path absolute; the expectation holds the path as
        # given on the command line, so that it does not depend on the checkout.
        sed "s|$PWD/$dir/|$dir/|g" "$tmp/err" >"$tmp/err.rel"
        install_if_changed "$tmp/err.rel" "${f%.py}.err"
    done
    remove_stale "$dir" err
done

echo "regen.sh: $changed file(s) changed"
if [ "$problems" -gt 0 ]; then
    echo "regen.sh: $problems case(s) skipped, see above" >&2
    exit 1
fi
