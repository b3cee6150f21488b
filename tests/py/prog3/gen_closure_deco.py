# Iterators, generators, closures and decorators.
import functools
import itertools


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fib(), 12)), next(x for x in fib() if x > 1000))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
    finally:
        print("finally")


g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
print(g.gi_frame, g.gi_running)


def delegate():
    r = yield from sub()
    print("sub returned", r)
    yield "after"


def sub():
    yield 1
    yield 2
    return "ret"


print(list(delegate()))
gen = (x * x for x in range(5))
print(type(gen).__name__, gen.__name__, gen.__qualname__, list(gen), list(gen))


def g2():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"


t = g2()
print(next(t), t.throw(ValueError("boom")))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(map(repr, args))}{', ' if args and kwargs else ''}{', '.join(f'{k}={v!r}' for k, v in kwargs.items())}) -> {r!r}")
        return r

    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]

        return wrapper

    return deco


@trace
def add(a, b=2, *, scale=1):
    """Adds."""
    return (a + b) * scale


add(1)
add(1, 5, scale=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("bo"), hello.__name__, hello.__qualname__)


@functools.lru_cache(maxsize=None)
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)


print(fibm(80), fibm.cache_info())


class cached_property_like:
    def __init__(self, f):
        self.f = f

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property_like
    def area(self):
        print("computing")
        return round(3.14159 * self.r ** 2, 3)

    @staticmethod
    def unit():
        return Circle(1)

    @classmethod
    def from_d(cls, d):
        return cls(d / 2)


c = Circle(2)
print(c.area, c.area, Circle.unit().r, Circle.from_d(5).r, type(Circle.__dict__["area"]).__name__)
print(list(itertools.chain([1], (2, 3))), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 3)), [k for k, _ in itertools.groupby("aabbbc")])
print([(k, list(v)) for k, v in itertools.groupby(sorted(["apple", "avocado", "banana", "cherry", "blueberry"]), key=lambda s: s[0])])
print(list(zip("abc", range(5))), list(enumerate("xy", start=1)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.partial(int, base=2)("1011"))
r = reversed(range(1, 10, 3))
print(r.__class__.__name__, list(r), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
squares = {x: x * x for x in range(6) if x % 2 == 0}
print(squares, {x % 3 for x in range(10)}, [y for x in range(4) if (y := x * 2) > 2])
