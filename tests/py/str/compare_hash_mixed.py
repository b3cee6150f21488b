# Comparisons, hashing and containers across str, bytes, bytearray, complex, Ellipsis.
vals = ["", "a", "B", "é", "ab", "a\x00", "😀", b"", b"a", b"ab", bytearray(b"a"), 1j, 1 + 0j, 1, 1.0, ..., None]
for x in vals:
    row = []
    for y in vals:
        r = []
        for op in ("==", "<", "<="):
            try:
                r.append(str(int({"==": lambda: x == y, "<": lambda: x < y, "<=": lambda: x <= y}[op]())))
            except TypeError:
                r.append("E")
        row.append("".join(r))
    print(repr(x).ljust(16), " ".join(row))
print(sorted(["b", "a", "é", "Z", "😀", "ab", ""]), sorted([b"b", b"", b"a\xff", b"a"]))
print({1j: "c", b"k": "b", "k": "s", ...: "e"}, {1: 1, 1.0: 2, 1 + 0j: 3}, len({"a", b"a", bytes(1)}))
print([hash(x) == hash(y) for x, y in [(1 + 0j, 1), (b"ab", b"ab"), ("", b""), (2.0 + 0j, 2)]])
print(min("hello"), max(b"hello"), sum(b"\x01\x02"), list(reversed(b"ab")), any(b"\x00"), all(bytearray(b"\x01")))
