b = b"  Hello, Bytes World  "
print(b.strip(), b.lower(), b.split(), b.strip().split(b", "), b.count(b"l"), b.startswith(b"  H"))
print(b"abc".center(9, b"*"), b"42".zfill(5), b"a\tb".expandtabs(4), b"ab".ljust(4, b"."), b"AbC".swapcase())
print(b"hello".index(b"l"), b"hello".rfind(b"l"), b"x=1".partition(b"="), b"abc".isalpha(), b"12".isdigit())
print(bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"a b".title())
print(list(b"\x00\x01\xff"), b"\x00\x01".hex(), bytes(reversed(b"abc")), b"abc"[::-1], b"abc" < b"abd")
try:
    b"abc".index(b"z")
except ValueError as e:
    print(e)
