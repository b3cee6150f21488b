import itertools, functools, operator
print(list(itertools.product('ab', repeat=2)), list(itertools.product([1, 2], 'xy')), list(itertools.combinations_with_replacement('abc', 2))[:4])
print(list(itertools.chain('ab', [1], ())), list(itertools.compress('abcdef', [1, 0, 1, 0, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat(7, 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(itertools.pairwise('abcd')))
print(list(itertools.filterfalse(None, [0, 1, '', 'x'])), [list(g) for k, g in itertools.groupby(sorted('mississippi'))], list(itertools.tee('abc', 2)[1]), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10)))
c = itertools.count(10, 2.5); print(next(c), next(c), repr(c), repr(itertools.repeat('a', 2)), repr(itertools.count()))
print(functools.reduce(operator.add, [1, 2, 3], 10), list(map(functools.partial(pow, 2), range(5))), functools.partial(print, sep='-').keywords)
@functools.lru_cache(maxsize=2)
def sq(x): print('compute', x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info().hits)
@functools.singledispatch
def show(x): return f'obj {x}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
print(show(1), show('a'), show([1, 2]), show(True))
class Temp:
    def __init__(self): self._c = 0
    @functools.cached_property
    def heavy(self): self._c += 1; return self._c * 100
t = Temp(); print(t.heavy, t.heavy, t._c, 'heavy' in vars(t))
print(operator.add(1, 2), operator.neg(3), operator.not_(0), operator.contains([1], 1), operator.getitem('abc', 1), operator.index(5), operator.truth([]), operator.concat('a', 'b'), operator.is_(None, None), operator.pow(2, 5), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
import bisect, heapq
a = [1, 3, 3, 5]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4)); bisect.insort(a, 4); print(a, bisect.bisect_left(a, 10, key=None))
h = [5, 1, 8, 3]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, 'hello'), heapq.heappushpop(h, 0), heapq.heapreplace(h, 9), h, list(heapq.merge([1, 4], [2, 3])))
import random
random.seed(42); print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 5), random.gauss(0, 1))
l = list(range(10)); random.shuffle(l); print(l, random.choices('abc', weights=[1, 0, 5], k=5), random.getrandbits(16))
random.seed('text'); print(random.random()); random.seed(12345); print([random.randint(0, 9) for _ in range(10)], random.betavariate(2, 3), random.expovariate(1.5), random.triangular(), random.normalvariate(0, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.gammavariate(2, 1), random.paretovariate(2), random.weibullvariate(1, 2))
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode('aab'), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]), statistics.median_low([1, 2, 3, 4]), statistics.fmean([1, 2]), statistics.multimode('aabbc'), statistics.quantiles(range(1, 11), n=4))
