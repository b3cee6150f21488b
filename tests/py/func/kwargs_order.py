def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1}, a=2))
def g(a, *args, b, **kw):
    return a, args, b, kw
print(g(1, 2, 3, b=4, c=5, d=6))
print(g(*[1, 2], **{"b": 3, "e": 7}))
def h(a, b, /, **kw):
    return a, b, kw
print(h(1, 2, a=3, b=4))
