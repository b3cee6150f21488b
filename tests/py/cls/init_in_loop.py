# Class calls whose __init__ runs as a frame of the evaluation loop: results,
# errors, tracebacks, recursion levels and frames seen from inside __init__.
import sys
import traceback


class P:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y


p = P(1)
print(p.x, p.y, P(2, 3).y)


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError("n too big: %d" % n)
        self.n = n


try:
    Raises(5)
except ValueError as e:
    print("ValueError:", e)
    print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])

try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Frames:
    def __init__(self):
        f = sys._getframe()
        self.names = [f.f_code.co_name, f.f_back.f_code.co_name]


def make():
    return Frames()


print(make().names)


class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None


def depth_of(n):
    try:
        Rec(n)
        return "ok"
    except RecursionError as e:
        return "RecursionError: " + str(e)


print(depth_of(100))
print(depth_of(100000))


def levels_left():
    # How deep plain recursion gets after class calls nest: levels are counted alike.
    def down(k):
        try:
            return down(k + 1)
        except RecursionError:
            return k

    class Wrap:
        def __init__(self, k):
            self.k = down(0) if k == 0 else Wrap(k - 1).k

    return Wrap(0).k - Wrap(10).k


print("levels per class call:", levels_left() / 10)


class WithNew:
    def __new__(cls, *a):
        print("__new__", a)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(4).a)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(7).a)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class Kw:
    def __init__(self, a, *, b=2):
        self.s = a + b


print(Kw(1).s, Kw(1, b=5).s)


class Sub(P):
    pass


s = Sub(8)
print(type(s).__name__, s.x, s.y)


class Closure:
    def __init__(self, v):
        self.get = lambda: v


print(Closure(9).get())


class Caught:
    def __init__(self):
        try:
            raise KeyError("k")
        except KeyError as e:
            self.err = repr(e)


print(Caught().err)
objs = [P(i) for i in range(5)]
print(sum(o.x for o in objs))


class Abstract:
    def __init__(self):
        self.z = 1


import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        pass


try:
    A()
except TypeError as e:
    print("TypeError:", e)

Bad2 = type("Bad2", (), {"__init__": lambda self: None})
print(type(Bad2()).__name__)
