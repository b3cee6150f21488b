# Generators driven by `for` loops and `yield from` chains: values, returns,
# exceptions with their context, gi_running, exc_info, recursion.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def relay(it):
    r = yield from it
    print("relay got", r)
    return r


print(list(relay(count(3))))
total = 0
for x in relay(relay(count(5))):
    total += x
print("total", total)


# A generator that raises: the consumer's handler sees the exception.
def boom(n):
    for i in range(n):
        yield i
    raise KeyError("boom")


try:
    for x in boom(2):
        print("got", x)
except KeyError as e:
    print("caught", repr(e), e.__context__)

# Through a yield from chain.
try:
    for x in relay(relay(boom(1))):
        print("chain got", x)
except KeyError as e:
    print("chain caught", repr(e))


# PEP 479: StopIteration in a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("leak")


try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("runtime", e, repr(e.__cause__), e.__suppress_context__)

try:
    for x in relay(leaky()):
        print("relay leaky", x)
except RuntimeError as e:
    print("relay runtime", e, repr(e.__cause__))


# The exception the consumer handles is the context of one raised in the
# generator, and the generator's own handled exception stays its own.
def raises_in_handler():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


try:
    raise IndexError("outer")
except IndexError:
    for name in raises_in_handler():
        print("in gen", name, "consumer", sys.exc_info()[0].__name__)


# gi_running while the loop body and the generator run.
def watch():
    yield g.gi_running
    yield g.gi_running


g = watch()
for x in g:
    print("inside", x, "outside", g.gi_running)
print("after", g.gi_running, g.gi_frame)


# A generator that iterates itself.
def selfish():
    try:
        for x in me:
            yield x
    except ValueError as e:
        yield str(e)


me = selfish()
print(list(me))


# Breaking out of loops leaves the generator suspended; it resumes later.
c = count(10)
for x in c:
    if x == 3:
        break
print("resumed", next(c), list(c))


# send() into a chain whose innermost generator is driven by yield from.
def echo():
    got = None
    while True:
        got = yield got
        if got == "stop":
            return "echo stopped"


def outer():
    r = yield from echo()
    yield r


o = outer()
next(o)
print(o.send(1), o.send("x"), o.send("stop"))


# Deep recursive generators hit RecursionError and unwind cleanly.
def deep(n):
    yield n
    yield from deep(n + 1)


try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("recursion", type(e).__name__, x > 100)


# A tree walked by recursive yield from, with a return value at each level.
def walk(t):
    if t is None:
        return 0
    left, v, right = t
    a = yield from walk(left)
    yield v
    b = yield from walk(right)
    return a + b + 1


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def count_nodes(t):
    n = yield from walk(t)
    yield ("nodes", n)


print(list(count_nodes(build(0, 10))))


# Genexps over generators, in builtins and nested loops.
print(sum(x * x for x in count(10)), max(y for y in relay(count(7))))
print([(a, b) for a in count(3) for b in count(a)])
print(sorted(count(4), reverse=True), tuple(count(3)), any(x > 2 for x in count(5)))
print("-".join(str(x) for x in count(4)), all(x < 9 for x in count(9)))


# close() and throw() after inline resumptions.
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")


k = closer()
for x in k:
    print("closer", x)
    break
k.close()
print("closed", k.gi_frame)


def thrower():
    while True:
        try:
            yield "ready"
        except TypeError as e:
            print("thrower caught", e)


t = thrower()
for x in t:
    print(x, t.throw(TypeError("hey")))
    break


# A return value reaches StopIteration for next(), not for for loops.
r = relay(count(2))
print(next(r), next(r))
try:
    next(r)
except StopIteration as e:
    print("stop value", e.value)


# The traceback of an error raised inside nested generators.
def level2():
    yield 1
    raise ValueError("deep")


def level1():
    yield from level2()


import traceback

try:
    for x in level1():
        pass
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([l.split(", in ")[-1] for l in lines if l.strip().startswith("File")])


# Coroutines awaited by coroutines, driven by send.
class Ready:
    def __await__(self):
        v = yield "suspend"
        return v


async def inner_coro():
    a = await Ready()
    return a * 2


async def outer_coro():
    x = await inner_coro()
    y = await inner_coro()
    return x + y


co = outer_coro()
print(co.send(None), co.send(5))
try:
    co.send(7)
except StopIteration as e:
    print("coroutine result", e.value)

# Finally the error at the end of the program goes through a for loop.
for x in relay(boom(1)):
    print("last", x)
