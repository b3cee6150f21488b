"""Runs programs under CPython with moult's runtime/lib shadowing the standard library.

Usage (from the repository root):
    python3 tests/py/stdlib/_shadow.py                every case of tests/py importing them
    python3 tests/py/stdlib/_shadow.py FILE.py ...   compare each with its .out/.err/.rc
    python3 tests/py/stdlib/_shadow.py --run FILE.py run one program, shadowed

This checks the pure-Python modules of runtime/lib before moult can import them: the
modules a program imports come from runtime/lib, everything else from CPython.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
LIB = os.path.join(ROOT, "runtime", "lib")


def ours():
    names = set()
    for entry in os.listdir(LIB):
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(LIB, entry, "__init__.py")):
            names.add(entry)
    return names


def corpus():
    """Every case of tests/py that imports one of our modules."""
    import glob
    import re
    names = ours()
    found = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "py", "*", "*.py"))):
        if os.path.basename(path).startswith("_"):
            continue
        text = open(path).read()
        used = re.findall(r"^\s*(?:import|from)\s+([A-Za-z_]\w*)", text, re.M)
        if any(u in names for u in used):
            found.append(os.path.relpath(path, ROOT))
    return found


def run(path):
    import importlib.util
    import runpy

    names = ours()
    # CPython's encodings package subclasses its own codecs module's classes.
    names.discard("codecs")

    class Finder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            parts = name.split(".")
            if parts[0] not in names:
                return None
            base = os.path.join(LIB, *parts)
            if os.path.isdir(base):
                init = os.path.join(base, "__init__.py")
                return importlib.util.spec_from_file_location(
                    name, init, submodule_search_locations=[base])
            if os.path.isfile(base + ".py"):
                return importlib.util.spec_from_file_location(name, base + ".py")
            return None

    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]
    sys.meta_path.insert(0, Finder)
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")


def main():
    if sys.argv[1:2] == ["--run"]:
        run(sys.argv[2])
        return
    paths = [p for p in sys.argv[1:] if not os.path.basename(p).startswith("_")]
    if not paths:
        paths = corpus()
    bad = 0
    for path in paths:
        res = subprocess.run([sys.executable, __file__, "--run", path], capture_output=True,
                             text=True, cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED="0"))
        base = path[:-3]
        want = open(base + ".out").read()
        err = open(base + ".err").read() if os.path.exists(base + ".err") else ""
        rc = int(open(base + ".rc").read()) if os.path.exists(base + ".rc") else 0
        out = res.stdout.replace(ROOT + "/", "")
        if out != want or res.returncode != rc:
            bad += 1
            print("FAIL", path, "rc", res.returncode)
            import difflib
            sys.stdout.writelines(list(difflib.unified_diff(
                want.splitlines(True), out.splitlines(True), "expected", "shadowed"))[:40])
            print(res.stderr[-2000:])
        else:
            print("ok  ", path)
    print(bad, "failed")


main()
