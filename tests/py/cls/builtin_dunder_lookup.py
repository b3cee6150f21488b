# Descriptor dunders visible to Python, mixin slot order, __mro_entries__,
# mappingproxy, tuple() of a subclass, iterator length hints.
import types, operator
cm = classmethod(lambda c: c.__name__)
sm = staticmethod(lambda: 7)
p = property(lambda s: 1)
for o in (cm, sm, p):
    print(type(o).__name__, hasattr(o, '__get__'), hasattr(o, '__set__'), hasattr(o, '__delete__'))
print(cm.__get__(None, int)(), cm.__get__(3)(), sm.__get__(None, int)())
class Q:
    x = property(lambda s: s._x, lambda s, v: setattr(s, '_x', v), lambda s: print("deleted"))
q = Q()
Q.__dict__['x'].__set__(q, 4)
print(Q.__dict__['x'].__get__(q, Q))
Q.__dict__['x'].__delete__(q)
class E:
    def __hash__(self): return 99
    def __eq__(self, o): return False
    def __repr__(self): return "E!"
class I(int, E): pass
print(hash(I(3)), I(3) == 3, {3: 'y'}.get(I(3)), repr(I(3)))
class M(type):
    def __new__(mcls, name, bases, ns):
        print("M.__new__", name, [b.__name__ for b in bases], ns.get('__orig_bases__') is not None)
        return type.__new__(mcls, name, bases, ns)
B = type.__new__(M, 'B', (), {})
def F(): pass
F.__mro_entries__ = lambda bases: (B,)
class P(F):
    pass
print(type(P).__name__, P.__orig_bases__ == (F,), P.__bases__)
m = types.MappingProxyType({'a': 1})
print(m['a'], len(m), list(m), m.get('a'), 'a' in m, dict(m), m)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
class T(tuple): pass
t = T((1, 2))
print(type(tuple(t)).__name__, tuple(t) == t, tuple(t) is t)
tt = (1, 2)
print(tuple(tt) is tt)
it = iter("héllo"); next(it)
print(operator.length_hint(it), operator.length_hint(iter(range(10**6))), operator.length_hint(iter([1, 2, 3])), iter((1, 2)).__length_hint__())
mp = map(int, ["1", "x", "3"])
print(next(mp))
try:
    next(mp)
except ValueError as e:
    print(e)
print(next(mp))
class Meta(type):
    def __instancecheck__(cls, x): return x == 1
class Alias:
    def __instancecheck__(self, x): return x == 2
    def __subclasscheck__(self, c): return c is bool
print(isinstance(2, Alias()), isinstance(3, Alias()), issubclass(bool, Alias()), isinstance(2, (str, Alias())))
