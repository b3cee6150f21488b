s = "aé😀b" * 50 + "xyz"
out = []
for i in range(0, len(s), 7):
    out.append(s[i:i + 3])
print(out[:5], out[-3:], s[5:1], s[-3:], s[len(s):], s[100:103], s[199:205], len(s[3:150]), s[-1000:2])
print([s[i] for i in (0, 1, 2, 3, 31, 32, 33, 63, 64, 199, -1)])
print(type(iter("a")).__name__, type(iter("é")).__name__, list(iter("é😀x")), type(iter(b"")).__name__, type(iter(bytearray())).__name__)
