l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-2:], l[5:2], l[1:-1:2])
l[2:4] = ["a", "b", "c"]
print(l)
l[::2] = [0] * 6
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
del l[::3]
print(l)
l[:] = []
print(l)
m = [1, 2, 3]
m[1:1] = [9, 9]
print(m, m * 2, [0] * 3, m + [4], [[]] * 2)
try:
    m[10]
except IndexError as e:
    print(e)
try:
    m[10] = 1
except IndexError as e:
    print(e)
