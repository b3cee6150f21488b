# Reprs of builtin objects and introspection without help().
import sys
import types

values = [None, True, 1, -2.5, 1e100, 3j, "s'q\"", b"b\x00\xff'", bytearray(b"ab"), [1, [2]], (1,), (), {1: "a"}, {1, 2}, set(), frozenset(), frozenset({3}),
          range(3), range(1, 10, 2), slice(1, None), slice(None), Ellipsis, NotImplemented, {}.keys(), {1: 2}.values(), {1: 2}.items(), memoryview(b"x").tobytes(),
          type, object, int, len, print, [].append, "x".upper, int.__add__, str.join, dict.fromkeys, object.__init__, type(None), sys.maxsize, float("nan"), -0.0]
for v in values:
    r = repr(v)
    print(type(v).__name__, r if " at 0x" not in r else r.split(" at 0x")[0] + ">")
print(str(b"x"), str(1.0), str("a"), str([1.0, "a"]), str((None,)), str({"k": (1, 2.0)}))
cyc = [1]
cyc.append(cyc)
d = {"a": 1}
d["self"] = d
print(cyc, d)


class Point:
    """A point."""
    dims = 2
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    class Inner:
        def method(self):
            pass


p = Point(3, 4)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point.__slots__, Point.dims)
print(Point.Inner.__qualname__, Point.Inner.method.__qualname__, Point.norm.__qualname__, p.norm.__qualname__, p.norm.__self__ is p, p.norm.__func__ is Point.norm)
print(type(p).__mro__, Point.__bases__, Point.__base__, type(Point), type(type), p.__class__.__name__, p.norm())
print(sorted(k for k in Point.__dict__ if not k.startswith("__")), hasattr(p, "__dict__"), type(Point.x).__name__, Point.x.__name__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(len.__name__, len.__qualname__, len.__module__, [].append.__name__, [].append.__qualname__)
print(int.__add__.__name__, int.__add__.__qualname__, str.join.__qualname__, type(str.join).__name__, type("".join).__name__, type(int.__add__).__name__)
print(int.__module__, type.__module__, sys.__name__, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.ModuleType, types.GeneratorType, types.SimpleNamespace(a=1))


def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = 1
    return x


print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__doc__, f.__module__)
print(f.__code__.co_name, f.__code__.co_nlocals, f.__globals__ is globals(), f.__annotations__, f.__dict__, callable(f), callable(1))
g = lambda: 0
print(g.__name__, g.__qualname__, type(g).__name__, (lambda x: x).__code__.co_varnames)
print(type(1).__name__, type(1.0).__qualname__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b"")).__name__, type(zip()).__name__, type(map(int, [])).__name__)
print(type(enumerate([])).__name__, type(reversed([])).__name__, type(x for x in []).__name__, type(f.__code__).__name__, type(sys).__name__, type(property()).__name__, type(super(Point, p)).__name__)
print(int.__mro__, bool.__mro__, bool.__bases__, object.__bases__, object.__base__, type.__bases__, KeyError.__mro__)
print(isinstance(int, type), isinstance(type, object), issubclass(type, object), issubclass(object, type), ZeroDivisionError.__bases__, OSError.__subclasses__()[:3])
print(dir(p)[-5:], len(dir(object)), dir(object)[:6], [n for n in dir(None) if not n.startswith("__")])
print(vars(Point.Inner).keys(), Point.Inner.__dict__["method"].__name__, list(vars(types.SimpleNamespace(q=1)).items()))
print(getattr(p, "missing", "dflt"), getattr(Point, "dims"), hasattr(Point, "norm"), setattr(Point, "dims", 3), Point.dims)
try:
    getattr(p, "missing")
except AttributeError as e:
    print(e)
print(id(p) == id(p), hash(p) == hash(p), p == p, p != Point(3, 4), bool(p), str(p) == repr(p), repr(p).startswith("<__main__.Point object at 0x"))
print(sys.version_info[:2], sys.version_info.major, type(sys.maxsize), sys.byteorder, isinstance(sys.argv, list), sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30))
