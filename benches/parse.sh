#!/usr/bin/env bash
# Times the front end (read + tokenize + parse) of moult against python3's ast.parse on
# the same files, and reports the peak memory of each.
#
#   benches/parse.sh [DIR]        DIR defaults to python3's stdlib (test/ included,
#                                 site-packages excluded)
#
# Both sides time only the parsing, inside the process: `moult -X bench-parse FILE...`
# prints "parsed N files in S.SSSSSS s"; the python3 side reads every file first and
# then times the ast.parse loop with time.perf_counter(). python3's ast.parse also builds
# the Python-level ast objects, which moult's parser does not need to do. Peak RSS comes
# from /usr/bin/time -v and covers the whole process. Each side runs RUNS times
# (default 3); the best time and the largest RSS are kept.
#
# Environment: MOULT=path overrides the binary (default target/release/moult, built if
# missing); RUNS=n.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

PY=$(python3 -c 'import sys; print(sys.executable)')
export PYTHONDONTWRITEBYTECODE=1
DIR=${1:-$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
RUNS=${RUNS:-3}
MOULT=${MOULT:-$root/target/release/moult}
if [ ! -x "$MOULT" ]; then
    echo "parse.sh: building $MOULT" >&2
    cargo build --release -j1 -p moult >&2
fi
if [ ! -x /usr/bin/time ]; then
    echo "parse.sh: /usr/bin/time is needed for the peak RSS (apt-get install time)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$DIR" \( -name site-packages -o -name dist-packages \) -prune \
    -o -name '*.py' -type f -print0 | sort -z >"$tmp/files"
count=$(tr -cd '\0' <"$tmp/files" | wc -c)
[ "$count" -gt 0 ] || { echo "parse.sh: no .py files under $DIR" >&2; exit 2; }

cat >"$tmp/bench.py" <<'PYEOF'
import ast, sys, time, warnings
warnings.simplefilter("ignore")
sys.setrecursionlimit(100000)
sources = []
for path in open(sys.argv[1], "rb").read().split(b"\0")[:-1]:
    with open(path, "rb") as f:
        sources.append(f.read())
parsed = 0
start = time.perf_counter()
for src in sources:
    try:
        ast.parse(src)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        continue
    parsed += 1
elapsed = time.perf_counter() - start
print(f"parsed {parsed} files in {elapsed:.6f} s")
PYEOF

# Runs "$@" RUNS times; prints "<best seconds> <max rss kB> <files parsed>".
measure() {
    local best="" rss=0 n="" run line secs kb
    for run in $(seq "$RUNS"); do
        /usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || {
            echo "parse.sh: failed: $*" >&2
            tail -n 5 "$tmp/err" >&2
            exit 1
        }
        line=$(grep -E '^parsed [0-9]+ files in [0-9.]+ s$' "$tmp/out" | tail -n 1) || {
            echo "parse.sh: no 'parsed N files in S s' line from: $1" >&2
            head -n 5 "$tmp/out" >&2
            exit 1
        }
        n=$(echo "$line" | awk '{ print $2 }')
        secs=$(echo "$line" | awk '{ print $5 }')
        kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$secs
        fi
        [ "$kb" -gt "$rss" ] && rss=$kb
    done
    echo "$best $rss $n"
}

echo "parsing $count files under $DIR, best of $RUNS run(s)"
mapfile -d '' files <"$tmp/files"
read -r m_secs m_rss m_n < <(measure "$MOULT" -X bench-parse "${files[@]}")
read -r p_secs p_rss p_n < <(measure "$PY" "$tmp/bench.py" "$tmp/files")

awk -v ms="$m_secs" -v mr="$m_rss" -v mn="$m_n" -v ps="$p_secs" -v pr="$p_rss" -v pn="$p_n" 'BEGIN {
    printf "moult    %10.6f s  %8.1f MB peak RSS  (%d files parsed)\n", ms, mr / 1024, mn
    printf "python3  %10.6f s  %8.1f MB peak RSS  (%d files parsed)\n", ps, pr / 1024, pn
    if (ps > 0) printf "ratio    %10.2fx time (moult / python3), %.2fx memory\n", ms / ps, mr / pr
}'
if [ "$m_n" != "$p_n" ]; then
    echo "note: the two sides parsed different numbers of files; see tests/ast_corpus.sh"
fi
