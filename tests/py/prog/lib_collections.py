import collections
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

words = "the quick brown fox jumps over the lazy dog the fox".split()
c = Counter(words)
print(c)
print(c.most_common(3))
print(c.most_common())
c2 = Counter("abracadabra")
print(c2, sorted(c2.elements()))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaab"), c2 & Counter("aab"), c2 | Counter("zzz"))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2.update("xyz"); c2.subtract({"a": 10})
print(c2)
print(c2.total(), c2["nope"], len(c2))
print(dict(Counter(a=1)), repr(Counter()))
d = defaultdict(list)
for i, w in enumerate(words):
    d[w[0]].append(i)
print(d)
print(sorted(d.items()))
dd = defaultdict(int); dd["x"] += 1; print(dd, dd.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 3
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict([(1,2),(3,4)]) == OrderedDict([(3,4),(1,2)]))
dq = deque(range(10), maxlen=5)
print(dq)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
dq.appendleft(-1); print(dq)
dq.extend([100, 200]); print(dq, dq.maxlen)
print(dq.count(100), dq.index(100), dq[0], dq[-1])
dq2 = deque("abc"); dq2.extendleft("xy"); print(dq2, list(reversed(dq2)))
dq2.remove("a"); print(dq2, dq2.pop(), dq2.popleft())
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._replace(x=5), p._asdict(), Point._fields, p.x + p.y)
print(Point._make([3, 4]), Point(*p) == p, tuple(p))
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(P3(1, 2), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", "a def b", rename=True); print(R._fields)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm)
cm2 = cm.new_child({"c": 4}); print(cm2, cm2.parents, cm2.maps)
cm2["a"] = 10; print(cm2.maps[0])
print(dict(cm2))
class Emp(namedtuple("Emp", "name salary")):
    __slots__ = ()
    @property
    def taxed(self):
        return self.salary * 0.8
e = Emp("bob", 100)
print(e, e.taxed)
print(Counter({"a": 3, "b": 1}) == Counter({"b": 1, "a": 3}))
print(Counter("hello world").most_common(2))
print(sorted(Counter("mississippi").items(), key=lambda kv: (-kv[1], kv[0])))
