# Bound slot wrappers, class renaming, builtin descriptors' dunders, sort flags.
import re


def check(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


def addr_free(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', s)


# method-wrapper
w = (1).__add__
print(type(w).__name__, type([].__len__).__name__, type(object().__str__).__name__)
print(addr_free(repr(w)), addr_free(repr([].__len__)), addr_free(repr('x'.__eq__)))
print(w(2), w.__name__, w.__qualname__, w.__self__, w.__objclass__ if hasattr(w, '__objclass__') else '-')
print(w('a'), type(w) is type((2).__sub__), (5).__add__ == (5).__add__, (5).__add__ != (6).__add__)
print(type(int.__add__).__name__, type(str.upper).__name__, type('a'.upper).__name__, type([].append).__name__)
print(callable(w), list(map((10).__mul__, [1, 2, 3])), sorted([3, 1, 2], key=(0).__sub__))
print(isinstance(w, type(len)), type(object.__init__).__name__, type(object().__init__).__name__)
print(type(int.__dict__['__add__']).__name__, type(int.__dict__['__add__'].__get__(3)).__name__)
print(int.__dict__['__add__'].__get__(3)(4), str.__dict__['upper'].__get__('ab')())


class K:
    def m(self):
        return 1


print(type(K().m).__name__, type(K().__init__).__name__, type(K().__eq__).__name__, type(K().__repr__).__name__)

# Renaming classes
class A:
    pass


class Sub(A):
    pass


A.__name__ = 'Renamed'
print(A.__name__, A.__qualname__, Sub.__base__.__name__, repr(A).split('.')[-1])
A.__qualname__ = 'Outer.Inner'
print(A.__name__, A.__qualname__, repr(A))
check('name int', lambda: setattr(A, '__name__', 3))
check('qualname None', lambda: setattr(A, '__qualname__', None))
check('name nul', lambda: setattr(A, '__name__', 'a\0b'))
check('del name', lambda: delattr(A, '__name__'))
check('del qualname', lambda: delattr(A, '__qualname__'))
check('builtin name', lambda: setattr(int, '__name__', 'x'))
check('builtin qualname', lambda: setattr(list, '__qualname__', 'x'))


def deco(cls):
    cls.__name__ = cls.__name__.upper()
    cls.__qualname__ = cls.__qualname__.upper()
    return cls


@deco
class lower:
    pass


print(lower.__name__, lower.__qualname__, repr(lower))

# Descriptor dunders of builtin descriptor types


class S:
    __slots__ = ('x', 'y')

    @property
    def p(self):
        return 'prop'


for d in [S.__dict__['x'], S.__dict__['p'], staticmethod(len), classmethod(len),
          int.__dict__['__add__'], str.__dict__['upper'], (lambda: 0)]:
    print(type(d).__name__, [n for n in ('__get__', '__set__', '__delete__') if hasattr(d, n)])
s = S()
S.__dict__['x'].__set__(s, 5)
print(S.__dict__['x'].__get__(s, S), s.x, S.__dict__['x'].__get__(None, S) is S.__dict__['x'])
S.__dict__['x'].__delete__(s)
print(hasattr(s, 'x'), S.__dict__['x'].__name__)
check('unset slot', lambda: S.__dict__['y'].__get__(s))
check('unset slot attr', lambda: s.y)
check('wrong type', lambda: S.__dict__['x'].__set__(1, 2))

# sorted / list.sort reverse flag is a C int
for rv in [None, 1.5, 2, True, 0, 'a', 2 ** 70, []]:
    check('sorted reverse=%r' % (rv,), lambda: sorted([1, 3, 2], reverse=rv))
    check('sort reverse=%r' % (rv,), lambda: [1, 3, 2].sort(reverse=rv))

# str.maketrans is a static method
print(type(str.__dict__['maketrans']).__name__, type(bytes.__dict__['maketrans']).__name__)
print(str.maketrans('ab', 'xy'), 'abc'.maketrans({'a': None}), 'abc'.translate(str.maketrans('abc', 'cab', 'b')))
print(bytes.maketrans(b'a', b'b'), b'aaa'.translate(bytearray.maketrans(b'a', b'z')))


class MyStr(str):
    pass


print(MyStr.maketrans('a', 'b'), MyStr('a').maketrans('a', 'c'))
check('maketrans bad', lambda: str.maketrans('ab', 'x'))
check('maketrans one', lambda: str.maketrans('ab'))

# descriptor errors of str methods called on other types
check('str.upper(1)', lambda: str.upper(1))
check('str.join(1, [])', lambda: str.join(1, []))
check('str.__len__(1)', lambda: str.__len__(1))
check('str.split(b"a")', lambda: str.split(b'a'))
