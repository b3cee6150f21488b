class C:
    "Docstring of C."
    a = 1
    def f(self):
        pass
print(C.__doc__, sorted(k for k in C.__dict__ if not k.startswith("__")), "__module__" in C.__dict__)
print(type(C.__dict__).__name__, C.__dict__["a"])
try:
    C.__dict__["b"] = 2
except TypeError as e:
    print(e)
C.b = 2
print(C.b, C().b, C.f.__qualname__)
class D:
    pass
print(D.__doc__, D.__base__, object.__bases__, D.__subclasses__())
