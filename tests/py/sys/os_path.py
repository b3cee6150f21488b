import os
import os.path
from os.path import join, split, splitext
import posixpath
print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.pardir, os.name, os.linesep == "\n")
print(join("a", "b", "c"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""))
for p in ["/usr/lib/x.py", "x.py", "/", "//", "a/b/", "", "/a", "dir/.hidden", "a.b.c", "..", "a/..b", "archive.tar.gz", "///x//y"]:
    print(repr(p), split(p), splitext(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.isabs(p), os.path.normpath(p))
print(os.path.normpath("a/./b/../../c"), os.path.normpath("../../x"), os.path.normpath("/../x"), os.path.normpath("//a//b"))
print(os.path.abspath("/a/b/../c"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here), os.path.isfile(__file__))
print(os.path.exists(join(here, "no-such-file")), "os_path.py" in os.listdir(here))
print(os.getenv("MOULT_SURELY_UNSET_VAR"), os.getenv("MOULT_SURELY_UNSET_VAR", "dflt"), type(os.environ).__name__ in ("dict", "_Environ"))
print(os.fspath("p"), type(os.getpid()).__name__, os.path.expanduser("no-tilde"))
try:
    os.listdir(join(here, "missing-dir"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
except OSError as e:
    print("OSError", e)
try:
    join("a", 5)
except TypeError as e:
    print(e)
