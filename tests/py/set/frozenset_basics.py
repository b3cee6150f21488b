f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), hash(f) == hash(frozenset([1, 2, 3])), type(f | {9}).__name__, type({9} | f).__name__)
print({f: "key"}[frozenset({1, 2, 3})], frozenset(), repr(frozenset()), frozenset("a"))
try:
    f.add(1)
except AttributeError as e:
    print(e)
s = {frozenset({1}), frozenset({1})}
print(len(s), f - {1} == {2, 3}, f.copy() is f)
print(repr({1, 2, 3}), repr(frozenset({5})), {0} | {False}, {1, True, 1.0})
