class cached(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.fget(obj)
        obj.__dict__[self.fget.__name__] = v
        return v
class C:
    calls = 0
    @cached
    def val(self):
        C.calls += 1
        return 42
c = C()
print(c.val, c.val, C.calls, type(C.__dict__["val"]).__name__, isinstance(C.__dict__["val"], property))
class myprop(property):
    pass
class D:
    @myprop
    def x(self): return 1
    @x.setter
    def x(self, v): print("set", v)
d = D(); d.x = 5; print(d.x, type(D.__dict__["x"]).__name__)
class cm(classmethod): pass
class E:
    @cm
    def f(cls): return cls.__name__
print(E.f(), E().f())
