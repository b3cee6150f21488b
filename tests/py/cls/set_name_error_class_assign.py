class D:
    def __set_name__(self, o, n): raise ValueError("boom")
try:
    class C:
        x = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class A:
    pass
class B:
    pass
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = B
except TypeError as e:
    print(e)
print(super(A, a) if False else "ok")
class S:
    def m(self): return super().__repr__()[:8]
    @classmethod
    def c(cls): return super().__name__ if False else super().__init_subclass__()
print(S().m(), S.c())
print(repr(super(S, S())).startswith("<super: <class 'S'>, <S object>>"))
