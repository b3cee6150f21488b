# Instance attributes kept inline (names shared per class) must behave as
# a dict would: order, deletion, many names, class changes, introspection.
import copy
import gc
import pickle
import weakref
from dataclasses import dataclass


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p, q = P(1, 2), P(3, 4)
q.c = 5
print(p.a, p.b, q.c, vars(q), p.__dict__)

# Another order of the same names.
r = P.__new__(P)
r.b = 1
r.a = 2
print(vars(r), r.a, r.b)

# Deleting and adding again moves the name to the end.
s = P(1, 2)
del s.a
s.a = 7
print(s.__dict__, list(vars(s)))
t = P(1, 2)
del t.b
print(t.__dict__)
t.b = 3
print(t.__dict__)
try:
    del t.zz
except AttributeError as e:
    print("del:", e)
try:
    t.zzz
except AttributeError as e:
    print("get:", e)
try:
    p.aa
except AttributeError as e:
    print("suggest:", e.name, e.obj is p)

# More names than a class shares.
u = P(0, 0)
for i in range(40):
    setattr(u, f"k{i}", i)
print(len(vars(u)), u.k0, u.k39, list(vars(u))[:4])
v = P(5, 6)
v.extra = 1
print(vars(v))

# Odd names still work.
setattr(p, "not an identifier", 1)
print(getattr(p, "not an identifier"), list(vars(p)))

# The dict, once asked for, is the instance's from then on.
w = P(1, 2)
d = w.__dict__
d["z"] = 9
w.y = 8
print(w.z, d, w.__dict__ is d)
del d["a"]
print(hasattr(w, "a"), vars(w))

# Class assignment keeps the attributes.
class Q(P):
    pass


x = P(1, 2)
x.__class__ = Q
x.c = 3
print(type(x).__name__, vars(x), x.a)

# Loops over many instances (the attribute cache) stay right.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


pts = [Pt(i, i + 1) for i in range(50)]
pts[10].__dict__
del pts[20].x
pts[20].x = 100
total = 0
for pt in pts:
    total += pt.norm()
    pt.x = pt.x + 1
print(total, pts[20].x, list(vars(pts[20])), pts[49].x)

# Class attributes, shadowing, descriptors.
class C:
    k = 10

    @property
    def prop(self):
        return self.k * 2

    def m(self):
        return "method"


c = C()
print(c.k, c.prop)
c.k = 3
print(c.k, c.prop, C.k)
c.m = lambda: "shadow"
print(c.m(), list(vars(c)))
del c.m
print(c.m())

# __getattr__ and __slots__ with a dict.
class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
g.a = 1
print(g.a, g.b)


class S:
    __slots__ = ("s", "__dict__")


o = S()
o.s = 1
o.t = 2
print(o.s, o.t, vars(o))

# The collector sees the values; weak references; copy and pickle.
n = P([], {})
print(len(gc.get_referents(n)), type(gc.get_referents(n)[0]).__name__)
n.__dict__
print([type(r).__name__ for r in gc.get_referents(n)])
ring = [P(None, i) for i in range(5)]
for i, node in enumerate(ring):
    node.a = ring[(i + 1) % 5]
ref = weakref.ref(ring[0])
del ring, node
gc.collect()
print(ref())
m = P(1, [2])
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
print(vars(m2), m2.b is m.b, vars(m3), m3.b is m.b)
m4 = pickle.loads(pickle.dumps(P(1, "x")))
print(type(m4).__name__, vars(m4))


@dataclass
class D:
    x: int
    y: str = "y"


dd = D(1)
dd.z = 3
print(dd, vars(dd), dd == D(1))
print([k for k in dir(p) if not k.startswith("__")])

# Assigning and deleting __dict__.
class A:
    def __init__(self):
        self.x = 1


a = A()
a.__dict__ = {"y": 2}
print(a.y, hasattr(a, "x"), vars(a))
nd = {"z": 3}
a.__dict__ = nd
a.w = 4
print(nd, a.__dict__ is nd)
for bad in (1, None):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print(e)
del a.__dict__
print(vars(a))
a.x = 5
print(vars(a), A().x)


class SlotsOnly:
    __slots__ = ("q",)


try:
    SlotsOnly().__dict__ = {}
except AttributeError as e:
    print(e)
