def g(name):
    try:
        yield 1
    finally:
        print("cleanup", name)
_private = g("private")
next(_private)
x = g("x")
next(x)
y = g("y")
next(y)
items = [g("in list")]
next(items[0])
print("end")
