def g():
    yield from [1, 2, 3]
x = g()
print(next(x))
try:
    x.throw(ValueError("into list delegation"))
except ValueError as e:
    print("raised", e)
print(next(x, "done"))
class Closable:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("delegate closed")
def h():
    try:
        yield from Closable()
    finally:
        print("h finally")
y = h()
next(y)
y.close()
def fin():
    try:
        yield 1
    finally:
        return "from finally"
f = fin()
next(f)
print(f.close())
def deep(n):
    if n:
        r = yield from deep(n - 1)
        return r + 1
    yield "bottom"
    return 0
d = deep(50)
print(next(d))
try:
    d.send(None)
except StopIteration as e:
    print("deep value", e.value)
d2 = deep(20)
next(d2)
try:
    d2.throw(KeyError("deep"))
except KeyError as e:
    print("deep throw", repr(e))
ge = (i * 2 for i in range(3))
print(next(ge), ge.__name__, ge.__qualname__)
try:
    ge.throw(IndexError("ge"))
except IndexError as e:
    print(e, next(ge, "fin"))
print(repr(ge).startswith("<generator object <genexpr> at 0x"))
def sender():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
s = sender()
next(s)
s.send(3); s.send(4)
try:
    s.send(None)
except StopIteration as e:
    print(e.value, repr(e))
try:
    s.send(1)
except StopIteration as e:
    print("finished send", repr(e))
def thrower():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
t = thrower(); next(t)
try:
    t.throw(ValueError("orig"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
