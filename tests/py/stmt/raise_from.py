try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("r") from None
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
