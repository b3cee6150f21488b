data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(f"{name}:{age}:{city}")
(a, b), (c, *d) = (1, 2), "xyz"
print(a, b, c, d)
x = y = (1, 2)
print(x is y, x == (1, 2), (1, 2) + (3,), tuple(reversed(x)))
t = 1, 2, 3
t2 = t[:]
print(t2 is t, t[::-1], t[5:], max(t), sorted(t, reverse=True), tuple(i * 2 for i in t))
print((), (()), ((),), ((1, 2), [3]), len(((),)), () == tuple())
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(e)
