# Attributes and str/repr of builtin exception classes.
for args in [(), (2,), (2, "No such file"), (2, "No such file", "a.txt"), (13, "Denied", "a", None, "b"), (99, "Odd")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(17, "x")).__name__, type(OSError(32, "x")).__name__, type(OSError(2)).__name__)
print(FileNotFoundError(2, "gone", "f").filename, isinstance(FileNotFoundError(), OSError))
for args in [(), (0,), (3,), ("bye",), (1, 2)]:
    print(repr(SystemExit(*args).code))
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
ie = ImportError("no module", name="m", path="/p")
print(ie, ie.name, ie.path, ie.msg, ImportError().msg, ImportError("a", "b").msg)
print(ModuleNotFoundError("x", name="y").name)
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print(e)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
se = SyntaxError("bad", ("f.py", 3, 5, "x = 1 +\n", 3, 8))
print(se, se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(SyntaxError("plain"), SyntaxError().msg, IndentationError("ind", ("/a/b/g.py", 1, 1, "x", 1, 2)))
ue = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(ue, ue.encoding, ue.start, ue.end, ue.reason)
print(UnicodeEncodeError("ascii", "h\u20ac\u20acllo", 1, 3, "nope"))
print(UnicodeTranslateError("a\U0001f600", 1, 2, "why"))
print(repr(KeyError("a", "b")), str(KeyError("a", "b")), str(KeyError(("t",))), str(KeyError("")))
print(repr(AttributeError("m", name="n", obj=3)), AttributeError("m", name="n", obj=3).obj)
print(NameError("n", name="zz").name, NameError().name, AttributeError().name)
e = Exception("a", "b")
print(str(e), repr(e), e.args)
e.args = [1]
print(str(e), repr(e), e.args)
class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.a = a
w = WithInit(1, b=5)
print(w, w.args, w.a, w.__dict__)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(3)
print(repr(n), n.args, n.x)
class Str(Exception):
    def __str__(self):
        return "custom " + repr(self.args)
print(Str(1), repr(Str(1)), [Str(2)])
class Rep(ValueError):
    def __repr__(self):
        return "Rep!"
print(Rep("x"), repr(Rep("x")))
print(BaseException.__str__(Str(5)), Exception.__repr__(Rep(6)))
print(BaseException in ValueError.__mro__, ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(TimeoutError, OSError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in (BlockingIOError, ChildProcessError, ConnectionAbortedError,
       ConnectionRefusedError, ConnectionResetError, InterruptedError, IsADirectoryError,
       NotADirectoryError, PermissionError, ProcessLookupError, FloatingPointError, BufferError,
       EOFError, MemoryError, ReferenceError, StopAsyncIteration, SystemError, UserWarning,
       BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
       ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning)])
