def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=5, **{'y': 6}))
def g(a, *rest, last=None):
    return a, rest, last
print(g(1, 2, 3, last=4))
print(g(*'xyz'))
