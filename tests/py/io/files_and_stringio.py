import io
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "_scratch_file.txt")
with open(path, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable(), f.closed, f.mode, os.path.basename(f.name))
    f.writelines(["second\n", "third"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print([line for line in f])
with open(path, "a") as f:
    f.write("\nappended é\n")
f = open(path, "r")
print(repr(f.readline()), repr(f.readline(3)), f.readlines())
f.seek(0)
print(repr(f.read(5)), f.tell())
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    open(os.path.join(here, "_no_such_file.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
try:
    open(path, "z")
except ValueError as e:
    print(e)
with open(path, "r") as f:
    try:
        f.write("x")
    except io.UnsupportedOperation if hasattr(io, "UnsupportedOperation") else OSError as e:
        print("not writable")
os.remove(path)
print(os.path.exists(path))

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.getvalue())
s = io.StringIO("a\nb\nc")
print(s.readline(), s.read(), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.closed)
buf = io.StringIO()
print("to buffer", 42, file=buf)
old = sys.stdout
sys.stdout = buf
print("redirected")
sys.stdout = old
print(repr(buf.getvalue()))
with io.StringIO("ctx") as t:
    print(t.read())
print(t.closed)
