# Mutation during iteration, del, scopes, exec, loop else/finally, metaclasses,
# __init_subclass__, __class__ assignment, __new__ and copy.
d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 0
except RuntimeError as e: print(e)
s = {1, 2}
try:
    for k in s: s.add(k + 10)
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
l = [1, 2, 3]
for x in l:
    if x == 2: l.remove(x)
print(l)
x = 5
del x
try: x
except NameError as e: print(e)
def f():
    y = 1
    del y
    return y
try: f()
except UnboundLocalError as e: print(e)
def g():
    global newg
    newg = 3
g(); print(newg)
def h():
    def inner(): return z
    z = 5
    return inner()
print(h())
def k():
    def inner(): return w
    return inner()
    w = 1
try: k()
except NameError as e: print(e)
try:
    exec("for i in range(3):\n    if i == 1: raise ValueError(i)")
except ValueError as e: print("exec", e)
code = compile("a + 1", "<expr>", "eval"); print(eval(code, {"a": 41}), code.co_filename, code.co_name)
try: eval("1/0")
except ZeroDivisionError as e: print(e)
import traceback
try:
    exec("def q():\n    return 1/0\nq()")
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-3:])
print([*map(lambda t: t[0] * t[1], enumerate("abc"))], sorted(set(map(len, ["a", "bb", "c"]))))
while True:
    try:
        break
    finally:
        print("finally on break")
for i in range(3):
    pass
else:
    print("else", i)
n = 0
while n < 3:
    n += 1
    if n == 10: break
else:
    print("while else", n)
try:
    pass
except Exception:
    pass
else:
    print("try else")
def ret_finally():
    try:
        return "try"
    finally:
        print("fin")
print(ret_finally())
def swallow():
    for _ in range(1):
        try:
            1 / 0
        finally:
            return "swallowed"
print(swallow())
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, /, b=2, *, c=3: a + b + c)(1, c=10))
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=0))
def defaults(a, l=[]):
    l.append(a); return l
print(defaults(1), defaults(2), defaults.__defaults__)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class X(metaclass=Meta, flag=True): pass
print(X.created_by, X.extra, type(X).__name__, X.__class__.__name__)
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class P1(Plugin, key="one"): pass
class P2(Plugin): pass
print(sorted(Plugin.registry))
class A: 
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(a.who(), type(a).__name__)
try: a.__class__ = 5
except TypeError as e: print(e)
try: (1).__class__ = B
except TypeError as e: print(e)
print(type.__call__(A).who(), type(A)("Z", (), {}).__name__, A.__dict__["who"].__name__, A.who.__get__(A(), A)())
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1, s2 = Singleton(1), Singleton(2); print(s1 is s2, s1.v)
try: object.__new__(A, 1)
except TypeError as e: print(e)
class NoInit:
    def __new__(cls, x): return 42
print(NoInit(1))
import copy
class Deep:
    def __init__(self): self.l = [[1]]
dd = Deep(); c1 = copy.copy(dd); c2 = copy.deepcopy(dd); dd.l[0].append(2); print(c1.l, c2.l)
print(copy.deepcopy({"a": [1, {2}]}), copy.copy([1, [2]]))
