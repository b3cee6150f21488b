import itertools as it, functools as ft, operator as op
print(list(it.accumulate([1,2,3,4], op.mul)), list(it.accumulate([1,2,3], initial=10)))
print(list(it.combinations("abcd", 2)), list(it.permutations(range(3), 2))[:4])
print(list(it.product("ab", repeat=2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], list(it.islice(it.count(5, 2), 4)))
print(list(it.chain.from_iterable([[1], [2, 3]])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, 0, 2])), list(it.compress("abc", [1, 0, 1])), list(it.pairwise("abcd")))
a, b = it.tee([1, 2, 3]); print(list(a), list(b), list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
@ft.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
sq(1); sq(2); sq(1); sq(3); print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
p = ft.partial(int, base=2); print(p("101"), p, p.func, p.args, p.keywords)
print(ft.reduce(op.add, [1, 2, 3], 10), ft.reduce(lambda a, b: a * b, range(1, 6)))
def deco(f):
    @ft.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(x):
    "doc here"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class C:
    @ft.cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val, c.__dict__)
@ft.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
@ft.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([1]), show("s"), show(True))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
print(op.itemgetter(1, 0)("ab"), op.attrgetter("real")(3), op.methodcaller("upper")("x"))
print(op.itemgetter(1), op.attrgetter("a.b"), op.methodcaller("f", 1, k=2))
