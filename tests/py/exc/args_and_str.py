for e in (ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3),
          OSError(2, "No such file"), Exception(None), StopIteration(5)):
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 1)
print(e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as m:
    print(m, m.code, m.args, repr(m))
print(OSError(2, "x").errno, OSError(2, "x").strerror, type(OSError(2, "x")).__name__)
