b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b.hex(), bytes.fromhex("de ad"), b"a" * 3)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"abc".upper(), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b"abc" + b"def", b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"), b"abc".replace(b"b", b"B"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r", bytes(range(30, 35)))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
print(b"%s=%d" % (b"x", 5), b"abc".decode(), b"ab".hex(":"), hash(b"ab") == hash(b"ab"))
