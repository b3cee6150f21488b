# Types of builtin methods, unbound super, object.__new__ safety,
# builtin subclass lists and builtin docstrings.
import builtins

print("-- descriptor types")
for v in [str.upper, str.join, list.append, dict.get, int.bit_length,
          object.__format__, object.__reduce_ex__, str.__format__,
          [].append, "x".upper, len, print, object.__init__, str.__add__]:
    print(type(v).__name__)
print(str.upper("abc"), list(map(str.strip, [" a ", "b "])))
print(str.upper, list.append)

print("-- super with one argument")
class A:
    def f(self): return "A.f"
    @classmethod
    def g(cls): return "A.g " + cls.__name__
class B(A):
    def f(self): return "B>" + super().f()
s = super(B)
print(s, s.__thisclass__, s.__self__, s.__self_class__)
try:
    s.f
except AttributeError as e:
    print("AttributeError", e)
print(super(B).__get__(B()).f())
print(super(B, B()).__thisclass__, super(B, B()).__self_class__, super(B, B).__self_class__)
print(super(B, B).g(), B().f())
print(repr(super(B, B()))[:33], repr(super(B, B)))
for args in [(1,), (B, 1), (B, 1, 2), ()]:
    try:
        super(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

print("-- object.__new__")
class M(int): pass
class N(int):
    def __new__(cls, v=0): return int.__new__(cls, v)
class O(N): pass
class P: pass
class Q(P): pass
for cls in [int, M, N, O, ValueError, dict, Q, P]:
    try:
        r = object.__new__(cls)
        print("ok", type(r).__name__)
    except TypeError as e:
        print(e)

print("-- __subclasses__ of builtin types")
for t in [BaseException, Exception, ArithmeticError, LookupError, OSError,
          ConnectionError, ValueError, UnicodeError, Warning, SyntaxError,
          int, bool, ImportError, RuntimeError, NameError]:
    subs = [c.__name__ for c in t.__subclasses__() if getattr(builtins, c.__name__, None) is c]
    print(t.__name__, subs)
print(ExceptionGroup.__bases__)

print("-- docstrings")
for f in [len, print, abs, isinstance, repr, sorted, iter, next, getattr, divmod]:
    print(f.__name__, repr(f.__doc__))
for t in [int, str, list, dict, object, type, bool, range, ValueError, Exception]:
    print(t.__name__, repr(t.__doc__))
class C(int): pass
class D:
    "my doc"
def len(x):
    return 0
print(C.__doc__, D.__doc__, len.__doc__, builtins.len.__doc__[:20])
