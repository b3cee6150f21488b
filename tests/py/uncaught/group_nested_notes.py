def fail(n):
    raise ValueError(f"bad {n}")
def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"while handling item {i}")
            errors.append(e)
    return errors
try:
    raise KeyError("first")
except KeyError as k:
    inner = ExceptionGroup("inner group", collect())
    inner.add_note("inner note\nsecond line")
    try:
        raise TypeError("typed")
    except TypeError as t:
        typed = t
    raise ExceptionGroup("outer", [inner, typed, OSError(2, "gone", "f.txt")]) from k
