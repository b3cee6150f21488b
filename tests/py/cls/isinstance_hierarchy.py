class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)))
print(issubclass(bool, int), isinstance(True, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
