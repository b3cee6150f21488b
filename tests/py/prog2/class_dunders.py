class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __abs__(self): return (self.x**2 + self.y**2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __iter__(self): yield self.x; yield self.y
    def __format__(self, spec): return f"<{format(self.x, spec)},{format(self.y, spec)}>"
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
v = Vec(1, 2)
print(v + Vec(3, 4), 3 * v, v * 3, sum([v, v, v]), abs(Vec(3, 4)), -v, bool(Vec(0, 0)), list(v), v[1], v[-1])
print(f"{Vec(1.234, 5.678):.1f}", round(Vec(1.26, 2.71), 1), {v: 1}[Vec(1, 2)], v == Vec(1, 2), v != Vec(1, 2))
try:
    v.z = 3
except AttributeError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    1 - v
except TypeError as e:
    print(e)
try:
    v < v
except TypeError as e:
    print(e)
x, *rest = v
print(x, rest)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
class A(Base, tag="a"): pass
class B(A, tag="b"): pass
print(Base.registry, A.tag, B.tag, Base[int], B["x"], B.__mro__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("q"), d, repr(d), type(d).__name__)
class Idx:
    def __index__(self): return 3
print([0,1,2,3,4][Idx()], "abcdef"[Idx():], bin(Idx()), hex(Idx()), range(Idx()), [1]*Idx())
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self): print("deleting"); del self._v
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(a, b=2): return a + b
p = P.make(); p.v = 5; print(p.v, P.helper(1), p.helper(1, 1)); del p.v
try: p.v = -1
except ValueError as e: print("VE", e)
try: print(p.v)
except AttributeError as e: print(e)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
T = type("T", (Base,), {"a": 1, "f": lambda self: self.a + 1})
print(T().f(), T.__name__, T.__bases__, T.tag, Base.registry)
class E:
    def __eq__(self, o): return True
print(E() == 1, E.__hash__, E() in [1], [1].count(E()))
try: hash(E())
except TypeError as e: print(e)
print(sorted(vars(P).keys() - {"__dict__", "__weakref__", "__module__", "__doc__"}))
class Q:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
    def m(self): pass
print(vars(Q()), [n for n in dir(Q()) if not n.startswith("__")], dir(Q) == sorted(dir(Q)))
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (int,)), isinstance([], (tuple, (dict, list))))
from collections.abc import Iterable, Mapping, Sequence, Hashable, Callable
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance("", Sequence), isinstance([], Hashable), isinstance(len, Callable), isinstance(v, Iterable))
