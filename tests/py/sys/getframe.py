# sys._getframe and frame objects: f_back, f_code, f_lineno, f_lasti, f_globals,
# f_locals, f_builtins, f_trace, clear(), repr, and the errors of _getframe.
import sys


def show(f):
    print(type(f).__name__, f.f_code.co_name, f.f_lineno, f.f_lasti > 0 or f.f_lasti == 0)


def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    show(f)
    print(sorted(f.f_locals.items(), key=lambda kv: kv[0]) == [("a", a), ("b", b), ("c", c)])
    print(f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    print(f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.f_builtins is __builtins__)
    return f


def outer():
    x = "outer local"
    return inner(1)


f = outer()
print(f.f_code.co_name)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())
print(top.f_lineno)
x = 1
print(top.f_lineno)

# The depth argument.
for bad in ["a", 1.5, None]:
    try:
        sys._getframe(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print("TypeError", e)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
try:
    sys._getframe(2**40)
except OverflowError as e:
    print("OverflowError", e)
print(sys._getframe(-3).f_code.co_name)


# Walking the chain.
def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names


def a():
    return b()


def b():
    return chain()


print(a())


# Locals are read again while the frame runs.
def changing():
    fr = sys._getframe()
    v = 1
    first = dict(fr.f_locals)
    v = 2
    second = dict(fr.f_locals)
    return first["v"], second["v"], "fr" in second


print(changing())


# Cells and free variables show in f_locals.
def closure():
    cell = "cell value"

    def inside():
        return sys._getframe().f_locals, cell

    return inside()[0]


print(closure())

# f_trace is None and settable; clear() refuses a running frame.
fr = sys._getframe()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
fr.f_trace = None
print(fr.f_trace)
try:
    fr.clear()
except RuntimeError as e:
    print("RuntimeError", e)


def done():
    y = 5
    return sys._getframe()


dead = done()
print(dead.f_code.co_name, dead.f_lineno, dead.f_locals)
dead.clear()
print(dead.f_locals)
r = repr(top)
print(r.startswith("<frame at 0x"), r.endswith(", file '%s', line %d, code <module>>" % (__file__, sys._getframe().f_lineno)))


# Class bodies: f_locals is the class namespace.
class K:
    attr = 1
    ns = sys._getframe().f_locals
    print(sys._getframe().f_code.co_name, sorted(k for k in ns if not k.startswith("__")))


# Frames seen from a key= function called from Rust.
def key(v):
    return sys._getframe(1).f_code.co_name


print(sorted([3, 1], key=key))
print(list(map(lambda v: sys._getframe(1).f_code.co_name, [1])))


# Only the tracing attributes are writable.
def setting():
    fr = sys._getframe()
    for name, val in [("f_code", 1), ("foo", 1), ("f_back", None), ("f_locals", {}), ("f_lineno", 3), ("f_trace_lines", False), ("f_trace_opcodes", True)]:
        try:
            setattr(fr, name, val); print("set", name, getattr(fr, name))
        except Exception as e:
            print(type(e).__name__, e)
    for name in ["f_trace", "f_code", "foo"]:
        try:
            delattr(fr, name); print("del", name)
        except Exception as e:
            print(type(e).__name__, e)
    print(fr.f_trace)
    print(hasattr(fr, "__dict__"))
setting()
