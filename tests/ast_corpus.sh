#!/usr/bin/env bash
# Compares moult's AST with python3's on every .py file under DIR (default: python3's
# standard library, test/ included, site-packages excluded).
#
#   tests/ast_corpus.sh [DIR]
#
# For each file, python3's `ast.dump(ast.parse(src), include_attributes=True)` is set
# against `moult -X dump-ast FILE`. python3 dumps all files in ONE process (start-up
# dominates otherwise); moult runs once per file, two at a time. Only digests of the
# dumps are kept: the stdlib's dumps weigh hundreds of megabytes. Prints
#   N identical, M differ, K both-reject, J only-moult-rejects, L only-python-rejects
# and the first $SHOW (default 10) files of each kind of disagreement.
#
# Environment: MOULT=path overrides the binary (default target/release/moult, built if
# missing); JOBS=n sets the parallelism (default 2); TIMEOUT=s per file (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The real interpreter behind a possible pyenv shim.
PY=$(python3 -c 'import sys; print(sys.executable)')
export PYTHONDONTWRITEBYTECODE=1
DIR=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
JOBS=${JOBS:-2}
TIMEOUT=${TIMEOUT:-60}
SHOW=${SHOW:-10}

MOULT=${MOULT:-$root/target/release/moult}
if [ ! -x "$MOULT" ]; then
    echo "ast_corpus.sh: building $MOULT" >&2
    cargo build --release -j1 -p moult >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The file list, NUL-separated, sorted so that runs are comparable.
find "$DIR" \( -name site-packages -o -name dist-packages \) -prune \
    -o -name '*.py' -type f -print0 | sort -z >"$tmp/files"
total=$(tr -cd '\0' <"$tmp/files" | wc -c)
if [ "$total" -eq 0 ]; then
    echo "ast_corpus.sh: no .py files under $DIR" >&2
    exit 2
fi
echo "comparing $total files under $DIR" >&2

# python3: one line per file, "<sha256 of dump + newline>" or "reject <message>".
"$PY" - "$tmp/files" >"$tmp/python" <<'EOF'
import ast, hashlib, sys, warnings
warnings.simplefilter("ignore")
sys.setrecursionlimit(100000)
paths = open(sys.argv[1], "rb").read().split(b"\0")[:-1]
for path in paths:
    try:
        with open(path, "rb") as f:
            src = f.read()
        dump = ast.dump(ast.parse(src), include_attributes=True) + "\n"
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        msg = str(e).replace("\n", " ")
        print(f"reject {type(e).__name__}: {msg}")
        continue
    print(hashlib.sha256(dump.encode("utf-8", "surrogateescape")).hexdigest())
EOF

# moult: the same line format, written to one file per case so that the two workers
# never interleave; cases are numbered in list order.
mkdir "$tmp/moult"
# Pairs "number\0path\0" for xargs -n2.
"$PY" - "$tmp/files" >"$tmp/pairs" <<'EOF'
import sys
paths = open(sys.argv[1], "rb").read().split(b"\0")[:-1]
out = sys.stdout.buffer
for i, path in enumerate(paths, 1):
    out.write(str(i).encode() + b"\0" + path + b"\0")
EOF
export MOULT TIMEOUT
export OUT=$tmp/moult
xargs -0 -n2 -P "$JOBS" sh -c '
    i=$1; f=$2
    if timeout "$TIMEOUT" "$MOULT" -X dump-ast "$f" >"$OUT/$i.dump" 2>"$OUT/$i.stderr"; then
        sha256sum <"$OUT/$i.dump" | cut -d" " -f1 >"$OUT/$i"
    else
        rc=$?
        msg=$(tail -n 1 "$OUT/$i.stderr" | tr -d "\n")
        [ "$rc" -eq 124 ] && msg="timed out after ${TIMEOUT}s"
        echo "reject (exit $rc) $msg" >"$OUT/$i"
    fi
    rm -f "$OUT/$i.dump" "$OUT/$i.stderr"
' _ <"$tmp/pairs"

# Classify.
identical=0 differ=0 both=0 only_moult=0 only_python=0
: >"$tmp/differ" ; : >"$tmp/only_moult" ; : >"$tmp/only_python"
mapfile -t python_results <"$tmp/python"
i=0
while IFS= read -r -d '' path; do
    i=$((i + 1))
    py=${python_results[$((i - 1))]:-reject (no result)}
    mo=$(cat "$tmp/moult/$i" 2>/dev/null || echo "reject (no result)")
    case "$py" in
    reject*)
        case "$mo" in
        reject*) both=$((both + 1)) ;;
        *) only_python=$((only_python + 1)); echo "$path: python3 ${py#reject }" >>"$tmp/only_python" ;;
        esac ;;
    *)
        case "$mo" in
        reject*) only_moult=$((only_moult + 1)); echo "$path: moult ${mo#reject }" >>"$tmp/only_moult" ;;
        "$py") identical=$((identical + 1)) ;;
        *) differ=$((differ + 1)); echo "$path" >>"$tmp/differ" ;;
        esac ;;
    esac
done <"$tmp/files"

show() {
    local title=$1 file=$2
    if [ -s "$file" ]; then
        echo
        echo "$title (first $SHOW of $(wc -l <"$file")):"
        head -n "$SHOW" "$file" | sed 's/^/  /'
    fi
}
show "differ" "$tmp/differ"
show "only moult rejects" "$tmp/only_moult"
show "only python3 rejects" "$tmp/only_python"
# For the first differing files, where the dumps part: re-run both on just those files.
if [ -s "$tmp/differ" ]; then
    echo
    echo "first difference in each (python3 / moult):"
    head -n "$SHOW" "$tmp/differ" | while IFS= read -r f; do
        timeout "$TIMEOUT" "$MOULT" -X dump-ast "$f" >"$tmp/one.moult" 2>/dev/null || true
        "$PY" - "$f" "$tmp/one.moult" <<'EOF'
import ast, sys, warnings
warnings.simplefilter("ignore")
want = ast.dump(ast.parse(open(sys.argv[1], "rb").read()), include_attributes=True) + "\n"
got = open(sys.argv[2], encoding="utf-8", errors="replace").read()
at = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
start = max(0, at - 50)
pre = "..." if start else ""
print(f"  {sys.argv[1]}: at character {at}")
print(f"    python3: {pre}{want[start:at + 70]!r}")
print(f"    moult:   {pre}{got[start:at + 70]!r}")
EOF
    done
fi
if [ -s "$tmp/differ" ]; then
    first=$(head -n 1 "$tmp/differ")
    echo
    echo "to see a difference:"
    echo "  diff <($MOULT -X dump-ast '$first' | tr , '\n') \\"
    echo "       <($PY -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],\"rb\").read()), include_attributes=True))' '$first' | tr , '\n')"
fi
echo
echo "$identical identical, $differ differ, $both both-reject, $only_moult only-moult-rejects, $only_python only-python-rejects"
