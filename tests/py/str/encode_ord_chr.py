s = "héllo €"
b = s.encode()
print(b, len(b), b.decode(), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(ord("a"), ord("€"), chr(97), chr(0x1F600), chr(0x20AC))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
