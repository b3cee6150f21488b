class A:
    def __getattr__(self, n): raise AttributeError(n)
    def method(self): pass
try: A().methd
except AttributeError as e: print(e.name, e.obj is not None)
class B:
    def __getattribute__(self, n):
        if n == "x": raise AttributeError("custom")
        return object.__getattribute__(self, n)
    def xx(self): pass
try: B().x
except AttributeError as e: print(e.name, type(e.obj).__name__)
class C:
    def __getattr__(self, n): raise AttributeError(name="q", obj=None)
try: C().zz
except AttributeError as e: print(e.name, e.obj)
A().methd
