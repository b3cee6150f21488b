"""Compares moult's `-X dis` with python3's `dis` on CPython's own standard
library (the .py files beside python3's `os` module), normalised as
regen.py does, and prints how many modules are identical and where the
others first differ. A measuring tool, not a test: run it by hand with
CPython 3.11 after `cargo build`:

    python3 tests/dis/tools/stdlib.py [how many files] [path to moult]
"""
import collections
import dis
import io
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import regen  # noqa: E402


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 10**9
    root = pathlib.Path(__file__).resolve().parents[3]
    moult = sys.argv[2] if len(sys.argv) > 2 else str(root / "target" / "debug" / "moult")
    lib = pathlib.Path(os.__file__).parent
    counts = collections.Counter()
    for path in sorted(lib.glob("*.py"))[:limit]:
        try:
            code = compile(path.read_text(), path.name, "exec")
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        buf = io.StringIO()
        dis.dis(code, file=buf)
        want = regen.normalise(buf.getvalue())
        run = subprocess.run([moult, "-X", "dis", str(path)], capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            counts["error"] += 1
            print(f"{path.name}: moult failed: {run.stderr.strip().splitlines()[-1:]}")
            continue
        got = regen.normalise(run.stdout)
        if got == want:
            counts["same"] += 1
            continue
        counts["different"] += 1
        w, g = want.splitlines(), got.splitlines()
        i = next((k for k in range(min(len(w), len(g))) if w[k] != g[k]), min(len(w), len(g)))
        print(f"{path.name}: first difference at line {i + 1}: {w[i] if i < len(w) else '<end>'!r} / {g[i] if i < len(g) else '<end>'!r}")
    print(dict(counts))


if __name__ == "__main__":
    main()
