# The wording of RecursionError raised by native recursion guards.


def check(name, f):
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError:", e)


def nest(n, wrap):
    x = None
    for _ in range(n):
        x = wrap(x)
    return x


check("repr list", lambda: repr(nest(5000, lambda x: [x])))
check("str tuple", lambda: str(nest(5000, lambda x: (x,))))
check("repr dict", lambda: repr(nest(5000, lambda x: {1: x})))
check("eq list", lambda: nest(5000, lambda x: [x]) == nest(5000, lambda x: [x]))
check("lt tuple", lambda: nest(5000, lambda x: (x,)) < nest(5000, lambda x: (x,)))


def f():
    return f()


check("python", f)
