for a, (b, c) in items:
    pass
[x, y] = z
a.b, c[0] = 1, 2
