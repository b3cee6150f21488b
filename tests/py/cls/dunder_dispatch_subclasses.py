class A:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
a = A()
print(a == a, a == 1, a != 2)
try:
    a < 1
except TypeError as e:
    print(e)
class P:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class Q(P):
    pass
print(hash(Q()), Q() == 0)
class R(P):
    def __eq__(self, o): return False
try:
    hash(R())
except TypeError as e:
    print(e)
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 1000)
    def __radd__(self, o): return "radd"
m = MyInt(1)
print(m + 1, 1 + m, type(m + 1).__name__, m * 2, -m, abs(MyInt(-3)), m.bit_length() if hasattr(m, "bit_length") else "nb")
print(MyInt(7) // 2, MyInt(7) % 3, MyInt(2) ** 3, MyInt(5) > 3, [10, 20][MyInt(1)], range(MyInt(3)))
class Fz(frozenset): pass
fz = Fz([1, 2])
print(sorted(fz), type(fz).__name__, hash(fz) == hash(frozenset([1, 2])), fz | {3})
class Ex(Exception):
    def __str__(self): return "custom str"
print(str(Ex("x")), repr(Ex("x")), Ex("a", "b").args)
class Ex2(ValueError): pass
try:
    raise Ex2("boom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
print({Point(1, 2): "p"}[Point(1, 2)], Point(1, 2) == Point(1, 2))
class Reg:
    registry = []
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Reg.registry.append(cls.__name__)
class R1(Reg, prefix="r1"): pass
class R2(R1): pass
print(Reg.registry, R1.prefix, R2.prefix)
try:
    class R3(Reg, bogus=1): pass
except TypeError as e:
    print(e)
class Cls:
    @classmethod
    def make(cls): return cls()
    @property
    def name(self): return type(self).__name__
class Cls2(Cls): pass
print(Cls2.make().name, Cls.make().name)
class WithCall:
    def __call__(self, *a, **k): return (a, k)
w = WithCall()
print(w(1, x=2), callable(w), callable(WithCall), callable(Cls()))
class Both:
    def __getattr__(self, n): return n.upper()
    @property
    def broken(self): raise AttributeError("inner")
print(Both().broken, Both().foo)
class Lenny:
    def __len__(self): return -1
try:
    len(Lenny())
except ValueError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
class Cmp2(Cmp):
    def __lt__(self, o):
        print("lt2", self.v, o.v)
        return self.v < o.v
print(Cmp(1) < Cmp2(2))
print(Cmp(1) < Cmp(2))
print(sorted([3, 1, 2], key=lambda x: Cmp(x)) if False else "skip")
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __getitem__(cls, k): return k * 2
class UsesMeta(metaclass=Meta): pass
print(UsesMeta, len(UsesMeta), list(UsesMeta), UsesMeta[4])
print(type.__dict__["mro"] is not None, object.__dict__["__init__"], int.__dict__["__add__"])
print(object.__init__, object.__new__ is object.__new__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(3).__name__, type(True).__mro__, bool.__base__, int.__subclasses__()[:1])
