def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    return "done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("result", e.value)
