def f(n):
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                continue
            else:
                break
        except ValueError as e:
            print("caught", e)
        finally:
            print("finally", i)
    else:
        print("no break")
    return "end"
print(f(5))
def g():
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise ValueError("b") from e
    except ValueError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
        try:
            raise TypeError("c")
        except TypeError as t:
            print(repr(t.__context__))
g()
def h():
    try:
        return "try"
    finally:
        print("h finally")
print(h())
def k():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                print("finally x==2")
print(k())
def nested():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer except")
        return 1
    finally:
        print("outer finally")
print(nested())
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
try:
    [1 / x for x in (1, 0)]
except ZeroDivisionError as e:
    print("comp", e, e.__traceback__.tb_next is not None)
def except_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except UnboundLocalError as u:
        print(u)
except_var_deleted()
class E1(Exception): pass
class E2(E1): pass
for exc in (E2, E1, Exception):
    try:
        raise exc("x")
    except (E2, KeyError):
        print("E2 branch")
    except E1:
        print("E1 branch")
    except:
        print("bare branch")
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e, len([1 for _ in range(1)]))
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return v
v = ctx()
print(repr(v.__context__), v.__context__.__context__)
