# Errors raised by native text code are the very classes the builtins name.
import builtins
for name in ["UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError", "MemoryError", "ValueError", "OverflowError"]:
    print(name, getattr(builtins, name).__mro__)
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e) is UnicodeEncodeError, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(e.encoding, e.start, e.end, e.reason, repr(e.object), e.args)
try:
    b"a\xff\xfe".decode("utf-8")
except UnicodeError as e:
    print(type(e).__name__, type(e) is UnicodeDecodeError, e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\xe9".decode("ascii")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
for f in [lambda: "x" * 2**62, lambda: "x".rjust(2**62), lambda: b"x" * 2**62]:
    try:
        f()
    except MemoryError as e:
        print(type(e) is MemoryError, e.args)
class MyDecode(UnicodeDecodeError):
    pass
print(issubclass(MyDecode, UnicodeError), MyDecode.__mro__[1:3])
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e, e.args)
e = UnicodeEncodeError("ascii", "\xe9", 0, 1, "nope")
print(e, e.args)
class B:
    def __float__(self): return 1
try:
    float(B())
except TypeError as e:
    print(e)
class I:
    def __index__(self): return 1.5
try:
    [1][I()]
except TypeError as e:
    print(e)
