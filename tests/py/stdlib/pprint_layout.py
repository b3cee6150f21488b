import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace
d = {'name': 'moult', 'tags': ['py', 'rust'] * 8, 'nested': {'pi': 3.14, 'list': list(range(30)), 'tuple': tuple('abcdefghijklmnopqrstuvwxyz'), 's': 'x' * 100}, 'set': {3, 1, 2}, 'empty': {}, 1: (1,), 'fs': frozenset({5, 4})}
del d[1]
pprint.pprint(d)
pprint.pprint(d, width=40, compact=True)
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=2), pprint.saferepr({'b': 1, 'a': [2]}))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint('a long string ' * 10)
pprint.pprint({'k': 'line one\nline two is much longer than the first one, really much longer indeed\n'})
pprint.pprint([(1,), (), [], {}, set(), ('single-element-tuple-with-long-string' * 2,)])
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
dd = defaultdict(list); dd['a'].extend(range(25)); dd['b']; pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog and keeps running far away'))
pprint.pprint(deque(range(30), maxlen=40)); pprint.pprint(deque(range(30)))
pprint.pprint(ChainMap({'a': list(range(20))}, {'b': list(range(20))}))
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
pprint.pprint([Item('widget', 3, ['a'] * 15), Item('gadget')])
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta='b' * 70))
r = [1, 2]; r.append(r); print(pprint.pformat(r).split("<")[0], pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
pprint.pprint({'a': {'b': {'c': {'d': 1}}}}, depth=2)
pprint.pprint({'x' * 30: ['y' * 30, 'z' * 30], 'w': 1}, indent=4)
pprint.pp({'b': 2, 'a': 1}); pprint.pprint({'b': 2, 'a': 1}, sort_dicts=False)
pprint.pprint(10 ** 20, underscore_numbers=True); pprint.pprint([10 ** 9] * 10, underscore_numbers=True, width=30)
pprint.PrettyPrinter(width=20).pprint(['alpha', 'beta', 'gamma', 'delta'])
pprint.pprint({3: 'c', 1: 'a', 'b': 2, None: 0}, width=10)
