# One frame object per running frame: asked twice (sys._getframe, f_back,
# tb_frame) it is the same object, and it keeps its last line, locals and
# caller after the function returns.
import sys


def f():
    a = sys._getframe()
    b = sys._getframe()
    print("same", a is b, a.f_back is sys._getframe(1))
    x = 5
    return a


fr = f()
print("after return", fr.f_lineno, sorted(fr.f_locals), fr.f_code.co_name)
print("back is caller", fr.f_back is sys._getframe())
print("module frame", sys._getframe() is sys._getframe())


def gen():
    yield sys._getframe()
    yield sys._getframe()


it = gen()
a = next(it)
b = next(it)
print("generator", a is b)


def handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame is sys._getframe(), tb.tb_lineno


print("tb_frame", handler())


def rec(n):
    if n == 0:
        return [sys._getframe(i) for i in range(4)]
    return rec(n - 1)


fs = rec(3)
print([x.f_code.co_name for x in fs])
print("chain", fs[0].f_back is fs[1], fs[1].f_back is fs[2], fs[2].f_back is fs[3])
print("lines", [x.f_lineno for x in fs])


# A new call at the same depth gets a new frame object.
def same_depth():
    return sys._getframe()


p = same_depth()
q = same_depth()
print("new call, new frame", p is q)


def deep(k):
    if k:
        return deep(k - 1)
    return sys._getframe()


seen = [deep(3) for _ in range(3)]
print("distinct", len({id(x) for x in seen}) == 3 or seen[0] is not seen[1])


# A frame object held by a local of its own frame (a cycle through f_locals).
def holds_itself():
    me = sys._getframe()
    me.f_locals
    return 1


print(holds_itself())


def sort_key(v):
    return sys._getframe(1).f_code.co_name, -v


print(sorted([1, 3, 2], key=sort_key))


class C:
    def m(self):
        return sys._getframe()

    def n(self):
        return self.m().f_back is sys._getframe()


print("method back", C().n())
