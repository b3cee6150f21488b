# Slice assignment and deletion with steps, CPython's errors, tuple methods.
l = list(range(10))
l[::2] = "abcde"
print(l)
l[1::3] = [None] * 3
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    l[::-1] = range(3)
except ValueError as e:
    print(e)
l = list(range(10))
del l[::3]
print(l)
del l[::-2]
print(l)
l = list(range(6))
l[2:4] = "xyz"
print(l)
l[10:] = [99]
print(l)
l[:0] = [-1]
print(l)
l[-2:-5] = ["in"]
print(l)
l[1:3] = []
print(l)
l[::1] = (7, 8)
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
try:
    l[::2] = 5
except TypeError as e:
    print(e)
l = [1, 2, 3]
l[1:2] = l
print(l)
l = list(range(8))
l[5:1:-2] = ["a", "b"]
print(l)
del l[5:1:-1]
print(l, l[::-3], l[100:], l[-100:2])
l = [0, 1, 2]
del l[5:]
del l[:0]
print(l)
try:
    del l[::0]
except ValueError as e:
    print(e)
try:
    l["a"] = 1
except TypeError as e:
    print(e)
try:
    l[10] = 1
except IndexError as e:
    print(e)
try:
    del l[10]
except IndexError as e:
    print(e)
try:
    l[2 ** 70]
except IndexError as e:
    print(e)
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t[::2], t[10:], t[-2:], t[3:1:-1])
try:
    t.index(3, 0, 2)
except ValueError as e:
    print(e)
try:
    t[1] = 5
except TypeError as e:
    print(e)
try:
    t["x"]
except TypeError as e:
    print(e)
try:
    t[9]
except IndexError as e:
    print(e)
print((1, 2) < (1, 2, 0), (1, "a") < (1, "b"), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2.0), [1, 2] <= [1, 2])
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
a = [1]
a.append(a)
b = (a, 1)
print(a, b, [[a]], (t, [t]))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash(("a",)) == hash(("a",)))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print([1, 2] * 2, 2 * (3,), [0] * -1, (1,) * 0, [[]] * 2, list("ab") + ["c"], (1,) + (2,))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
x = [3, 1, 2]
y = x
x += (4, 5)
x *= 2
print(y, x is y)
