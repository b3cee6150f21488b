class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
        del self._x
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

class Child(Base):
    @property
    def y(self):
        return self.x * 10
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)

class RO:
    @property
    def v(self):
        return 5
    __slots__ = ("a",)

c = Child()
print(c.x, c.y, c.dyn_hello, c.secret)
c.x = 7
print(c.x, c.y)
try:
    c.x = -1
except ValueError as e:
    print("VE", e)
del c.x
try:
    print(c.x)
except AttributeError as e:
    print("AE", e)
try:
    c.missing
except AttributeError as e:
    print("AE", e)
r = RO()
for action in ["r.v = 3", "del r.v", "r.b = 1", "r.a", "del r.a"]:
    try:
        exec(action)
        print("ok", action)
    except AttributeError as e:
        print(action, "->", e)
r.a = 9
print(r.a, hasattr(r, "__dict__"))
print(type(Base.x).__name__, Base.x.fget.__name__, Base.x.__isabstractmethod__)
p = property(lambda self: 1, doc="docstring")
print(p.__doc__, property().__doc__, property(fget=len).__doc__ is not None)

class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name == "boom":
            raise KeyError(name)
        setattr(self, name, name * 2)
        return name * 2
l = Lazy()
print(l.ab, l.ab, l.calls)
try:
    l.boom
except KeyError as e:
    print("KeyError", e)
print(getattr(l, "zz", None), getattr(l, "nope", "dflt"), l.calls)
print(hasattr(l, "boom") if False else "skip")

class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
    @property
    def kind(cls):
        return cls.__name__.lower()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.anything, WithMeta.kind)
try:
    WithMeta().anything
except AttributeError as e:
    print("AE", e)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class UsesDesc:
    d = Desc()
u = UsesDesc()
print(u.d)
u.d = 4
print(u.d, u.__dict__, type(UsesDesc.d).__name__)
u.__dict__["d"] = "shadow"
print(u.d)
print(vars(u))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
