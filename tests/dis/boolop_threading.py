def f(a, b, c):
    return a() and b() or c()
if not x in y:
    pass
if not x is None:
    pass
