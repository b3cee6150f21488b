class E(Exception):
    def __init__(self, x, y=2):
        self.x = x
e = E(1, y=3)
print(str(e), repr(e), e.args)
class F(Exception):
    def __init__(self, msg):
        super().__init__(f"F: {msg}")
print(str(F("m")), repr(F("m")), F("m").args)
class G(ValueError):
    pass
print(repr(G()), repr(G(1, 2)), str(G("only")), G.__mro__[1:3])
class H(Exception):
    def __str__(self): return "H-str"
print(f"{H()}", repr(H()), str(H("a")))
try:
    raise E("boom")
except Exception as ex:
    print(type(ex).__name__, ex.x, ex)
print(KeyError("a") == KeyError("a"), str(KeyError("it's")), repr(KeyError('x"y')))
class errno: ENOENT = 2
e = OSError(errno.ENOENT, "No such file or directory", "a.txt")
print(type(e).__name__, e, repr(e))
print(repr(FileNotFoundError("x")), str(PermissionError(13, "denied")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(SystemExit(3)), SystemExit(3).code, repr(StopIteration(5)), StopIteration(5).value)
