print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted({3: 1, 1: 2}), sorted([]))
print(min(3, 1, 2), max([1, 5, 3]), min("abc"), max([], default="none"), min([], default=None))
print(max(["aa", "b", "ccc"], key=len), min([(1, "b"), (1, "a")]), max(1, 2, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
print(max([1, 1.0]), max(1.0, 1), min([2, 1, 1.0]))
