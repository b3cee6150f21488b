# bytes/bytearray methods, constructors, errors, percent formatting, int conversions.
b = b"hello world"
print(b.find(b"o", 5), b.rfind(111), b.count(b"l", 3), b.index(b"w"), b.rindex(b"o", 0, 6), b.find(b"", 20))
print(b.split(b" ", 1), b.rsplit(maxsplit=1), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b.partition(b" "), b.rpartition(b"o"), b.removeprefix(b"he"), b.removesuffix(b"ld"), b.capitalize())
print(b.title(), b.swapcase(), b"  x ".lstrip(), b"xxaxx".strip(b"x"), b.replace(b"l", b"L", 2), b.rjust(13, b"."))
print(b"AB".islower(), b"ab".islower(), b"Ab Cd".istitle(), b"ab".isascii(), b"\x80".isascii(), b" \t".isspace())
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 1), bytearray(b"xy").startswith(b"x"))
print(b"ab" * 2, 2 * b"ab", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" == bytearray(b"ab"))
print(bytes(bytearray(b"q")), bytes(memoryview(b"mv")), bytes(), bytes(b"x"), bytes([]), bytearray(range(3)))
print(bytes.fromhex("00 ff10"), b"\x01\xab".hex(), b"abcdef".hex("-", 2), b"abcdef".hex(":", -4), bytearray.fromhex("41"))
print(b"%5s|%-4d|%x|%c|%c|%r|%a|%%" % (b"ab", 7, 255, 65, b"z", b"q", "é"))
print(b"%(k)s" % {b"k": b"v"}, b"%.1f" % 2.25, b"%03d" % -5)
print(list(iter(b"ab")), [x for x in bytearray(b"\x00\x01")], sorted(b"cab"), max(b"az"), b"z" > b"a")
print(hash(b"") == 0, hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "big"))
print((0).to_bytes(0, "big"), (1).to_bytes(), int.from_bytes(b""), (2**70).to_bytes(9, "big"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
          lambda: bytes(-1), lambda: bytes("x"), lambda: bytes(1.5), lambda: b"a".join([1]),
          lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(9),
          lambda: b"a".split(b""), lambda: bytes.fromhex("0g"), lambda: b"%d" % b"x", lambda: b"%s" % "x",
          lambda: b"abc"[5], lambda: b"a".decode("utf-8", "bogus"), lambda: b"a".center(3, "x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
del ba[1::3]
ba.insert(0, 33)
ba.insert(-1, 34)
ba *= 2
print(ba, ba.copy(), ba.count(b"a"), len(ba), ba[-1], ba[2:4])
ba[1:3] = [65, 66, 67]
ba.extend([68])
ba.extend(bytearray(b"E"))
print(ba, ba.upper(), type(ba.upper()).__name__, bytearray(b"a b").split(), ba == ba.copy())
try:
    ba[::2] = b"x"
except ValueError as e:
    print(e)
try:
    hash(ba)
except TypeError as e:
    print(e)
m = memoryview(b"abcdef")
print(m[1:4].tobytes(), m[::2].tolist(), m[-1], len(m[2:]), m.format, m.itemsize, m.nbytes, m == b"abcdef", m.hex())
try:
    m[0] = 1
except TypeError as e:
    print(e)
