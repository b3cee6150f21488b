"""Names and reprs of library iterator and object types."""
import io, itertools, time, sys, types

its = [itertools.accumulate([1, 2]), itertools.count(), itertools.cycle([1]),
       itertools.chain([1]), itertools.chain.from_iterable([[1]]), itertools.islice([1], 1),
       itertools.groupby([1]), itertools.repeat(1), itertools.product([1]),
       itertools.permutations([1]), itertools.combinations([1], 1), itertools.zip_longest([1]),
       itertools.starmap(pow, [(2, 3)]), itertools.takewhile(bool, [1]),
       itertools.dropwhile(bool, [1]), itertools.filterfalse(None, [0]),
       itertools.compress([1], [1]), itertools.tee([1])[0], itertools.pairwise([1, 2]),
       itertools.combinations_with_replacement([1], 1)]
for o in its:
    t = type(o)
    print(t.__name__, t.__module__, repr(o).split(" at ")[0], t, [type(x).__name__ for x in itertools.islice(o, 2)])
acc = itertools.accumulate(range(5))
print(next(acc), next(acc), list(acc))
a = itertools.islice(range(10), 2, 8, 2)
print(next(a), [x for x in a])
print(isinstance(itertools.accumulate([]), itertools.accumulate))
for bad in [lambda: itertools.accumulate(1), lambda: itertools.islice([], -1),
            lambda: itertools.permutations([], -1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

s = io.StringIO()
print(type(s).__name__, type(s).__qualname__, type(s).__module__, type(s))
print(repr(s).split(' at ')[0], type(sys.stdout))
try:
    s.nope
except AttributeError as e:
    print(e)

g, l = time.gmtime(0), time.localtime(0)
print(l.tm_zone, g.tm_gmtoff, g, type(g).__name__, isinstance(g, time.struct_time))
print(g == l, g[:6], time.strftime('%Y-%m-%d %H:%M:%S', g), time.mktime(l) if False else '')
print(type(sys.version_info).__name__, types.SimpleNamespace.__name__, types.SimpleNamespace)
