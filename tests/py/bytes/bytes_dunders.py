class B:
    def __bytes__(self): return b"from dunder"
class N:
    def __index__(self): return 3
class Bad:
    def __bytes__(self): return "nope"
print(bytes(B()), bytes(N()), bytearray(N()), b"%s" % B())
try:
    bytes(Bad())
except TypeError as e:
    print(e)
