def f():
    try:
        [][1]
    except IndexError:
        raise LookupError("hidden context") from None
f()
