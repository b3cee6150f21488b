import sys
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
e = f()
print(repr(e), e.__context__)
