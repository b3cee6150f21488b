class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): raise ValueError("no str")
try: print(BadStr())
except ValueError as e: print("VE", e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print(e)
class FloatLen:
    def __len__(self): return 1.5
try: len(FloatLen())
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadIndex:
    def __index__(self): return 1.5
try: [1, 2][BadIndex()]
except TypeError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([1, 2])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), list(iter(Rev())))
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
class NoHash:
    __hash__ = None
try: {NoHash()}
except TypeError as e: print(e)
class NE:
    def __eq__(self, o): return NotImplemented
a = NE(); print(a == a, a == NE(), a != NE(), a != a)
t = ([1],)
try: t[0] += [2]
except TypeError as e: print(e, t)
d = {1: 2}
try:
    for k in d: d[k + 1] = 0
except RuntimeError as e: print(e)
s = {1}
try:
    for k in s: s.add(k + 1)
except RuntimeError as e: print(e)
l = [3, 1, 2]
try: l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e: print(e)
class Mangle:
    __secret = 1
    def get(self): return self.__secret
print(Mangle().get(), Mangle._Mangle__secret, hasattr(Mangle, "__secret"))
class S:
    @classmethod
    def c(cls): return super().__repr__ is not None
    def __init_subclass__(cls): pass
print(S.c())
class P:
    def __init__(self): self.x = 1
class C(P):
    def __init__(self):
        super().__init__()
        self.y = 2
print(vars(C()))
def outer():
    v = 1
    class Inner:
        def get(self): return v
        w = v + 1
    v = 5
    return Inner().get(), Inner.w
print(outer())
try:
    class X:
        y = 1
        z = [y for _ in range(2)]
except NameError as e: print(e)
print(getattr(object(), "__class__").__name__, object().__eq__(1), (1).__eq__(1.0), (1.0).__eq__(1), "a".__lt__(1))
class Cnt:
    n = 0
    def __del__(self): Cnt.n += 1
for _ in range(3): Cnt()
print(Cnt.n)
import sys
print(sys.getrefcount is not None)
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y)
z = (1, 2)
w = z
w += (3,)
print(z, w)
print([] is [], () is (), "a" * 0 == "", [0] * -1)
def f(*, a=1, **kw): return a, kw
print(f(**{"a": 2, "b": 3}), f(b=1))
try: f(**{1: 2})
except TypeError as e: print(e)
try: f(a=1, **{"a": 2})
except TypeError as e: print(e)
try: print(*[1, 2], **{"sep": "-"}, end="\n", flush=True)
except TypeError as e: print(e)
