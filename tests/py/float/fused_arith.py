# Chains of arithmetic run without a dispatch per operation: results feed
# the next BINARY_OP, a local or constant operand is read in place, and an
# augmented subscript assignment finishes in place. Results, errors and
# the operands' types must be those of the plain evaluation.


def f(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


print([f(i, j) for i in range(3) for j in range(3)])
x, y, z = 1.5, -2.25, 3
print(x * x + y * y + z * z, x * y - z, (x - y) * (z + 1) / 2, z * z * z // 4 % 5)
print(7 // 2 * 3 - 1, 2**62 * 2 + 1, (2**62 - 1) + (2**62 - 1), -(2**62) - 1)
print(10 / 4 * 2, 1 << 3 << 4, 255 & 15 | 64 ^ 3, 9 % 4 - 2)
v = [1.0, 2.0, 3.0]
dt = 0.5
v[0] -= dt * x
v[1] += dt * y * 2
v[2] *= z + 1
print(v)
s = 0.0
for j in range(5):
    s += f(j, 1) * v[j % 3]
print(s)
try:
    print(x * 2 + 1 / (z - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 + 2 * "a")
except TypeError as e:
    print("TypeError", e)
print(1 + 2 * True, 1.5 * 2 + True, "a" + "b" * 2 + "c")


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return N(self.v * o)


n = N(2)
print((n * 3 + 1).v, (1 + n * 2 + n).v)
k = 0
for i in range(10):
    k = k * 3 + i - 1
print(k)


def unbound():
    r = 2 * 3 + q
    q = 1
    return r


try:
    unbound()
except UnboundLocalError as e:
    print(e)

# Unpacking lists of up to eight items and more.
for (a1, b1), [c1, d1, e1] in [((1, 2), [3, 4, 5]), ([6, 7], (8, 9, 10))]:
    print(a1, b1, c1, d1, e1)
p, q, r, s, t, u, w, m = list(range(8))
print(p + m)
p, q, r, s, t, u, w, m, o = list(range(9))
print(p + o)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)

# Powers of floats.
for base in (2.0, 0.5, 1e-300, 1e300, 0.0, -2.0, float("inf"), float("nan"), 3.0):
    for e in (0.5, 2, -1, 2.5, 0, 1000, -1000, 1e10):
        try:
            r = base**e
            print(repr(base), e, repr(r))
        except (OverflowError, ZeroDivisionError, ValueError) as ex:
            print(repr(base), e, type(ex).__name__, ex)
d2 = 2.25
print(0.01 / (d2 * d2**0.5), 2**0.5, 2.0**-2, 10.0 ** 308 * 10)
