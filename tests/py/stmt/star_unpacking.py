a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
print(a, b, c, d, e, f, g)
(h, i), j = (1, 2), 3
print(h, i, j)
first, *_ = [9]
print(first, _)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{'a': 1}, 'b': 2})
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
