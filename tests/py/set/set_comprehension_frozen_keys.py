s = {x % 3 for x in range(10)}
print(sorted(s), len({(1, 2), (1, 2), (2, 1)}), {frozenset({1, 2}), frozenset({2, 1})} == {frozenset({1, 2})})
seen = set()
dupes = [x for x in [1, 2, 1, 3, 2, 1] if x in seen or seen.add(x)]
print(dupes, sorted(seen))
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(sorted(a), sorted(b), a < b, a.difference_update({1}) is None, sorted(a))
print(sorted({"b", "a"} | set("c")), set([1, 1, 2]) == {2, 1}, {1, 2} != {1}, set("") == set())
