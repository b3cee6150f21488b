# The iterator types' own dunders (it.__next__ as a bound callable).
import itertools


def g():
    yield 1


objs = {'list': iter([1]), 'tuple': iter((1,)), 'str': iter('a'), 'ustr': iter('é'), 'range': iter(range(2)),
        'dictk': iter({1: 2}), 'dictv': iter({1: 2}.values()), 'dicti': iter({1: 2}.items()), 'set': iter({1}),
        'bytes': iter(b'a'), 'bytearray': iter(bytearray(b'a')), 'rev': reversed([1]), 'revd': reversed({1: 2}),
        'callable': iter(lambda: 1, 2), 'seq': iter(type('S', (), {'__getitem__': lambda s, i: i})()), 'gen': g(),
        'map': map(str, [1]), 'filter': filter(None, [1]), 'zip': zip([1]), 'enum': enumerate([1]),
        'count': itertools.count(), 'chain': itertools.chain([1]), 'revrange': reversed(range(3))}
for k, v in objs.items():
    print(k, type(v).__name__, hasattr(v, '__next__'), hasattr(v, '__iter__'))
    try:
        print(' ', v.__next__(), v.__iter__() is v)
    except Exception as e:
        print(' ', type(e).__name__, e)
nxt = iter([10, 20, 30]).__next__
print(nxt(), nxt(), nxt())
try:
    nxt()
except StopIteration:
    print('done')
words = iter('alpha beta gamma'.split()).__next__
print([words() for _ in range(3)])
