# Operator dunders of every kind of class attribute: plain functions,
# staticmethods, classmethods, builtins, callable objects, other descriptors.


class Plain:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Plain(self.v + o.v)

    def __eq__(self, o):
        return isinstance(o, Plain) and self.v == o.v

    def __hash__(self):
        return self.v * 7

    def __len__(self):
        return self.v

    def __getitem__(self, k):
        return (self.v, k)

    def __call__(self, *a, **kw):
        return ("called", self.v, a, sorted(kw.items()))

    def __repr__(self):
        return f"Plain({self.v})"


p = Plain(3) + Plain(4)
print(p, p == Plain(7), p != Plain(7), hash(p), len(p), p[1], p[1:2])
print(p(1, 2, x=3))


class Static:
    @staticmethod
    def __add__(a):
        return ("static", a)

    @staticmethod
    def __len__():
        return 5


print(Static() + 1)
print(len(Static()))


class Klass:
    @classmethod
    def __getitem__(cls, k):
        return (cls.__name__, k)

    @classmethod
    def __eq__(cls, o):
        return ("eq", cls.__name__)


print(Klass()[5], Klass() == 1)


class Builtinish:
    __len__ = len.__call__ if False else (lambda self: 9)
    __repr__ = object.__repr__
    __hash__ = None


print(len(Builtinish()))
try:
    hash(Builtinish())
except TypeError as e:
    print("TypeError", e)


class Caller:
    def __call__(self, other):
        return ("caller", other)


class WithCallable:
    __add__ = Caller()
    __lt__ = Caller()


print(WithCallable() + 1)
print(WithCallable() < 2)


class Desc:
    def __get__(self, obj, typ):
        return lambda *a: ("desc", type(obj).__name__, a)


class WithDesc:
    __sub__ = Desc()
    __iter__ = Desc()


print(WithDesc() - 4)
try:
    iter(WithDesc())
except TypeError as e:
    print("TypeError", e)


class Late:
    pass


Late.__add__ = lambda self, o: ("late", o)
print(Late() + 1)


def mul(self, o):
    return ("mul", o)


Late.__mul__ = mul
print(Late() * 2)
del Late.__add__
try:
    Late() + 1
except TypeError as e:
    print("TypeError", e)


class Defaults:
    def __add__(self, o, extra=10):
        return o + extra

    def __radd__(self, o, *rest):
        return ("radd", o, rest)


print(Defaults() + 1, 1 + Defaults())


class Bad:
    def __add__(self):
        return 0

    def __len__(self, x):
        return 0


try:
    Bad() + 1
except TypeError as e:
    print("TypeError", e)
try:
    len(Bad())
except TypeError as e:
    print("TypeError", e)


class Rec:
    def __eq__(self, o):
        return self == o


try:
    Rec() == 1
except RecursionError as e:
    print("RecursionError", e)


class Gen:
    def __iter__(self):
        yield 1
        yield 2


print(list(Gen()), sum(Gen()))

print(globals() is globals(), sorted(locals())[:3], eval("1+2"), abs(-3), repr(4))
f = globals
print(f() is globals())


def inner():
    a = 1
    return locals(), eval("a"), vars()


print(inner())
