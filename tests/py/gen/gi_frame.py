# gi_frame / cr_frame of generators and coroutines: the frame while suspended
# or running, None once finished; gi_running, gi_code, f_lineno, f_locals.
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = counter(2)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno, fr.f_lasti, fr.f_back, fr.f_locals)
print(g.gi_running, g.gi_code.co_name)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_locals, fr.f_lineno, fr.f_locals)
next(g)
print(fr.f_locals)
for _ in g:
    pass
print(g.gi_frame, g.gi_running)


def watcher():
    me = yield
    while True:
        f = me.gi_frame
        yield (me.gi_running, f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name,
               sys._getframe().f_code.co_name)


w = watcher()
next(w)
print(w.send(w))


def resumer():
    return next(w)


print(resumer())


async def coro():
    return 1


c = coro()
print(type(c.cr_frame).__name__, c.cr_frame.f_code.co_name, c.cr_running, c.cr_code.co_name, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)

# A generator expression's frame.
ge = (x * 2 for x in range(3))
print(ge.gi_frame.f_code.co_name, sorted(ge.gi_frame.f_locals))
next(ge)
print(sorted(ge.gi_frame.f_locals), ge.gi_frame.f_locals["x"])
