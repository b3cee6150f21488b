import functools
from functools import lru_cache, reduce, partial, wraps, total_ordering, cached_property, singledispatch, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x*x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
@cache
def f(x): return x+1
f(1); f(1); print(f.cache_info())
print(reduce(lambda a, b: a*b, range(1, 6)), reduce(operator_add := (lambda a,b:a+b), [], 0))
try:
    reduce(lambda a,b:a, [])
except TypeError as e:
    print(e)
def power(b, e): return b ** e
sq2 = partial(power, e=2); print(sq2(5), sq2.func.__name__, sq2.args, sq2.keywords)
p = partial(print, "a", sep="-"); p("b", "c")
print(repr(partial(power, 2))[:25])
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "doc here"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1), V(2)]))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def expensive(self):
        self.n += 1
        return 42
c = C(); print(c.expensive, c.expensive, c.n, "expensive" in c.__dict__)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
@show.register(float)
def _show_float(x): return f"float {x:.2f}"
print(show(1), show([1,2]), show("s"), show(2.5), show(True))
print(show.registry.keys() >= {int, list, float, object})
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
class M:
    @functools.singledispatchmethod
    def m(self, x): return "base"
    @m.register
    def _(self, x: int): return "int"
print(M().m(1), M().m("a"))
pm = functools.partialmethod
class Cell:
    def set(self, v): self.v = v; return self
    set_on = pm(set, True)
print(Cell().set_on().v)
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0))
