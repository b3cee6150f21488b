def f1():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f1 finally")
print(f1())
def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(f2())
def f3():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f3())
def f4():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            print("tick", x)
print(f4())
def f5():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
        return e
    finally:
        print("outer finally")
r = f5(); print(type(r))
try:
    pass
except:
    pass
else:
    print("else runs")
def f6():
    try:
        return [1]
    finally:
        print("ret in try")
print(f6())
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def f7():
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as err:
        print("tuple catch", type(err).__name__)
    except Exception:
        print("not here")
f7()
class MyErr(Exception): pass
def f8(n):
    try:
        if n == 1: raise MyErr("one")
        if n == 2: raise KeyError("two")
        if n == 3: return "three"
    except MyErr as e:
        return f"myerr {e}"
    except LookupError as e:
        return f"lookup {e!r}"
    else:
        return "no error"
    finally:
        print("cleanup", n)
for n in range(4): print(f8(n))
def nested():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
    except TypeError as t:
        print(repr(t), repr(t.__context__))
nested()
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
print("after break")
try:
    raise Exception("base")
except BaseException as b:
    print(isinstance(b, Exception), b.with_traceback(None) is b)
e = ValueError("note")
e.add_note("first note"); e.add_note("second")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("vals", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
