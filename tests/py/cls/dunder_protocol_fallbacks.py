class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIt: pass
try:
    for x in NotIt(): pass
except TypeError as e:
    print(e)
try:
    len(NotIt())
except TypeError as e:
    print(e)
try:
    NotIt()()
except TypeError as e:
    print(e)
try:
    NotIt()[0]
except TypeError as e:
    print(e)
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e:
    print(e)
class R:
    def __repr__(self): return 5
try:
    repr(R())
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        pass
    def m(self): pass
print(Outer.Inner, Outer.Inner.__qualname__, Outer.m.__qualname__, Outer.__module__, Outer.Inner().__class__.__name__)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
class Doc:
    "doc here"
print(Doc.__doc__, Doc().__doc__)
class Mc(type):
    def __instancecheck__(cls, inst): return inst == 1
    def __subclasscheck__(cls, sub): return sub is int
class Any(metaclass=Mc): pass
print(isinstance(1, Any), isinstance(2, Any), issubclass(int, Any), issubclass(str, Any))
class Cnt:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __getitem__(self, k): return self.d[k]
    def __contains__(self, k): return k in self.d
c = Cnt(); c["a"] = 1; print("a" in c, c["a"]); del c["a"]; print("a" in c)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as cx:
    raise ValueError("x")
print("after")
class A:
    x = 1
del A.x
print(hasattr(A, "x"))
A.y = 2
A.__repr__ = lambda self: "A!"
print(A(), A.y)
class H:
    pass
H.__eq__ = lambda s, o: True
print(H() == 3)
class Sl1:
    __slots__ = ("a",)
class Sl2(Sl1):
    __slots__ = ("b",)
s = Sl2(); s.a = 1; s.b = 2; print(s.a, s.b)
class Sl3(Sl1):
    pass
s3 = Sl3(); s3.a = 5; s3.z = 6; print(s3.a, s3.z, vars(s3))
class DD:
    def __get__(self, o, t=None): return "get"
    def __delete__(self, o): print("delete called")
class HasDD:
    a = DD()
h = HasDD()
del h.a
try:
    h.a = 1
except AttributeError as e:
    print(e)
def f(self): return "bound"
class Z: pass
Z.m = f
print(Z().m(), Z.m is f, Z().m.__func__ is f)
z = Z(); print(z.m.__self__ is z, z.m == z.m)
print(type(Z.__dict__), Z.__dict__.get("m") is f, list(Z.__dict__.keys())[:2])
