print(list[int], dict[str, list[int]], int | None, type[int], tuple[int, ...], list[int]([1, 2]), (int | str).__args__)
print(isinstance(1, int | str), issubclass(bool, int | None))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, -a, type(-a).__name__, abs(MyInt(-2)), str(a), f"{a}", f"{a!r}", a == 5, hash(a) == hash(5))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), type(s.upper()).__name__, s + "x", type(s + "x").__name__, s * 2, s[0], type(s[0]).__name__, repr(s), len(s), s == "hi", {s: 1}["hi"])
class MyList(list):
    def __repr__(self): return "ML" + super().__repr__()
ml = MyList([3, 1, 2]); ml.sort(); print(ml, ml + [4], type(ml + [4]).__name__, ml[1:], type(ml[1:]).__name__, len(ml))
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
md = MyDict(a=1); md["b"] = 2; md.update(c=3); print(md, md.copy(), type(md.copy()).__name__)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is str
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), issubclass(str, Magic), issubclass(int, Magic))
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return self.v * o.v
    def __divmod__(self, o): return ("dm", self.v, o)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
    def __ipow__(self, o): self.v **= o; return self
    def __reversed__(self): return iter("rev")
    def __length_hint__(self): return 7
    def __floordiv__(self, o): return "fd"
    def __rfloordiv__(self, o): return "rfd"
    def __lshift__(self, o): return "ls"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
v = V(3)
print(v @ V(4), divmod(v, 2), 2 ** v, pow(2, v), list(reversed(v)), v // 1, 1 // v, v << 1, ~v, +v)
v **= 2; print(v.v)
class Base: pass
class Swap: pass
o = Base(); o.__class__ = Swap; print(type(o).__name__)
class Sl:
    __slots__ = ("a",)
class SlSub(Sl):
    pass
x = SlSub(); x.a = 1; x.b = 2; print(x.a, x.b, x.__dict__, hasattr(Sl(), "__dict__"))
try:
    Sl().b = 1
except AttributeError as e: print(e)
def deco(cls):
    cls.extra = "added"
    return cls
@deco
class Decorated: pass
print(Decorated.extra)
print([y := 5, y ** 2], [z for x in range(3) if (z := x * 2) > 0], y)
def gen_total():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
g = gen_total(); next(g); g.send(5); print(g.send(10))
class Ordered:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
o = Ordered(); o.items = [3, 4]
print(list(o), 3 in o, bool(o), bool(Ordered()), sorted(o, reverse=True), [*o], dict.fromkeys(o))
class WithClassGetitem:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(WithClassGetitem[int, str])
class MroE:
    def __mro_entries__(self, bases): return (Base,)
class FromEntries(MroE()): pass
print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__)
print(int.__add__(1, 2), str.__len__("abc"), list.__getitem__([1, 2], 1), dict.__contains__({1: 2}, 1), object.__repr__(Base()).startswith("<__main__.Base object"))
print((1).__class__, True.__class__.__mro__, type(None)(), type(...)(), bool.__bases__, NotImplemented.__class__.__name__)
import sys
print(sys.intern("abc") is "abc" if False else True, sys.maxunicode, sys.byteorder, sys.float_info.max, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
