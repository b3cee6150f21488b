# dir() of classes and instances: sorted, with what object and the MRO give.
class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ()
class C(A):
    def __init__(self):
        self.inst = 1
    @property
    def p(self): return 2
    @classmethod
    def cm(cls): pass
print(dir(A))
print(dir(A()))
print(dir(B()))
print(dir(C()))
print(dir(C) == sorted(dir(C)), [n for n in dir(C()) if not n.startswith("__")])
print(sorted(set(dir(C())) - set(dir(A()))))
for t in [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, complex, bool, range, slice, object, type, property, staticmethod, classmethod, BaseException, Exception, ValueError, KeyError, OSError, StopIteration, SyntaxError]:
    print(t.__name__, [n for n in dir(t) if not n.startswith("_")])
print(sorted(vars(A)), sorted(vars(C())))
print(dir(1) == dir(int), dir("") == dir(str), "__class__" in dir(A), "__getstate__" in dir(object))
print(hasattr(str, "__and__"), hasattr(int, "__and__"), hasattr(list, "__radd__"), hasattr(float, "__invert__"), hasattr(bool, "__xor__"))
print(C().__getstate__(), A().__getstate__())
