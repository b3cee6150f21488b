import pickle, collections, datetime, fractions, decimal, enum
class P:
    def __init__(self, a): self.a = a; self.items = [a, "x"]
    def __eq__(self, o): return type(o) is P and o.__dict__ == self.__dict__
    def __repr__(self): return f"P({self.__dict__})"
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
class G:
    def __init__(self): self.secret = 1; self.keep = 2
    def __getstate__(self): return {"keep": self.keep}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
def fn(): return 1
shared = [1, 2]
values = [[1], None, 'ab', (1, 2), {'a': [1, 2.5]}, {1, 2}, frozenset([3]), b'xy', 10**20, -5, 300, 70000, [[]] * 2, True, False,
          0, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, -2**63, 2**1000, 1.5, -0.0, float("inf"), "é" * 3, "x" * 300, (1, 2, 3, 4), (shared, shared),
          {"nested": {"deep": (1, [2, {3}])}}, list(range(5)), tuple(range(2)), ((),), 3 + 4j, P(3), fn, len, P, int, bytearray(b"ab")]
for v in values:
    d = pickle.dumps(v)
    back = pickle.loads(d)
    ok = back == v or (v != v)
    print(repr(v)[:40] if not callable(v) else v.__name__, d if len(d) < 80 else len(d), ok)
for proto in range(0, 6):
    print(proto, pickle.loads(pickle.dumps({"k": [1, "s", (2.5,)]}, protocol=proto)))
t = pickle.loads(pickle.dumps((shared, shared))); print(t[0] is t[1])
rec = []; rec.append(rec); r2 = pickle.loads(pickle.dumps(rec)); print(r2[0] is r2)
s = pickle.loads(pickle.dumps(S())); print(s.x, s.y)
print(pickle.loads(pickle.dumps(R(5))).v)
g = pickle.loads(pickle.dumps(G())); print(g.__dict__)
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))), pickle.loads(pickle.dumps(collections.Counter("aab"))))
print(pickle.loads(pickle.dumps(datetime.date(2024, 1, 2))), pickle.loads(pickle.dumps(fractions.Fraction(1, 3))), pickle.loads(pickle.dumps(decimal.Decimal("1.5"))))
Point = collections.namedtuple("Point", "x y")
print(pickle.loads(pickle.dumps(Point(1, 2))))
class Color(enum.Enum):
    RED = 1
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED)
try: pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e: print(type(e).__name__)
try: pickle.loads(b"")
except EOFError as e: print("EOFError", e)
import io
f = io.BytesIO(); pickle.dump([1, 2], f); f.seek(0); print(pickle.load(f), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
