# How many levels recursion through dunders and builtins reaches, and which
# guard trips: CPython 3.11 counts a level for builtins called before the calling
# code is warm (8 RESUMEs or backward jumps), and for calling instances.
n = 0
def rec():
    global n
    n += 1
    rec()
def run(name, f):
    global n
    n = 0
    try:
        f()
    except RecursionError as e:
        print(name, n, e)
class S:
    def __str__(self):
        global n
        n += 1
        return str(self)
class C:
    def __call__(self):
        global n
        n += 1
        return self()
class Lt:
    def __lt__(self, o):
        global n
        n += 1
        return self < o
class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
run("rec", rec)
run("rec lambda", lambda: rec())
run("str", lambda: str(S()))
run("print", lambda: print(S()))
run("call", lambda: C()())
run("lt", lambda: Lt() < Lt())
run("sorted", lambda: sorted([Lt(), Lt()]))
run("repr", lambda: repr(R()))
def deeper(k, f):
    if k == 0:
        return f()
    return deeper(k - 1, f)
for k in range(4):
    run("print+%d" % k, lambda: deeper(k, lambda: print(S())))
    run("call+%d" % k, lambda: deeper(k, lambda: C()()))
    run("sorted+%d" % k, lambda: deeper(k, lambda: sorted([Lt(), Lt()])))
class T:
    def __str__(self):
        rec()
        return ""
class U:
    def __str__(self):
        return str(V())
class V:
    def __str__(self):
        rec()
        return ""
def f_print(): print(T())
run("A", lambda: rec())
run("B str", lambda: str(T()))
run("B str again", lambda: str(T()))
run("C print", lambda: print(T()))
run("D nested", lambda: str(U()))
for i in range(12):
    run("E str %d" % i, lambda: str(T()))
for i in range(12):
    run("F print %d" % i, f_print)
def g_str(): return str(T())
for i in range(12):
    run("G %d" % i, g_str)


class K:
    def __init__(self):
        global n
        n += 1
        K()


run("class call", K)
for i in range(10):
    run("len %d" % i, lambda: len([rec()]))
