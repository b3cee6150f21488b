# Attribute, method and global lookups stay right when classes, instances,
# globals and builtins change after code has already run (lookup caches).
import builtins


class Base:
    kind = "base"

    def greet(self):
        return "base greet"

    def size(self):
        return 1


class Mid(Base):
    pass


class Leaf(Mid):
    def size(self):
        return 3


def calls(o):
    return o.greet(), o.size(), o.kind


objs = [Base(), Mid(), Leaf()]
for _ in range(3):
    print([calls(o) for o in objs])

# A method assigned on the base after calls reaches every subclass.
Base.greet = lambda self: "new base greet"
print([calls(o) for o in objs])

# A method assigned on a middle class shadows the base's for it and below.
Mid.greet = lambda self: "mid greet"
print([calls(o) for o in objs])

# Deleting it brings the base's back.
del Mid.greet
print([calls(o) for o in objs])

# Class attributes: rebinding and deleting an override.
Leaf.kind = "leaf"
print([o.kind for o in objs])
del Leaf.kind
print([o.kind for o in objs])
Base.kind = "changed"
print([o.kind for o in objs])
try:
    del Leaf.kind
except AttributeError as e:
    print("AttributeError", e)

# Instance dicts shadow non-data class attributes, methods included.
leaf = Leaf()
print(leaf.size())
leaf.size = lambda: "instance size"
print(leaf.size())
del leaf.size
print(leaf.size())
leaf.kind = "mine"
print(leaf.kind, Leaf().kind)


# A data descriptor added to the class after the fact wins over the instance.
class Point:
    def __init__(self):
        self.x = 1


p = Point()
for _ in range(3):
    print(p.x)
Point.x = property(lambda self: "property x")
print(p.x)
del Point.x
print(p.x)


# __class__ assignment switches lookups to the new class.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
for _ in range(2):
    print(a.who())
a.__class__ = B
print(a.who())
a.__class__ = A
print(a.who())

# __getattr__ and __getattribute__ added after instances were used.
class Late:
    pass


late = Late()
for _ in range(2):
    try:
        late.missing
    except AttributeError as e:
        print("AttributeError", e)
Late.__getattr__ = lambda self, name: "fallback " + name
print(late.missing)
Late.__getattribute__ = lambda self, name: "always " + name
print(late.missing, late.__class__)
del Late.__getattribute__
del Late.__getattr__
try:
    late.missing
except AttributeError as e:
    print("AttributeError", e)

# Globals rebound after a function ran, and deleted.
counter = 10


def read_counter():
    return counter


print(read_counter(), read_counter())
counter = 20
print(read_counter())
globals()["counter"] = 30
print(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print("NameError", e)
counter = 40
print(read_counter())


# A global shadowing a builtin, then removed again.
def use_len(x):
    return len(x)


print(use_len("abc"))
len = lambda x: "my len"
print(use_len("abc"))
del len
print(use_len("abc"))

# Builtins rebound through the builtins module.
saved = builtins.len
builtins.len = lambda x: "builtin replaced"
print(use_len("abc"))
builtins.len = saved
print(use_len("abc"))


def use_abs(x):
    return abs(x)


print(use_abs(-5))
del builtins.abs
try:
    use_abs(-5)
except NameError as e:
    print("NameError", e)
builtins.abs = lambda x: "restored"
print(use_abs(-5))


# The same code run with other globals (exec) sees its own names.
code = compile("def f():\n    return value\n", "<cache>", "exec")
ns1 = {"value": "one"}
ns2 = {"value": "two"}
exec(code, ns1)
exec(code, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"]())
ns1["value"] = "uno"
print(ns1["f"](), ns2["f"]())


# Methods on a class made by type() and changed through setattr.
T = type("T", (Base,), {"extra": lambda self: "extra"})
t = T()
print(t.extra(), t.greet())
setattr(T, "extra", lambda self: "extra 2")
print(t.extra())
setattr(Base, "greet", lambda self: "greet via setattr")
print(t.greet(), objs[1].greet())


# Class attributes counted from methods, a common pattern.
class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1
        self.n = Counted.made


cs = [Counted() for _ in range(5)]
print([c.n for c in cs], Counted.made)

# Class-level attribute reads through the class object.
class Config:
    level = 1


def level():
    return Config.level


print(level())
Config.level = 2
print(level())


class SubConfig(Config):
    pass


print(SubConfig.level)
Config.level = 3
print(SubConfig.level)
SubConfig.level = 4
print(SubConfig.level, Config.level)

# Small ints and other values as class attributes.
class Nums:
    a = 5
    b = -7
    c = None
    d = 2 ** 70


for _ in range(2):
    print(Nums.a, Nums.b, Nums.c, Nums.d, Nums().a, Nums().d)
Nums.a = 6
print(Nums().a)


# Instances of one class with attributes made in different orders share
# the code's cache entries.
class Bag:
    pass


def fill(b, names):
    for n in names:
        setattr(b, n, n.upper())
    return b


def read_xy(b):
    return b.x, b.y


bags = [fill(Bag(), "xy"), fill(Bag(), "yx"), fill(Bag(), "zyx"), fill(Bag(), "xyz")]
for _ in range(2):
    print([read_xy(b) for b in bags])


def bump(b):
    b.x = b.x + "!"


for b in bags:
    bump(b)
    bump(b)
print([read_xy(b) for b in bags])
del bags[0].x
try:
    read_xy(bags[0])
except AttributeError as e:
    print("AttributeError", e)
bags[0].x = "back"
print(read_xy(bags[0]))


# __setattr__ added to the class after stores were cached.
class Guarded:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v


g = Guarded()
for i in range(3):
    g.set(i)
print(g.v)
Guarded.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
g.set(5)
print(g.v)
del Guarded.__setattr__
g.set(6)
print(g.v)


# A property added after instance stores: stores go through its setter.
class Temp:
    def __init__(self):
        self.c = 0

    def put(self, c):
        self.c = c

    def get(self):
        return self.c


t = Temp()
for i in range(3):
    t.put(i)
print(t.get())


def _get(self):
    return "prop " + str(self.__dict__["c"])


def _set(self, value):
    self.__dict__["c"] = value + 100


Temp.c = property(_get, _set)
t.put(1)
print(t.get(), t.__dict__)
del Temp.c
print(t.get())


# A descriptor class that gains __set__ later.
class Desc:
    def __get__(self, obj, owner=None):
        return "from descriptor"


class Holder:
    d = Desc()


h = Holder()
h.__dict__["d"] = "from instance"


def read_d(o):
    return o.d


for _ in range(2):
    print(read_d(h))
Desc.__set__ = lambda self, obj, value: None
print(read_d(h))
del Desc.__set__
print(read_d(h))


# Methods through LOAD_METHOD: per class, shadowed by the instance, replaced.
class Greeter:
    def hello(self):
        return "hello"


class Loud(Greeter):
    def hello(self):
        return "HELLO"


def say(o):
    return o.hello()


people = [Greeter(), Loud(), Greeter()]
for _ in range(2):
    print([say(p) for p in people])
people[2].hello = lambda: "own hello"
print([say(p) for p in people])
Greeter.hello = lambda self: "new hello"
print([say(p) for p in people])
del Loud.hello
print([say(p) for p in people])


# __slots__ classes and classes with __getattr__ still behave.
class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


def read_a(o):
    return o.a


s = Slotted()
for _ in range(2):
    print(read_a(s))
s.a = 2
print(read_a(s))
del s.a
try:
    read_a(s)
except AttributeError as e:
    print("AttributeError", e)


class Dyn:
    def __getattr__(self, name):
        return "dyn " + name


dy = Dyn()
dy.a = "real"
for _ in range(2):
    print(read_a(dy))
del dy.a
print(read_a(dy))


# Module attributes and list methods read through the same instructions.
import math


def mod_pi(m):
    return m.pi


print(mod_pi(math), mod_pi(math))
math.pi = 3
print(mod_pi(math))


def push(lst, x):
    lst.append(x)
    return lst


print(push([], 1), push([0], 2))


# Module-level names (LOAD_NAME) read in a loop while they change.
seen = []
for step in range(6):
    seen.append(limit if step > 0 else None) if step > 0 else None
    limit = step * 2
    if step == 3:
        del limit
        limit = "three"
print(seen)
for step in range(3):
    seen.append(abs(-step))
    if step == 1:
        abs = lambda x: "module abs"
del abs
print(seen, abs(-9))
exec("for k in range(3):\n    out.append(str(k) + suffix)\n    suffix = suffix + '!'", {"out": seen, "suffix": "s"})
print(seen[-3:])
ns = {"x": 1}
exec("r = []\nfor _ in range(3):\n    r.append(x)\n    x = x + 1", ns)
print(ns["r"], ns["x"])


class Body:
    v = 1
    got = []
    for _ in range(3):
        got.append(v)
        v = v + 1


print(Body.got, Body.v)


# Class-level constants read through instances.
class Limits:
    top = 10
    name = "limits"

    def read(self):
        return self.top, self.name


lim = Limits()
for _ in range(3):
    print(lim.read())
lim.top = 99
print(lim.read(), Limits().read())
del lim.top
print(lim.read())
Limits.top = 11
print(lim.read())
Limits.top = property(lambda self: "top property")
print(lim.read())
Limits.top = lambda self: "top method"
print(lim.read()[0]())
del Limits.top
try:
    lim.read()
except AttributeError as e:
    print("AttributeError", e)
Limits.top = None
print(lim.read())
