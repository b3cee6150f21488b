import sys
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), sys.stderr.write("to stderr\n"))
print("via print to stderr", 1, 2, sep="-", file=sys.stderr)
print("via print to stdout", file=sys.stdout)
print("none file goes to stdout", file=None)
sys.stdout.flush()
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:3] == (3, 11, 7), tuple(sys.version_info)[:2])
print(sys.version_info.releaselevel, sys.version_info.serial, len(sys.version_info), sys.version.startswith("3.11"))
print(sys.exc_info(), sys.exception() if hasattr(sys, "exception") else None)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exc_info()[1] is v)
print(sys.exc_info()[0])
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.maxsize == 2 ** 63 - 1, sys.maxunicode)
print(sys.float_info.mant_dig, sys.float_info.dig, sys.float_info.min, sys.float_info[0] == sys.float_info.max)
print(sys.flags.optimize, sys.int_info.sizeof_digit, sys.hash_info.inf, sys.hash_info.width)
print(type(sys.argv).__name__, type(sys.path).__name__, isinstance(sys.path[0], str), sys.modules["sys"] is sys)
print(sys.stdin is sys.__stdin__, sys.stderr is sys.__stderr__, sys.platform == "linux", sys.byteorder)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    sys.nope
except AttributeError as e:
    print(e)
import builtins
print(builtins.len is len, builtins.__name__, repr(builtins), type(builtins.__dict__).__name__)
def hook():
    import math
    return math.sqrt(16)
print(hook(), "math" in sys.modules)
