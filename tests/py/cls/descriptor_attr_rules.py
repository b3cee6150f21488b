class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value * 2
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class C:
    d = Desc()
    n = NonData()
c = C()
print(c.d, C.d.name)
c.d = 5
print(c.d, c.__dict__)
print(c.n)
c.n = "shadow"
print(c.n)
class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @property
    def ro(self): return "ro"
p = P()
p.x = 10
print(p.x, P.x.__doc__, type(P.x).__name__)
for stmt in ["p.ro = 1", "del p.ro", "del p.x", "p.nope", "P.nope", "del p.zz"]:
    try:
        exec(stmt) if False else None
    except Exception as e:
        print(e)
try:
    p.ro = 1
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)
try:
    p.nope
except AttributeError as e:
    print(e)
try:
    P.nope
except AttributeError as e:
    print(e)
try:
    del p.zz
except AttributeError as e:
    print(e)
class Sub(P):
    @P.x.getter
    def x(self):
        return self._x + 100
s = Sub()
print(s.x)
s.x = 5
print(s.x)
class K:
    count = 0
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls
    @staticmethod
    def add(a, b):
        return a + b
print(K.make(2).count, K().make(3).count, K.add(1, 2), K().add(3, 4))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["add"]).__name__, K.__dict__["add"].__func__(1, 1))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a)
for f in [lambda: s.b, lambda: setattr(s, "c", 1), lambda: s.__dict__]:
    try:
        f()
    except AttributeError as e:
        print(e)
print(Slotted.a, hasattr(s, "__dict__"))
class G:
    def __getattr__(self, name):
        return "dyn_" + name
g = G()
g.real = 1
print(g.real, g.other)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
ga = GA()
ga.y = 3
print(ga.magic, ga.y)
try:
    ga.nope
except AttributeError as e:
    print(e)
class Base:
    def greet(self): return "base"
class Mid1(Base):
    def greet(self): return "m1>" + super().greet()
class Mid2(Base):
    def greet(self): return "m2>" + super().greet()
class Leaf(Mid1, Mid2):
    def greet(self): return "leaf>" + super().greet()
print(Leaf().greet(), super(Mid1, Leaf()).greet())
print(vars(Leaf)["greet"].__qualname__, "greet" in dir(Leaf()), C.__dict__["d"].__class__.__name__)
print(NotImplemented, type(NotImplemented).__name__)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, V): return V(self.v + o.v)
        return NotImplemented
    def __radd__(self, o): return V(self.v + o)
    def __iadd__(self, o):
        self.v += 100
        return self
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __neg__(self): return V(-self.v)
    def __abs__(self): return V(abs(self.v))
    def __repr__(self): return f"V({self.v})"
    def __index__(self): return self.v
    def __len__(self): return 3
print(V(1) + V(2), 5 + V(1), sorted([V(3), V(1)]), V(2) > V(1), V(1) != V(1), -V(3), abs(V(-4)))
x = V(1); x += 1; print(x)
try:
    V(1) + "s"
except TypeError as e:
    print(e)
print(bool(V(0)), len(V(0)))
class W(V):
    def __radd__(self, o): return "W radd"
print(V(1) + W(2))
