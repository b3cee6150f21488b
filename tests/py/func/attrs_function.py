def f(a: int, b: "str" = "x") -> bool:
    "doc string"
    return True
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_varnames)
f.extra = 5
print(f.extra, f.__dict__)
class C:
    def m(self):
        def inner():
            pass
        return inner
print(C.m.__qualname__, C().m().__qualname__)
print(f.__module__)
