print(type.__dict__['__prepare__'], type.__prepare__('X', ()))
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name)
        return {}
class A(metaclass=M): pass
class B(A): x = 1
print(B.x, type(B))
l = [1]
l += 'ab'
print(l)
class R:
    def __radd__(self, o): return 'radd'
l = [1]
l += R()
print(l)
try:
    l = [1]; l += 5
except TypeError as e: print(e)
print(int.__divmod__(7, 2), (5).__abs__(), float.__trunc__(2.5), (-5).__abs__(), (7.5).__divmod__(2), (7).__rdivmod__(30), int.__divmod__(7, 2.0))
print(float.__getformat__('double'), (1.5).__getnewargs__(), 'ab'.__getnewargs__(), (1,2).__getnewargs__(), (1+2j).__getnewargs__(), True.__getnewargs__())
print(list(reversed([1,2,3])), list([1,2,3].__reversed__()), list({1:2,3:4}.__reversed__()), (1,2).__contains__(2))
print(type(int.__dict__['from_bytes']), int.from_bytes(b'\x01\x00', 'big'), bytes.fromhex('41 42'), float.fromhex('0x1p3'))
# Every dunder python3 lists for the core builtin types exists in moult.
cases = {
    int: 5, float: 2.5, str: 'ab', list: [1, 2], dict: {1: 2}, tuple: (1, 2),
    set: {1}, frozenset: frozenset({1}), bytes: b'ab', bool: True, complex: 1j,
    range: range(3), slice: slice(1, 2),
}
for t, x in cases.items():
    names = [n for n in dir(t) if n.startswith('__')]
    missing = [n for n in names if not hasattr(x, n)]
    print(t.__name__, len(names), missing)
print(sorted(n for n in dir(int) if not n.startswith('_')))
print(sorted(n for n in dir(str) if not n.startswith('_')))
print(sorted(n for n in dir(list) if not n.startswith('_')))
print(sorted(n for n in dir(dict) if not n.startswith('_')))
# Unary and binary dunders called directly.
print(int.__neg__(5), int.__pos__(-5), int.__invert__(5), int.__add__(2, 3), int.__radd__(2, 3))
print(int.__sub__(2, 3.0), int.__mul__(2, 'a'), int.__truediv__(7, 2), int.__floordiv__(7, 2))
print(int.__mod__(-7, 3), int.__pow__(2, 10), int.__pow__(2, 10, 7), int.__lshift__(1, 5), int.__rshift__(64, 2))
print(int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__bool__(0), int.__index__(7))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__ne__(1, 'a'), int.__hash__(-1), int.__int__(True), int.__float__(3))
print(int.__round__(1234, -2), int.__trunc__(5), int.__floor__(5), int.__ceil__(5), int.__format__(42, '05d'))
print(int.__repr__(7), int.__str__(7), int.__sizeof__(0) > 0, (7).__getnewargs__(), int.__abs__(True))
print(float.__neg__(2.5), float.__abs__(-2.5), float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.5, 'x'))
print(float.__mul__(1.5, 2), float.__truediv__(3.0, 2), float.__floordiv__(7.5, 2), float.__mod__(-7.5, 2), float.__pow__(2.0, 0.5))
print(float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7), float.__trunc__(-2.5), float.__floor__(-2.5), float.__ceil__(-2.5))
print(float.__round__(2.675, 2), float.__round__(2.5), float.__int__(3.9), float.__float__(3.5), float.__bool__(0.0))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 'a'), float.__hash__(1.5), float.__repr__(0.1), float.__format__(3.14159, '.2f'))
print(str.__add__('a', 'b'), str.__mul__('ab', 3), str.__rmul__('ab', 2), str.__mod__('%d-%s', (1, 'x')), str.__rmod__('x', 5))
print(str.__len__('abc'), str.__contains__('abc', 'b'), str.__getitem__('abc', 1), str.__getitem__('abcdef', slice(1, 5, 2)))
print(str.__eq__('a', 'a'), str.__lt__('a', 'b'), str.__ge__('a', 1), str.__format__('ab', '>5'), str.__hash__('') == hash(''))
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__rmul__([1], 2), list.__len__([1, 2]), list.__contains__([1], 1))
l = [3, 1, 2]
list.__iadd__(l, (4,)); list.__imul__(l, 2); list.__setitem__(l, 0, 9); list.__delitem__(l, -1)
print(l, list.__getitem__(l, slice(None, None, -1)), list.__eq__(l, l), list.__lt__([1], [2]), list.__reversed__(l).__class__.__name__)
try:
    list.__iadd__([], 5)
except TypeError as e:
    print(e)
d = {'a': 1}
dict.__setitem__(d, 'b', 2); dict.__delitem__(d, 'a')
print(d, dict.__getitem__(d, 'b'), dict.__len__(d), dict.__contains__(d, 'b'), dict.__or__(d, {'c': 3}), dict.__ror__(d, {'c': 3}))
d2 = dict(d); dict.__ior__(d2, {'z': 0}); print(d2, list(dict.__iter__(d2)), list(dict.__reversed__(d2)))
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 2), tuple.__getitem__((1, 2, 3), -1), tuple.__contains__((1, 2), 3), tuple.__hash__(()) == hash(()))
print(set.__or__({1}, {2}), set.__and__({1, 2}, {2}), set.__sub__({1, 2}, {2}), set.__xor__({1, 2}, {2, 3}), set.__le__({1}, {1, 2}))
print(frozenset.__or__(frozenset({1}), {2}), complex.__abs__(3+4j), complex.__neg__(1j), complex.__complex__(1j), complex.__add__(1j, 1))
print(bytes.__add__(b'a', b'b'), bytes.__mul__(b'ab', 2), bytes.__getitem__(b'ab', 0), bytes.__len__(b'abc'), bytes.__contains__(b'abc', 98), bytes.__mod__(b'%d', 5))
print(bool.__and__(True, False), bool.__or__(True, 0), bool.__xor__(True, True), bool.__repr__(False), bool.__invert__(True))
for bad in [lambda: int.__abs__('x'), lambda: int.__add__(), lambda: float.__abs__(1), lambda: str.__len__(5), lambda: (5).__abs__(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(True, 3))
for a, b in [(7, 0), (7.0, 0), (7, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
class Money:
    def __init__(self, c): self.c = c
    def __divmod__(self, n): return (Money(self.c // n), self.c % n)
    def __rdivmod__(self, n): return 'rdivmod'
    def __abs__(self): return Money(abs(self.c))
    def __repr__(self): return f'Money({self.c})'
print(divmod(Money(17), 5), divmod(3, Money(1)), abs(Money(-4)))
class N:
    def __divmod__(self, o): return NotImplemented
try:
    divmod(N(), 1)
except TypeError as e:
    print(e)
