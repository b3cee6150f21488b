# The evaluation loop's shortcuts for small ints, floats and simple calls must
# give exactly what the general paths give, at every edge.

big = 2 ** 62
print("add over the small-int edge", big - 1 + 1, -big - 1, (big - 1) * 2, (big - 1) * -2)
print("sub", -big - big, 5 - 7, -(2 ** 62) - 1)
for a in (7, -7, 6, -6, 0, 2 ** 62 - 1, -(2 ** 62)):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a // b, a % b, a / b if abs(a) < 2 ** 53 else "big", a & b, a | b, a ^ b)
print("shifts", 1 << 61, 1 << 62, 1 << 63, -1 << 62, 5 >> 1, -5 >> 1, -5 >> 100, 3 >> 64)
one, zero, minus_one = 1, 0, -1
bad_ops = [
    ("1 // 0", lambda: one // zero),
    ("1 % 0", lambda: one % zero),
    ("1 / 0", lambda: one / zero),
    ("1 << -1", lambda: one << minus_one),
    ("1 >> -1", lambda: one >> minus_one),
    ("1.0 / 0", lambda: 1.0 / zero),
    ("2 / 0.0", lambda: 2 / (zero * 1.0)),
]
for text, bad in bad_ops:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
print("true division", 1 / 3, -7 / 2, 2 ** 53 / 3, (2 ** 53 + 1) / 1, 10 / -4)
print("float mix", 1 + 0.5, 0.5 + 1, 3 * 0.1, 0.1 * 3, 1 - 1e-17, 2 ** 60 + 0.5, 0.5 - 2 ** 60)
print("float ops", 1.5 * 2.5, 7.5 / 2.5, -0.0 + 0.0, 0.0 * -1, 1e308 * 10, -1e308 * 10)
nan = float("nan")
print("nan", nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.0 > nan)
print("compare", 1 < 2, 2 <= 2, 3 > 4, 5 >= 5, 6 == 6, 6 != 6, -big < big, 0.1 < 0.2, 2.0 == 2.0)
print("mixed compare", 1 == 1.0, 2 < 2.5, True == 1, True + 1, 1.0 == True)
x = 0
for i in range(10):
    x += i
    x -= 1
    x *= 2
print("augmented", x)
f = 1.5
f += 1
f *= 2
f -= 0.5
f /= 2
print("augmented float", f)
print("truth", bool(0), bool(-1), bool(0.0), bool(None), not 0, not 3)
if 0 or 0.0 or None or "":
    print("wrong")
else:
    print("falsy values jump")


def pos(a, b, c=10, d=20):
    return (a, b, c, d)


def nested():
    def inner(x):
        return x + y
    y = 5
    return inner(1)


class K:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra


k = K(3)
bound = k.get
print("calls", pos(1, 2), pos(1, 2, 3), pos(1, 2, 3, 4), nested(), k.get(), k.get(4), bound(), bound(5))
bad_calls = [
    ("pos(1)", lambda: pos(1)),
    ("pos(1, 2, 3, 4, 5)", lambda: pos(1, 2, 3, 4, 5)),
    ("k.get(1, 2)", lambda: k.get(1, 2)),
    ("bound(1, 2)", lambda: bound(1, 2)),
    ("K()", lambda: K()),
]
for text, bad in bad_calls:
    try:
        bad()
    except TypeError as e:
        print(text, "->", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print("deep", deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)
