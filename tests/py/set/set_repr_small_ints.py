print({1, 2, 3}, {3, 2, 1}, {10, 1, 5}, set(range(5)), {-1, 0, 1})
print(frozenset({2, 1}), {(1, 2)}, {None}, {True}, {1.5})
s = {100, 1, 33}
s.discard(1)
print(s, len(s), repr(set([0])))
