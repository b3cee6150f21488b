import pickle, collections
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return "Pt(%r, %r)" % (self.x, self.y)
class Empty:
    pass
class MyList(list):
    pass
shared = [1, 2]
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, 2**63, -2**70, 10**30,
          1.5, -0.0, 1e100, float("inf"), 3.0, "", "abc", "é\u20ac\n\\\r\x00\x1a" + chr(0x1F600), b"", b"ab\x00\xff", bytearray(b"xy"), bytearray(),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, "a", [2]], list(range(5)), {}, {"a": 1}, {"a": 1, "b": [2, 3]},
          set(), {1, 2}, frozenset(), frozenset({3}), 1 + 2j, [shared, shared], (shared, shared), Pt(1, "two"), Empty(),
          MyList([1, 2]), len, collections.OrderedDict(a=1), range(3), int, Pt, ValueError, FileNotFoundError, str]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v or (v != v) or type(v) is Empty
        print(proto, type(v).__name__ if type(v) is Empty else repr(v)[:30], data, ok if ok else repr(back))
rec = []; rec.append(rec)
for proto in range(6):
    d = pickle.dumps(rec, proto); b = pickle.loads(d); print(proto, d, b[0] is b)
t = ([],); t[0].append(t)
for proto in range(6):
    d = pickle.dumps(t, proto); b = pickle.loads(d); print(proto, d, b[0][0] is b)
print(pickle.dumps([1, 2], 2, fix_imports=False), pickle.dumps(range(2), 2, fix_imports=False))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\ntR."), pickle.loads(b"(lp0\nI1\naF2.5\naVhi\\u00e9\na."))
print(pickle.loads(b"cexceptions\nStandardError\n."), pickle.loads(b"ccopy_reg\n_reconstructor\n.").__name__)
