print(list(map(pow, [2, 3, 4], [1, 2])), list(zip("abc", range(10))))
from itertools import zip_longest, starmap
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(starmap(max, [(1, 5), (7, 2)])))
print(dict(enumerate("xy")), list(enumerate(x * x for x in range(3))), list(zip(*zip("ab", "cd"))))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(next(m))
