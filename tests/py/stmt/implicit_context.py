try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise
except RuntimeError as e:
    print(e)
def reraise():
    try:
        raise IndexError("i")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
