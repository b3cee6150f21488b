import sys
print(repr(object) , repr(type), type(type), type(object()).__name__, object.__name__, int.__mro__, bool.__mro__)
print(type({}.keys()).__name__, type(iter({})).__name__, type(reversed([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__, type(range(1).__iter__()).__name__)
class A:
    """Doc of A."""
    def m(self):
        "method doc"
print(A.__doc__, A.m.__doc__, A.__qualname__, A.m.__qualname__, A.__module__, A.m.__name__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__qualname__, outer().__module__)
print(repr(A.m)[:18], str(A)[:15], repr(A()).startswith("<__main__.A object at 0x"))
print(isinstance(A, type), type(A) is type, A.__class__, A().__class__.__name__, A.__bases__, object.__bases__, A.__dict__["__doc__"])
print(hasattr(A, "m"), getattr(A, "zz", 5), callable(A), callable(A()), callable(len))
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<class {cls.__name__} via M>"
class W(metaclass=M):
    def __init__(self, v): self.v = v
w = W(3); print(W.added, w.v, W, type(W), isinstance(W, M))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, x): self.x = x
s1 = Singleton(1); s2 = Singleton(2); print(s1 is s2, s1.x)
class Base:
    def hello(self): return "base"
class L(Base):
    def hello(self): return "L+" + super().hello()
class R(Base):
    def hello(self): return "R+" + super().hello()
class D(L, R):
    def hello(self): return "D+" + super().hello()
print(D().hello(), [c.__name__ for c in D.__mro__], D.mro() == list(D.__mro__))
try:
    class Bad(L, D): pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, inst, owner):
        if inst is None: return self
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, v): setattr(inst, self.name, v * 2)
class HasD:
    d = Desc()
h = HasD(); print(h.d); h.d = 5; print(h.d, type(HasD.d).__name__, h.__dict__)
class GA:
    def __getattr__(self, n): return f"dyn_{n}"
    def __setattr__(self, n, v): super().__setattr__(n, str(v))
    def __delattr__(self, n): print("del", n)
g = GA(); g.x = 5; print(g.x, g.y, vars(g)); del g.x
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(4))
class Cont:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
c = Cont(); c["a"] = 1; c[(1, 2)] = "s"; print(c.d, "a" in c, len(c), bool(c)); del c["a"]; print(c.d)
try: c["zz"]
except KeyError as e: print(repr(e))
class Call:
    def __call__(self, *a): return sum(a)
print(Call()(1, 2, 3))
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __str__(self): return f"Num({self.v})"
    def __lt__(self, o): return NotImplemented
n = Num(1); n += 2; print(n, int(n), float(n), complex(n), str(n), f"{n}", "%s" % n)
try: n < n
except TypeError as e: print(e)
try: n < 5
except TypeError as e: print(e)
print(sys.getrecursionlimit(), isinstance(sys.stdout.write, object))
