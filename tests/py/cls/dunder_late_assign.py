# Dunders assigned, replaced or deleted after the class statement (and on
# bases) take effect at once: the slot lookups must not keep stale answers.


class Base:
    pass


class C(Base):
    def __init__(self, x):
        self.x = x


a, b = C(1), C(1)
print("eq before", a == b)
Base.__eq__ = lambda self, other: self.x == other.x
print("eq after base", a == b)
C.__eq__ = lambda self, other: "own"
print("eq own", a == b)
del C.__eq__
print("eq back to base", a == b)
del Base.__eq__
print("eq identity", a == b, a == a)

print("len missing", hasattr(a, "__len__"))
try:
    len(a)
except TypeError as e:
    print("TypeError", e)
Base.__len__ = lambda self: 7
print("len", len(a))
C.__len__ = lambda self: 3
print("len own", len(a))
del C.__len__, Base.__len__

C.__hash__ = None
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
C.__hash__ = lambda self: 42
print("hash", hash(a))


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


C.__new__ = new
c = C(5)
print("made", c.x)
del C.__new__
print("new gone", "__new__" in C.__dict__)


class D:
    pass


try:
    D(1)
except TypeError as e:
    print("TypeError", e)
D.__init__ = lambda self, v: setattr(self, "v", v)
print("D", D(2).v)
del D.__init__
try:
    D(3)
except TypeError as e:
    print("TypeError", e)

D.__lt__ = lambda self, other: True
print("lt", D() < D(), D() > D())
D.__repr__ = lambda self: "<D!>"
print(repr(D()), str(D()))
D.__getitem__ = lambda self, k: k * 2
print("getitem", D()[21])
D.__call__ = lambda self, *a: ("called", a)
print(D()(1, 2))
D.__bool__ = lambda self: False
print("bool", bool(D()))

# Leaf comparisons many times, and nested containers still guarded.
n = 0
for i in range(2000):
    if i < 1000 and 1.5 < i and "a" < "b" and i == i:
        n += 1
print("count", n)
deep = []
cur = deep
for _ in range(5000):
    cur.append([])
    cur = cur[0]
try:
    deep == deep[0]
    print("no error")
except RecursionError as e:
    print("RecursionError", e)
