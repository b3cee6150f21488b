# Subclasses of bytes and complex make instances carrying the builtin value.
class B(bytes):
    def shout(self):
        return self.upper() + b"!"
b = B(b"ab\xff")
print(b, repr(b), type(b).__name__, len(b), b[0], b[1:], type(b[1:]).__name__, b.shout())
print(b == b"ab\xff", hash(b) == hash(b"ab\xff"), {b: 1}[b"ab\xff"], isinstance(b, bytes), b.hex())
print(b.decode("latin-1"), b + b"c", type(b + b"c").__name__, bytes(b), type(bytes(b)).__name__)
print(B(), B(3), B([65, 66]), B("é", "utf-8"), B(b"") == b"")
b.tag = "t"
print(b.tag, vars(b))
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
t = Tagged(b"xy", "label")
print(t, t.tag, t.startswith(b"x"), t.split(b"y"), memoryview(t).tobytes())
class C(complex):
    def norm(self):
        return abs(self)
c = C(3, 4)
print(c, repr(c), type(c).__name__, c.norm(), c.real, c.imag, c + 1, type(c + 1).__name__, c == 3 + 4j)
print(C(), C("1+2j"), C(2.5), complex(c), type(complex(c)).__name__, c.conjugate())
class BA(bytearray):
    def total(self):
        return sum(self)
a = BA(b"xy")
a.append(65)
a += b"!"
print(a, len(a), a.total(), type(a).__name__, a + b"z", type(a + b"z").__name__, BA(3), BA(), BA([1, 2]))
print(a == b"xyA!", isinstance(a, bytearray), a[0], a[1:], type(a[1:]).__name__)
try:
    hash(a)
except TypeError as e:
    print(e)
