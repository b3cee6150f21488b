import sys
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 3
    finally:
        print("gen cleanup")
g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
g.close()
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def delegator():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield "a"
    yield "b"
    return "done"
print(list(delegator()))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3), max(Countdown(5)))
def deco(prefix, *, times=1):
    def wrap(fn):
        def inner(*a, **kw):
            for _ in range(times):
                print(prefix, fn.__name__, a, kw)
            return fn(*a, **kw)
        inner.__name__ = fn.__name__
        inner.__wrapped__ = fn
        return inner
    return wrap
@deco("call", times=2)
def add(a, b=0, *rest, c, **kw): return a + b + c + sum(rest) + sum(kw.values())
print(add(1, 2, 3, c=4, d=5), add.__name__)
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); c(5); print(c(), c.__closure__[0].cell_contents)
total = 0
def addg(n):
    global total
    total += n
for i in range(5): addg(i)
print(total)
fs = [lambda i=i: i * i for i in range(4)]; print([f() for f in fs])
fs2 = [lambda: i for i in range(4)]; print([f() for f in fs2])
memo = {}
def fibm(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(90), fibm(300))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))
def kwonly(a, /, b, *, c): return (a, b, c)
print(kwonly(1, 2, c=3), kwonly(1, b=2, c=3))
try: kwonly(a=1, b=2, c=3)
except TypeError as e: print(e)
try: kwonly(1, 2, 3)
except TypeError as e: print(e)
try: kwonly(1, 2)
except TypeError as e: print(e)
try: add(1)
except TypeError as e: print(e)
def defaults(a, b=[]):
    b.append(a); return b
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(add.__wrapped__.__code__.co_argcount, add.__wrapped__.__defaults__, add.__wrapped__.__kwdefaults__)
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = (1, 2), 3; print(a, b, c)
print(*[1, 2], *"ab", sep="-", end="!\n")
print({**dict(a=1), **{"b": 2}}, [*range(3), *[9]], (*"xy",))
match {"type": "point", "x": 1, "y": 2}:
    case {"type": "circle"}: print("circle")
    case {"type": "point", "x": x, **rest}: print("point", x, rest)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for obj in [Pt(0, 0), Pt(1, 0), Pt(2, 3), [1, 2, 3], (1, "a"), 42, "str", None, {"k": [1]}]:
    match obj:
        case Pt(0, 0): print("origin")
        case Pt(x=1, y=yy): print("x=1", yy)
        case Pt(a, b) if a < b: print("pt lt", a, b)
        case [1, *others]: print("list starting 1", others)
        case (int() | float() as n, str(s)): print("tuple", n, s)
        case int(n) if n > 40: print("big int", n)
        case str() as s: print("string", s)
        case None: print("none")
        case {"k": [v]}: print("dict k", v)
        case _: print("other")
