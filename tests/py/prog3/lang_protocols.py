# Protocols: __missing__, __getitem__ iteration, metaclass __call__, generic aliases,
# StopIteration in generators, exec/eval namespaces, name mangling, scopes, format specs.
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["zz"], d, d.get("q"), "q" in d)
class Seq:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() == 1, 1 == E(), E() != 2)
try: hash(E())
except TypeError as e: print(e)
class Meta(type):
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 42
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
w = W(5); print(w.x, W, len(W), type(W), isinstance(W, Meta))
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], list[int], dict[str, list[int]], tuple[int, ...], type(list[int]), list[int].__origin__, list[int].__args__)
def gen():
    yield 1
    raise StopIteration("x")
try: list(gen())
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__)
g = gen()
try: g.send(5)
except TypeError as e: print(e)
def g2(): yield
g3 = g2(); next(g3)
try: next(g3)
except StopIteration: print("done")
print(next(g3, "exhausted"))
try:
    assert 1 == 2, "math broke"
except AssertionError as e: print(repr(e))
try:
    assert False
except AssertionError as e: print(repr(e), e.args)
ns = {}
exec("x = 5\ndef f(): return x * 2", ns)
print(ns["f"](), eval("x + 1", ns), eval("y * 2", {}, {"y": 4}), sorted(k for k in ns if k != "__builtins__"))
class P:
    count = 0
    def __init__(self): P.count += 1; self.__private = 1
    def get(self): return self.__private
p = P(); print(p.get(), p._P__private, P.count, "__private" in dir(p), "_P__private" in vars(p))
class S1: __slots__ = ("a",)
class S2(S1): __slots__ = ("b",)
s = S2(); s.a = 1; s.b = 2; print(s.a, s.b, S2.__slots__, hasattr(s, "__dict__"))
try: s.c = 3
except AttributeError as e: print(e)
x = [1, 2, 3]
x[1] += 10; x[-1] *= 2
class O: pass
o = O(); o.v = 1; o.v += 5; o.v **= 2
print(x, o.v, not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 7 - 3 - 2, 2 * 3 % 4, 1 if 0 else 2 if 0 else 3, 1 or 0 and 2, (1, 2) < (1, 3), [] or "empty", 0 and 1)
a = b = c = [0]
a += [1]
print(b, a is c)
i = 10
def outer():
    i = 1
    class C:
        i = 2
        j = i + 1
        def m(self): return i
    return C
C = outer(); print(C.i, C.j, C().m())
print([i for i in range(3)], i)
def counter():
    global gcount
    gcount = gcount + 1 if "gcount" in globals() else 1
    return gcount
counter(); counter(); print(gcount)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: [lst.append(v), v][1])
except ValueError as e: print(e)
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[0]), sorted("cbA", key=str.casefold), sorted([1, 2, 3], reverse=True))
print(f"{'x'!r:^10}|{3.5:>{6}.{2}f}|{'a':_<4}|{1e6:,.0f}|{12:n}|{-12:_b}|{0xff:#_x}")
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"): return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}F"
        return f"{self.c:{spec}}C"
print(f"{Temp(100):.1F} {Temp(21.5):>8} {Temp(0)}", format(Temp(5), ".2F"), "{:.0F}".format(Temp(37)))
