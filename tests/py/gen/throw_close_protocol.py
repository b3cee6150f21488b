# Generator protocol details: attributes, send/throw/close edge cases, yield from.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "done"
g = counter(5)
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(g.gi_code.co_name, g.gi_frame is not None)
try:
    g.send(3)
except TypeError as e:
    print(e)
print(next(g), g.send(2), next(g), g.gi_suspended)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(g.gi_frame, g.gi_suspended, next(g, "exhausted"))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally runs")
c = closer()
c.close()
print("unstarted close ok", next(c, "none"))
c = closer()
next(c)
c.close()
c.close()
print("closed twice", c.gi_frame)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("close raised", e)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))
k = catcher()
next(k)
k.throw(ValueError)
k.throw(ValueError, "msg")
k.throw(ValueError, ValueError("inst"))
k.throw(ValueError("obj"))
try:
    k.throw(ValueError("a"), "b")
except TypeError as e:
    print(e)
try:
    k.throw(5)
except TypeError as e:
    print(e)
fresh = catcher()
try:
    fresh.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw", repr(e), fresh.gi_frame)
def selfish():
    yield me.send(None)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        yield "i2"
    finally:
        print("inner finally")
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o"
o = outer()
print(next(o), o.gi_yieldfrom.__name__)
print(o.send("hello"))
o.close()
print("after close", o.gi_yieldfrom)
o = outer()
next(o)
try:
    o.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
class Delegate:
    def __iter__(self):
        return self
    def __next__(self):
        return 7
    def throw(self, *a):
        print("delegate throw", a[0].__class__.__name__)
        raise StopIteration("delegate done")
def uses_delegate():
    r = yield from Delegate()
    yield r
u = uses_delegate()
print(next(u), u.throw(ValueError("x")))
def stopper():
    yield 1
    raise StopIteration("bad")
try:
    list(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def fin():
    try:
        yield 1
    finally:
        print("dropped generator finalized")
f = fin()
next(f)
del f
print("after del")
