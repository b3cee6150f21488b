# Attribute lookups stay right when classes change after they were used.

class Base:
    x = 1
    def m(self):
        return "Base.m"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

o = Leaf()
for _ in range(3):
    print(o.x, o.m(), Leaf.x)

Base.x = 2
print(o.x, Leaf.x)
Mid.x = 3
print(o.x, Leaf.x)
del Mid.x
print(o.x, Leaf.x)
Base.m = lambda self: "new Base.m"
print(o.m())
Leaf.m = lambda self: "Leaf.m"
print(o.m())
del Leaf.m
print(o.m())
o.m = lambda: "instance m"
print(o.m())
del o.m
print(o.m())
del Base.x
try:
    o.x
except AttributeError as e:
    print("AttributeError:", e)
setattr(Mid, "x", 10)
print(o.x)

# Hooks added after instances were used.
class P:
    def __init__(self):
        self.a = 1

p = P()
for _ in range(3):
    p.a = p.a + 1
print(p.a)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
P.__getattr__ = lambda self, name: "getattr:" + name
print(p.missing, p.a)
P.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 100)
p.a = 5
print(p.a)
del P.__setattr__
p.a = 5
print(p.a)
P.__getattribute__ = lambda self, name: "ga:" + name
print(p.a, p.zzz)
del P.__getattribute__
del P.__getattr__
print(p.a)

# Descriptors that appear later win over the instance dict.
class D:
    pass

d = D()
d.v = "inst"
print(d.v)
D.v = property(lambda self: "prop")
print(d.v)
del D.v
print(d.v)

# Many classes made and dropped: addresses are reused.
results = []
for i in range(200):
    C = type("C%d" % i, (object,), {"k": i, "f": (lambda j: lambda self: j)(i)})
    c = C()
    results.append(c.k + c.f())
    del C, c
print(sum(results))

# Class attributes on types themselves.
class M(type):
    tag = "meta"
class K(metaclass=M):
    pass
print(K.tag)
K.tag = "own"
print(K.tag)
del K.tag
print(K.tag)
M.tag = "meta2"
print(K.tag)
