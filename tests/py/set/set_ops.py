a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a >= {1}, a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.update([2, 2], (5,)); s.discard(99); s.remove(5)
print(sorted(s), len(s), 1 in s, set(), repr(set()), s.issubset(range(10)), s.issuperset([1]))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print(e)
print({1, 2} == {2, 1}, {1} == frozenset([1]), sorted(a.union([7], [8])), sorted(a.intersection(b, {3})))
try:
    {[1]}
except TypeError as e:
    print(e)
c = {1, 2}
c -= {1}
c |= {5}
c &= {5, 2}
c ^= {9}
print(sorted(c))
