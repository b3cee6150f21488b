def inner():
    try:
        yield "i1"
    except KeyError:
        print("inner handles KeyError")
        yield "i2"
    return "r"
def outer():
    r = yield from inner()
    yield "outer " + r
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
