# Attribute assignment on modules, functions and exceptions reaches the
# right storage; dir()/vars() without arguments; method(); str * __index__.
import sys, types
import math as m
m.extra = 1
print(m.extra, "extra" in m.__dict__, "extra" in dir(m))
del m.extra
print(hasattr(m, "extra"))
try:
    del m.extra
except AttributeError as e:
    print(e)
saved = sys.stdout
sys.stdout = saved
print(sys.stdout is saved)
mod = types.ModuleType("made")
mod.x = 5
print(mod.x, sorted(k for k in vars(mod) if not k.startswith("__")))

def f(a, b=2):
    "doc"
    return a, b
f.__doc__ = "new"
f.__qualname__ = "Q.f"
f.__module__ = "elsewhere"
f.__defaults__ = (7, 8)
print(f(), f.__doc__, f.__qualname__, f.__module__, f.__dict__)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 3
except TypeError as e:
    print(e)

e = KeyError("k")
e.args = ("a", "b")
print(e.args, str(e), repr(e), e.__dict__)
e.__cause__ = ValueError("v")
print(repr(e.__cause__), e.__suppress_context__, e.__dict__)
class R(LookupError):
    def __repr__(self):
        return "R!"
print(str(R("s")), repr(R("s")), [R()])

def local_names():
    a = 1
    b = 2
    return dir(), sorted(vars())
print(local_names())

class C:
    def m(self, x):
        return (self.v, x)
c = C()
c.v = 3
bm = types.MethodType(C.m, c)
print(bm(4), bm.__self__ is c, bm.__func__ is C.m, type(bm).__name__)
print(types.MethodType(len, [1, 2])())
for bad in [(1, c), (C.m, None), (C.m,)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print(e)

class N:
    def __index__(self):
        return 3
print("ab" * N(), N() * "cd", b"x" * N(), [0] * N(), (1,) * N())

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
_first = D("underscore")
second = D("plain")
print("end")
