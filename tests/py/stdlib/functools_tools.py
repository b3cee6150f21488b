import functools
p = functools.partial(print, 1, sep='-'); p(2, 3)
print(repr(p).split(' at ')[0], p.args, p.keywords, p.func is print)
p2 = functools.partial(p, 4, end='!\n'); p2(5); print(p2.args, p2.func is print)
class C(functools.partial): pass
print(repr(C(len)).split(' at ')[0])
def f(a, b=2, *, c=3): return (a, b, c)
print(functools.partial(f, c=9)(1), repr(functools.partial(f, 1, c=9)).split(' at ')[0])
@functools.lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info())
@functools.lru_cache
def g(x, y=1): return x + y
print(g(1), g(1), g(x=1), g(1, 1), g.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 7))
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), V.__gt__.__name__)
try: V(1) > 3
except TypeError as e: print(e)
@functools.total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) <= W(1), W(3) > W(2), W(2) >= W(3))
try:
    @functools.total_ordering
    class X: pass
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Y:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1; return 42
y = Y(); print(y.val, y.val, y.n, 'val' in y.__dict__, type(Y.val).__name__)
@functools.singledispatch
def show(x): return 'obj %r' % (x,)
@show.register
def _(x: int): return 'int %d' % x
@show.register(list)
def _(x): return 'list of %d' % len(x)
show.register(str, lambda x: 'str ' + x)
print(show(1), show(True), show([1, 2]), show('s'), show(2.5), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "The doc."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__, documented.__annotations__)
class M:
    def __init__(self): self.s = 0
    def set(self, v): self.s = v
    set5 = functools.partialmethod(set, 5)
m = M(); m.set5(); print(m.s)
class Z:
    @functools.singledispatchmethod
    def h(self, x): return 'base'
    @h.register
    def _(self, x: int): return 'int'
print(Z().h(1), Z().h('a'))
