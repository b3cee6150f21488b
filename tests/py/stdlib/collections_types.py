import collections
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P.__doc__, repr(P), P._make([3, 4]))
for args, kw in [((),{}), ((1,),{}), ((1,2,3),{}), ((1,),{'x':2}), ((1,2),{'z':3})]:
    try: P(*args, **kw)
    except TypeError as e: print(e)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[5, 6])
print(Q(1), Q(1, c=0), Q._field_defaults, namedtuple('R', 'a def _x a', rename=True)._fields)
for bad in ['1a', 'def', '_x', 'a a']:
    try: namedtuple('T', bad)
    except ValueError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
x, y = p; print(x, y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
match p:
    case P(a, b): print("match", a, b)
d = deque([1, 2, 3], maxlen=5); d.appendleft(0); d.extend([4, 5]); print(d, d.maxlen, len(d))
d.rotate(2); print(d); d.rotate(-1); print(d, d[0], d[-1], 3 in d, d.index(3), d.count(3))
d.remove(3); print(d, d.pop(), d.popleft(), d); del d[1]; print(d, list(reversed(d)))
d2 = deque(); d2.extendleft('abc'); print(d2, d2 == deque('cba'), d2 + deque('x'), d2 * 2)
try: d2.pop(); d2.pop(); d2.pop(); d2.pop()
except IndexError as e: print(e)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd.default_factory, defaultdict(None, a=1))
try: dd2 = defaultdict(None); dd2['x']
except KeyError as e: print('KeyError', e)
c = Counter('abracadabra'); print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements())[:3])
c.update('aaz'); c.subtract({'a': 1}); print(c, c + Counter('bb'), c - Counter('abc'), c | Counter(b=9), c & Counter('ab'), -Counter(a=-2, b=1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), repr(Counter()))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'z': 0}), cm.parents)
cm['c'] = 5; print(cm.maps, dict(cm))
try: del cm['b']
except KeyError as e: print(e)
l = [1]; l.append(l); dq = deque([1]); dq.append(dq); print(dq)
