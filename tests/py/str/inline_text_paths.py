# The str fast paths: short (inline) and long texts, split without a
# character vector, ASCII case mapping, join sizes, str(int), f-strings,
# BUILD_STRING, and the dunders of Python classes looked up by name.

# Texts on both sides of the inline limit (22 bytes) and non-ASCII ones.
for n in (0, 1, 21, 22, 23, 29, 30, 31, 32, 64):
    s = "a" * n
    t = s + "b"
    print(n, len(t), t[-2:], len(s + s), (s + "é")[-1:], len("é" + s))
    print(hash(s) == hash("a" * n), s == "a" * n, s + "" is not None)

# split: whitespace (ASCII and not), maxsplit, explicit separators.
cases = ["", " ", "  a b  c  ", "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi j",
         "one", "héllo wörld  x ", "\u2003a\u2003b", "a,b,,c,", ",,"]
for c in cases:
    print(repr(c), c.split(), c.split(None, 1), c.split(maxsplit=0),
          c.split(maxsplit=-3), c.split(","), c.split(",", 1), c.split(",", 0))
print("aéb".split("é"), "x--y--z".split("--"), "x--y--z".split("--", 1))
print("a b".split(" ", -1), "abc".split("abc"), "abcabc".split("b"))
for bad in ("", 1):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "a".split(x=1)
except TypeError as e:
    print(e)
try:
    "a".split(",", 1, 2)
except TypeError as e:
    print(e)
print("a b c".split(sep=None, maxsplit=1), "a,b".split(sep=","))

# Case mapping of ASCII text, short and long; non-ASCII goes the long way.
for s in ("", "Ab", "HELLO world 123", "Mixed" * 10, "Straße", "ǅx"):
    print(s.lower(), s.upper(), s.lower() == s.lower(), len(s.upper()))
try:
    "a".lower(1)
except TypeError as e:
    print(e)

# join: sizes, separators, non-ASCII, errors.
print(repr(" ".join([])), "-".join(["a"]), "é".join(["ab", "cd", "ëf"]))
print(len("é".join(["ab", "cd", "ëf"])), "".join(["x"] * 40), len(", ".join(map(str, range(100)))))
print("-".join(c for c in "abc"), "".join(("é", "ü"))[1])
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)

# str of ints and f-strings (FORMAT_VALUE, BUILD_STRING).
for i in (0, 7, -7, 10, -10, 2**62 - 1, -(2**62), 2**62, 2**100, -(2**70)):
    print(str(i), f"{i}", f"<{i}>", f"{i!r}", f"{i:>5}"[:5], len(f"k{i}k"))
print(str(True), f"{True}", f"{False!s}", str(3.0), f"{1.5}", str(-0))
w = "wörd"
print(f"{w}{w}", f"{w:>8}|", f"{'x' * 31}y"[-3:], len(f"{w}{'é' * 30}"))

class Sub(str):
    pass

print(type(str(5)).__name__, str(Sub("ab")), type(Sub(12)).__name__, Sub(12) + "x")

# Indexing non-ASCII texts past the offset index stride.
u = "é" * 40 + "xyz" + "ü" * 40
print(u[41], u[-1], u[38:45], len(u), u.find("xyz"), u[::20])

# Python classes: dunders found through the interned-name table.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        return V(self.x + o.x)
    def __radd__(self, o):
        return V(o + self.x)
    def __iadd__(self, o):
        return V(self.x * 100 + o.x)
    def __lt__(self, o):
        return self.x < o.x
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __neg__(self):
        return V(-self.x)
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        return i * self.x
    def __contains__(self, i):
        return i == self.x
    def __call__(self, y):
        return self.x + y
    def __iter__(self):
        return iter(range(self.x))

a, b = V(2), V(3)
print(a + b, 1 + a, a < b, a == V(2), a != b, -a, len(b), b[4], 3 in b, a(10), list(b))
a += b
print(a, sorted([V(3), V(1), V(2)]), {V(1): "one"}[V(1)], str(a), repr(a), bool(V(0)))
V.__add__ = lambda self, o: "replaced"
print(V(1) + V(2))

class W(V):
    def __radd__(self, o):
        return "W radd"

print(V(1) + W(2))
