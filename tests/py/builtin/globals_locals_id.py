x = 5
def f(a):
    b = a * 2
    return sorted(locals().items())
print(f(1), "x" in globals(), globals()["x"], __name__)
a = []
b = a
print(id(a) == id(b), id(a) == id([]), a is b)
print(type(globals()).__name__, len(f.__globals__) == len(globals()))
