def f():
    try:
        raise ValueError("in try")
    finally:
        print("finally runs")
try:
    f()
except ValueError as e:
    print("got", e)
def g():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("replaces")
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def h():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
        finally:
            print("h finally", i)
    return "h done"
print(h())
