class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class Sub(AppError): pass
def f(n):
    if n == 0:
        raise Sub(7, "bottom")
    return f(n - 1)
try:
    f(3)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(k())
class CM:
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as a, CM("b", True) as b:
    raise KeyError("x")
print("after")
try:
    with CM("c"):
        raise IndexError("idx")
except IndexError as e:
    print("caught", repr(e))
for exc, args in [(KeyError, ("k",)), (KeyError, ()), (KeyError, (1, 2)), (OSError, (2, "No such file")), (UnicodeError, ()), (StopIteration, (5,))]:
    e = exc(*args)
    print(repr(e), str(e), e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, type(OSError(2, "x")).__name__)
try: open("/nonexistent/x")
except FileNotFoundError as e: print(e, e.errno)
try: [1, 2][5]
except IndexError as e: print(e)
try: (1,)[5]
except IndexError as e: print(e)
try: "ab"[5]
except IndexError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: [1].remove(2)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: [1,2].index(3)
except ValueError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: (1).foo
except AttributeError as e: print(e)
try: "x".foo()
except AttributeError as e: print(e)
class Z: pass
try: Z().nope
except AttributeError as e: print(e)
try: Z.nope
except AttributeError as e: print(e)
import math
try: math.nope
except AttributeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: "a" * "b"
except TypeError as e: print(e)
try: [] + ()
except TypeError as e: print(e)
try: None()
except TypeError as e: print(e)
try: f()
except TypeError as e: print(e)
try: f(1, 2)
except TypeError as e: print(e)
try: f(m=1)
except TypeError as e: print(e)
try: Z(1)
except TypeError as e: print(e)
try: int.from_bytes()
except TypeError as e: print(e)
try: {}[[1]]
except TypeError as e: print(e)
try: {[1]}
except TypeError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next([])
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: "a"[1.5]
except TypeError as e: print(e)
try: [][None:"x"]
except TypeError as e: print(e)
try: x = undefined_name
except NameError as e: print(e)
def uu():
    print(loc)
    loc = 1
try: uu()
except UnboundLocalError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 2 ** 10000.0
except OverflowError as e: print(e)
try: math.sqrt(-1)
except ValueError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: int("9" * 5000)
except ValueError as e: print(str(e)[:60])
try: raise Exception("a", 1)
except Exception as e: print(e)
try: assert 1 == 2, "msg"
except AssertionError as e: print(repr(e))
try: assert False
except AssertionError as e: print(repr(e))
try: dict(a=1).update(1)
except TypeError as e: print(e)
try: dict([1])
except TypeError as e: print(e)
try: "".join([1])
except TypeError as e: print(e)
try: "{}".format()
except IndexError as e: print(e)
try: "{x}".format()
except KeyError as e: print(repr(e))
try: "%d" % "a"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
