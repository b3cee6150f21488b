def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c

print(f(1))
print(f(2, 3))
print(f(3))
print(f.__defaults__[0])
def g(x=10, *, y=20):
    return x * y
print(g(), g(2), g(y=3), g.__kwdefaults__)
