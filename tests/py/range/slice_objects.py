s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -2)], (1, 2, 3)[slice(1, None)])
try:
    [1, 2][::0]
except ValueError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
