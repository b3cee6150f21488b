t = (1, "a", 2.5)
print(t, (1,), (), tuple([1, 2]), t[1:], t * 2, t + (3,), len(t), t.index("a"), t.count(1))
a, b, c = t
print(a, b, c, (1, 2) < (1, 2, 3), (2,) > (1, 5), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
nt = ([1],)
nt[0].append(2)
print(nt, 1 in t, ((1, 2),), repr((1,)))
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields)
