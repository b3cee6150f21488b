r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(5))
print(range(5), range(0), list(range(5, 0, -2)), len(range(10, 0)), range(3) == range(0, 3, 1), range(0) == range(5, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big, reversed(range(3)).__class__.__name__)
