# Deeply nested containers: repr, str, print and comparison raise
# RecursionError (never crash), and the interpreter works normally afterwards.
import io
import sys


def check(name, f):
    try:
        r = f()
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError:", e)


def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nest_tuple(n):
    x = ()
    for _ in range(n):
        x = (x,)
    return x


def nest_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


l = nest_list(20000)
m = nest_list(20000)
t = nest_tuple(20000)
u = nest_tuple(20000)
d = nest_dict(20000)
e = nest_dict(20000)

check("repr list", lambda: repr(l))
check("str list", lambda: str(l))
check("format list", lambda: f"{l}")
check("repr tuple", lambda: repr(t))
check("repr dict", lambda: repr(d))
check("print list", lambda: print(l, file=io.StringIO()))
check("print tuple", lambda: print(t, file=io.StringIO()))
check("eq list", lambda: l == m)
check("ne list", lambda: l != m)
check("lt list", lambda: l < m)
check("eq tuple", lambda: t == u)
check("ge tuple", lambda: t >= u)
check("eq dict", lambda: d == e)
check("in list", lambda: m in [l])
check("list index", lambda: [l].index(m))
check("hash tuple", lambda: hash(t) == hash(t))
check("eq same", lambda: l == l)

# Mixed nesting: lists inside tuples inside dicts.
x = None
for i in range(20000):
    x = [x] if i % 3 == 0 else (x,) if i % 3 == 1 else {"a": x}
check("repr mixed", lambda: repr(x))

# Moderate depth works under the limit.
ok = nest_list(200)
print(len(repr(ok)), repr(ok)[:10], repr(nest_tuple(3)), repr(nest_dict(2)))
print(nest_list(300) == nest_list(300), nest_tuple(300) < nest_tuple(301))

# Cycles still print as [...] and {...}.
a = [1]
a.append(a)
b = {"x": 1}
b["self"] = b
print(a, b, (a,))

# After the errors, recursion depth is back to normal.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0) > 900)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
check("repr at low limit", lambda: repr(nest_list(200)))
check("repr under low limit", lambda: repr(nest_list(50)))
sys.setrecursionlimit(1000)
print("done")
