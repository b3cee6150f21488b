# Fast paths of numbers, subscripts, slices and unpacking, with their edges:
# results stored straight into locals, augmented subscript assignment,
# unpacking into locals, list/range iteration, float reuse.
import math


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def negation():
    z = 0.0
    n = -z
    print(n, math.copysign(1.0, n), -(-z))
    big = -(2 ** 62)
    m = -big
    print(m, type(m).__name__, -m, +m)
    i = 5
    j = -i
    k = +j
    print(j, k, -True, +3.5, -float("inf"))
    nan = float("nan")
    x = -nan
    print(x != x, x == x, x < 1.0, nan is nan)


def augmented_subscripts():
    v = [1.0, 2.0, 3]
    v[0] -= 0.5
    v[1] *= 2
    v[2] += 2 ** 62
    v[-1] //= 3
    print(v)
    d = {"a": 1}
    d["a"] += 1
    d.setdefault("b", [])
    d["b"] += [1]
    print(d)
    t = ([1], 2)
    try:
        t[0] += [2]
    except TypeError as e:
        print("TypeError", e, t)
    try:
        v[7] += 1
    except IndexError as e:
        print("IndexError", e)
    try:
        v[0] /= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    s = 0
    s += 7
    s -= 10
    print(s, s % 4, s // 4, 7 % -3, -7 // 2)


def unpacking():
    a, b, c = [1, 2.5, "x"]
    print(a, b, c)
    (p, q), r = (3, 4), 5
    print(p, q, r)
    a, b = b, a
    print(a, b)
    try:
        x, y = [1, 2, 3]
    except ValueError as e:
        print("ValueError", e)
    try:
        x, y, z = (1, 2)
    except ValueError as e:
        print("ValueError", e)
    old = Noisy("old")
    old, other = 1, 2
    print("after unpack", old, other)
    for (i, [u, w]) in [(0, [1, 2]), (1, (3, 4))]:
        print(i, u, w)


def iteration():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        if x == 1:
            xs.append(4)
        out.append(x)
    print(out)
    total = 0
    for i in range(2 ** 62 - 3, 2 ** 62 + 2):
        total += i % 7
    print(total)
    for i in range(5, -6, -3):
        print(i, end=" ")
    print()
    cur = None
    for cur in [Noisy("a"), Noisy("b")]:
        pass
    print("loop done", cur.tag)
    del cur


def slices():
    perm = list(range(9))
    k = 4
    perm[: k + 1] = perm[k::-1]
    print(perm)
    print(perm[:], perm[::2], perm[::-3], perm[7:2], perm[-100:3], perm[5:100])
    a = [1, 2, 3]
    a[1:1] = "xy"
    a[10:] = [9]
    a[:0] = (0,)
    print(a)
    a[5:2] = [7]
    print(a)
    a[::2] = [0] * len(a[::2])
    print(a)
    try:
        a[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        a[1:2] = 5
    except TypeError as e:
        print("TypeError", e)
    t = (1, 2, 3, 4)
    print(t[:] is t, t[1:], t[::-1], t[3:1], t[:10])
    a[:] = a
    print(a)


def floats():
    acc = 0.0
    for i in range(1000):
        x = i * 0.5
        y = x * x - x / 3.0
        acc += y
    print(acc, repr(0.1 + 0.2), 1e308 * 10, -1e308 * 10)
    vals = [i / 7 for i in range(10)]
    print(vals[3], sum(vals), max(vals), 3 / 2, 7 // 2.0, -7 % 2.5)
    print(1 < 1.5, 2.0 == 2, 2 ** 53 + 1 == float(2 ** 53 + 1))


negation()
augmented_subscripts()
unpacking()
iteration()
slices()
floats()
