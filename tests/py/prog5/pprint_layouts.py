import pprint
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 5, 'dims': {'w': 1.5, 'h': 2.25, 'd': [1, 2, {'deep': list(range(30))}]}, 'ok': True, 'none': None, 't': (1, 2), 's': {3, 1, 2}, 'fs': frozenset({1}), 'b': b'bytes' * 20, 'long': 'x' * 100}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(list(range(50)), compact=True, width=60)
pprint.pprint([[1, 2], [3, 4]] * 10, width=30)
print(pprint.pformat({'a': 1, 'b': 2}, sort_dicts=False), pprint.pformat('short'), pprint.pformat([]), pprint.pformat({}))
l = [1, 2]; l.append(l); print(pprint.isrecursive(l), pprint.isreadable(l))
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
P = namedtuple('P', 'x y')
pprint.pprint([OrderedDict(a=1, b=[1] * 30), defaultdict(int, {'k': 1}), Counter('hello world'), deque(range(40)), P(1, 2), P(list(range(20)), 'y' * 60)])
import dataclasses
@dataclasses.dataclass
class DC:
    name: str
    items: list
pprint.pprint(DC('n', list(range(40))))
pprint.pprint('a long string ' * 10, width=30)
pprint.pprint({'k' * 30: 'v' * 50, 'k2': [{'a': 1, 'b': 2}, {'c': 3}]}, width=50)
