import builtins
for stmt in ["(1).x = 2", "'s'.upper = 1", "del (1).real", "int.x = 1", "object().a = 1", "[].sort = 1",
             "len.x = 1", "type.__name__ = 'x'", "None.x", "(1).foo", "int.foo", "str.__dict__['x'] = 1",
             "(lambda: 0).__name__ = 3", "object.__setattr__(1, 'x', 1)",
             "setattr(int, 'real', 1)", "delattr(int, 'bit_length')", "int.__name__ = 'x'"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
class A:
    __slots__ = ("x",)
class B(A):
    __slots__ = ("y",)
b = B()
b.x = 1; b.y = 2
print(b.x, b.y, B.__slots__, [k for k in B.__dict__ if not k.startswith("__")], type(B.x).__name__)
try:
    B.z = 1; b.z = 3
    print("ok", b.z)
except AttributeError as e:
    print(e)
class Reg:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append((cls.__name__, tag))
class R1(Reg, tag="one"): pass
class R2(R1): pass
print(Reg.registry)
try:
    class R3(Reg, bad=1, tag=2): pass
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__)
print(int | str, type(int | None).__name__, (int | str).__args__, isinstance(1, int | str))
print(repr(type), repr(object), repr(print), repr(int.__add__)[:30], repr(None.__class__))
print(type(type), type(object), object.__base__, type.__base__, type.__mro__, bool.__mro__)
print(int.__qualname__, int.__module__, ValueError.__module__, len.__module__, len.__qualname__)
print(getattr(int, '__abstractmethods__', 'none') if False else '', hasattr(int, '__dict__'), type(int.__dict__).__name__)
print(callable(int), callable(1), callable(len), callable(A), callable(b))
print(issubclass(bool, int), issubclass(int, object), isinstance(int, type), isinstance(type, object))
print(sorted(dir(object))[:12])
print([n for n in dir(1) if not n.startswith("_")], [n for n in dir("") if not n.startswith("_")][:10])
print(sorted(dir(object)))
for s in ['True.real = 1', 'del (1).imag', 'slice(1).start = 2', 'range(3).start = 1', '(1j).real = 2',
          'property().fget = 1', 'del "s".upper', 'ValueError().args = 5']:
    try:
        exec(s)
        print('ok', s)
    except Exception as e:
        print(s, type(e).__name__, e)
