# Text processing and matrix code: word counts, ciphers, formatting tables,
# matrix multiplication, transposition and determinants.
import string
from collections import Counter, defaultdict

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = [w.strip(string.punctuation).lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(4))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
print(max(words, key=len), min(words, key=len), len(text), text.count("it"), text.find("age"), text.rfind("of"))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], lines[1].title())
print(text.replace("was", "is", 2)[:40])
print(" ".join(w[::-1] for w in lines[0].split()))
print(lines[0].upper().center(70, "*"))
print("|" + "abc".ljust(6, ".") + "|" + "abc".rjust(6) + "|" + "42".zfill(5) + "|" + "-42".zfill(5) + "|")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  x  y  ".split(), "a\tb\nc".split(), "x".partition(":"), "k:v:w".rpartition(":"))
print("Hello World".swapcase(), "hello".capitalize(), "ß".upper(), "İ".lower().encode(), "straße".casefold())
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "١٢".isdecimal(), "  ".isspace(), "Ab Cd".istitle(), "x_1".isidentifier())
print("%5s|%-5s|%05.1f|%x|%o|%e|%r|%c|%%" % ("a", "b", 3.14159, 255, 8, 12345.678, "q", 65))
print("{0}{1}{0}".format("ab", "cd"), "{name:>6}".format(name="x"), "{:^9.3f}".format(2.5), "{!r:>8}".format("s"), "{:,}".format(1234567))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e22, ""), format(-0.0, "+"), format(float("nan"), ">6"), format(1.5, "%"))
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:x} {65:c} {3.0:.0f} {2.5:.0f} {3.5:.0f} {1e-7} {1e16} {123456789012345678.0}")
print(f"{'nested':{'>'}{10}}", f"{3.14159:{8}.{3}}", f"{'a' 'b'}", f"{1+1=}", f"{'x'!a}", f"{[1, 2]!s:>10}")


def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), table)
print(sorted("banana"), "".join(sorted(set("mississippi"))), "mississippi".index("ss", 3))
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, {c: text.count(c) for c in "aeiou"})
print([s for s in ("racecar", "level", "hello", "A man a plan") if s.replace(" ", "").lower() == s.replace(" ", "").lower()[::-1]])


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
print(matmul(A, B))
print(transpose(A), det(A), det(B), det([[2.5, 1], [1, 2]]))
I = [[int(i == j) for j in range(4)] for i in range(4)]
for row in I:
    print(" ".join(f"{x:3d}" for x in row))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid, bad)
print([[round(x / 3, 2) for x in row] for row in A])
flat = [x for row in A for x in row if x % 2]
print(flat, sum(map(sum, A)), list(map(max, A)), list(zip(*A))[::-1])
print([row[::-1] for row in A][::-1], A[1][::2], A[-1][-2:])
M = [[1.5, 2.25], [-0.5, 4.0]]
for row in M:
    print("[" + ", ".join(f"{v:7.3f}" for v in row) + "]")
