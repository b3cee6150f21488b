class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
    def __repr__(self):
        return "D" + super().__repr__()
d = D(a=1, b=2)
print(d["a"], d, len(d), d.get("a"), isinstance(d, dict), type(d).__name__)
d.extra = 5
print(d.extra, vars(d))
class L(list):
    def first(self): return self[0]
l = L([3, 1, 2])
l.append(0)
l.sort()
print(l, l.first(), type(l).__name__, l + [9], len(l), type(l[:2]).__name__)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
t = T(1, 2)
print(t, t.a, len(t), t == (1, 2), hash(t) == hash((1, 2)))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s, s.shout(), s + "x", repr(s), len(s), s == "hi", {s: 1}["hi"])
class I(int):
    def __repr__(self): return f"I({int(self)})"
i = I(5)
print(i, i + 1, i * 2, repr(i), i == 5, hash(i) == hash(5), I(3) < I(4), isinstance(i, int), bool(I(0)))
print(str(i), f"{i}", [i])
class F(float):
    pass
f = F(2.5)
print(f, f * 2, type(f).__name__)
class Big(int): pass
b = Big(10**30)
print(b, b + 1, type(b).__name__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 42)
except E as e:
    print(e, e.code, e.args)
class St(set): pass
s2 = St([1, 2, 2])
print(sorted(s2), len(s2), type(s2).__name__, 1 in s2)
class NoArgs: pass
try:
    NoArgs(1)
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
WithNew(1, 2)
class Other:
    def __new__(cls):
        return 42
print(Other())
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
