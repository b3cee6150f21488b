def outer(a):
    b = 1
    def inner():
        nonlocal b
        b += a
        return b
    return inner
