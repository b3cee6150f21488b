# Python-to-Python calls through the evaluation loop's fast paths: defaults
# (and assigned __defaults__), bound methods, closures, calls into functions
# of other globals, deep recursion and returns across many frames, generators
# resumed while calls are in flight, exceptions unwinding several frames.


def f(a, b=1, c=2):
    return a + b * 10 + c * 100


print(f(1), f(1, 2), f(1, 2, 3))
f.__defaults__ = (5, 6)
print(f(1), f(1, 2), f(1, 2, 3))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)


class C:
    def __init__(self, k):
        self.k = k

    def m(self, x, y=3):
        return self.k * x + y


c = C(7)
bound = c.m
print(c.m(2), bound(2, 1), C.m(c, 1))


def make_adder(n):
    def add(x):
        return x + n

    return add


add5 = make_adder(5)
print(add5(1), [add5(i) for i in range(3)])

# A function whose globals are another dict, with its own __builtins__.
ns = {"__builtins__": {"len": lambda x: "own len"}}
exec("def g(x):\n    return len(x)\n", ns)
g = ns["g"]
print(g([1, 2, 3]), len([1, 2, 3]))


def h(x):
    return g(x) + "!"


print(h("abc"))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(500))


def ping(n):
    return n if n <= 0 else pong(n - 1)


def pong(n):
    return n if n <= 0 else ping(n - 1)


print(ping(301))


def gen(n):
    for i in range(n):
        yield f(i, 1, 0) + depth(3)


print(list(gen(5)), sum(x for x in gen(4)))


def boom(n):
    if n == 0:
        raise ValueError("deep")
    return boom(n - 1)


def catch():
    try:
        return boom(20)
    except ValueError as e:
        return "caught " + str(e)


print(catch())


def fin():
    try:
        return depth(3)
    finally:
        print("finally ran")


print(fin())


def kw(a, b=2, *, c=3):
    return (a, b, c)


print(kw(1), kw(1, c=4), kw(b=5, a=0))


def unbound():
    print(x)
    x = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def too_many(a):
    return a


try:
    too_many(1, 2)
except TypeError as e:
    print("TypeError", e)
