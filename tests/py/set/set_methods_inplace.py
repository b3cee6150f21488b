s={1,2,3}
t=s
s|={4}; print(t, s is t)
s&={1,2,9}; print(t)
s-={1}; print(t)
s^={7,2}; print(t)
try: s |= [1]
except TypeError as e: print(e)
try: s | [1]
except TypeError as e: print(e)
try:
  for x in s: s.add(x+100)
except RuntimeError as e: print(e)
f=frozenset({1})
g=f; g|={2}; print(f, g, type(g))
print(s.union([5],(6,)), frozenset([1]).union({2}), s.intersection(), {1,2}.difference([1],[2]))
x={1,2,3}; x.difference_update([1],[2]); print(x)
x={1,2,3}; x.intersection_update([1,2],[2]); print(x)
x={1,2,3}; x.symmetric_difference_update([3,4]); print(x)
try: x.symmetric_difference_update([3],[4])
except TypeError as e: print(e)
print({1,2} < {1,2,3}, {1} <= frozenset({1}), {1}.issubset([1,2]), {1,2}.issuperset([1]))
try: {1} < [1]
except TypeError as e: print(e)
print(set() == frozenset(), {1} == [1])
try: {[1]}
except TypeError as e: print(e)
try: set().remove(5)
except KeyError as e: print(repr(e))
try: {1}.add()
except TypeError as e: print(e)
print(set('abc') == {'a','b','c'}, {frozenset({1}): 2})
s = {1}; s.add(s and frozenset()); print(len(s))
r={1}
try: r.update(3)
except TypeError as e: print(e)
print(repr(set()), repr(frozenset()), set([1]).__class__)
s = set(range(100)); s -= set(range(95)); print(s)
s = set(range(100)); s.difference_update(range(3, 100)); print(s, s.pop(), s)
print(hash(frozenset()), hash(frozenset({1,2,3})), hash(frozenset(range(50))))
f = frozenset([1,2]); print(f.copy() is f, type(f.copy()), {1}.copy() is None)
print(sorted({1,2,3}.symmetric_difference([3,4,5])), {1,2}.isdisjoint((3,)), {1,2}.isdisjoint([2]))
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, type(frozenset([1]) & {1}).__name__)
print({1, 2, 3} - {2}, {1, 2} ^ {2, 3}, {3, 4} & {4, 5}, {1} | {2})
print(set() in {frozenset()}, {1} in {frozenset({1}), 2}, {1, 2} in set(), frozenset() in {frozenset()})
try:
    [] in {1}
except TypeError as e:
    print(e)
