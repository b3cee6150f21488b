import copy, heapq, bisect
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
import io
a = [[1, 2], {"k": [3]}, (4, [5])]
s = copy.copy(a); d = copy.deepcopy(a)
print(s[0] is a[0], d[0] is a[0], d == a, d[2] is a[2], d[2][1] is a[2][1])
t = (1, 2, "x"); print(copy.deepcopy(t) is t, copy.copy(t) is t)
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return "P(%r, %r)" % (self.x, self.l)
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.l is p.l, r.l is p.l, type(r).__name__)
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class Slot:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(Slot()); print(s2.a, s2.b)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("copy hook"); return Custom(self.v)
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
c = Custom([1]); print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
shared = [1]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
class L(list): pass
l = L([1, [2]]); l.tag = "t"; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple
dd = defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter("aab")), copy.deepcopy(deque([1, [2]], maxlen=4)))
N = namedtuple("N", "a b"); print(copy.deepcopy(N(1, [2])), copy.copy(N(1, 2)))
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(len) is len, copy.deepcopy(int) is int)
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
x = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]; heapq.heapify(x); print(x, heapq.heapreplace(x, 10), heapq.heappushpop(x, -1), x)
print(heapq.nsmallest(3, [5, 1, 4, 1, 9]), heapq.nlargest(2, "hello"), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(10, [1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["a", "bbb"], ["cc"], key=len)), list(heapq.merge([5, 1], [4, 2], reverse=True)))
ev = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]; heapq.heapify(ev); print(ev, [heapq.heappop(ev) for _ in range(4)])
try: heapq.heappop([])
except IndexError as e: print("IndexError", e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]; print(bisect.bisect_left(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([], 1, -1)
except ValueError as e: print(e)
log = []
@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)
with tag("a") as A, tag("b") as B:
    print(A, B)
print(log)
@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)
with swallow():
    raise ValueError("boom")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("passed through", e)
@tag("deco")
def decorated(): print("in decorated"); return 5
print(decorated(), decorated(), log[-2:])
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed", e)
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1)
    print("in stack", log[-3:])
print(log[-3:])
with ExitStack() as stack:
    stack.push(lambda *exc: print("push saw", exc[0].__name__) or True)
    raise ValueError("v")
print("stack suppressed")
def cleanup(): print("cleanup")
with ExitStack() as stack:
    stack.callback(cleanup)
    moved = stack.pop_all()
print("moved", end=" "); moved.close()
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
buf = io.StringIO()
with redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError("inner")
except ZeroDivisionError as e:
    print("ctx", repr(e.__context__))
