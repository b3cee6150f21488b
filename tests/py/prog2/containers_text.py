import sys
a = [1, 2]; a.append(a); print(a, repr(a))
d = {"k": 1}; d["self"] = d; print(d)
s = [[1, [2, (3, {4: "5"})]], {"a": {1, }}, frozenset(), set(), (), (1,), {}]
print(s, str(s))
print([1.0, -0.0, 1e20, float("nan"), None, True, ..., NotImplemented, "a\nb", b"x", 3j, 1+2j, -1j, complex(0, -0.0)])
print(range(0, 10, 2), range(5), slice(1, 2), slice(None), type(None), type(...), int, len, print)
print(list(range(10))[::-3], "abcdefg"[-2:1:-2], (1,2,3,4)[::-1], [1,2,3][5:], "abc"[::-1], list(range(10))[8:2:-2])
l = list(range(10)); l[2:5] = ["a"]; print(l); l[::2] = "xyzab"[:len(l[::2])]; print(l); del l[::3]; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
print(dict.fromkeys("abc", 0), {**{"a": 1}, "b": 2, **{"a": 3}}, dict(zip("ab", [1, 2])), {k: v for k, v in [(1, 2)]})
d = {"b": 2, "a": 1}
print(sorted(d), sorted(d.items(), key=lambda kv: -kv[1]), list(reversed(d)), d.keys() & {"a"}, d | {"c": 3})
print(d.setdefault("c", []), d, d.pop("zz", None), d.keys(), d.values(), d.items())
s1 = {1, 2, 3}; s2 = {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {1} < s1, s1.isdisjoint(s2), frozenset({1, 2}) | {3})
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), max(words, key=len), sorted(words, reverse=True)[:3])
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2], [[j * i for j in range(3)] for i in range(3)], {x % 3 for x in range(10)})
g = (x * x for x in range(5)); print(next(g), list(g), list(g))
print(" Hello, World ".strip().lower().replace("l", "L", 2), "a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "abc".center(9, "*"))
print("hello world".title(), "Hello".swapcase(), "ab".zfill(5), "-42".zfill(6), "x".ljust(3, ".") + "|", "tab\there".expandtabs(4), "ß".upper(), "İ".lower(), len("İ".lower()))
print("abc".startswith(("x", "a")), "a-b-c".partition("-"), "a-b-c".rpartition("-"), "abcabc".count("bc"), "abc".find("c", 1, 2), "x".join("abc"))
print("Line1\nLine2\r\nLine3".splitlines(), "Line1\n".splitlines(True), "%-10s|" % "hi", "12".isdigit(), "½".isnumeric(), "a1".isalnum(), " ".isspace(), "Ab".istitle())
print("abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode(), "é".encode("latin-1"), b"abc".hex(), bytes.fromhex("41 42"), b"a,b".split(b","), b"abc"[1], b"abc"[1:])
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".removeprefix("a"), "abc".removesuffix("c"), "aaa".replace("a", "b", -1))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
print(sys.maxsize, sys.version_info[:2], sys.version_info >= (3, 8), type(sys.argv), sys.argv[0].endswith("t4.py"))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, "done"))
print(list(enumerate("ab", 1)), list(zip("abc", range(2))), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])), any([]), all([]))
print(divmod(10**20, 7), 10**20 % 7, (-10**20) // 7, int.bit_length(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).bit_count() if hasattr(int, "bit_count") else 0)
print(7 .__add__(1), (7).__truediv__(2), True + True, ~5, -5 >> 1, 1 << 70, 0xff & 0x0f | 0x100 ^ 1, 3 .real, (2+3j).imag, abs(3+4j), (1+2j)*(3-4j), (1+2j)/(1-1j))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer(), 1e300*1e300, -1e300*1e300, float("inf")-float("inf"))
import math
print(math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isclose(0.1+0.2, 0.3), math.inf, math.nan, math.log(8, 2), math.hypot(3, 4), math.comb(10, 3), math.trunc(-2.7))
