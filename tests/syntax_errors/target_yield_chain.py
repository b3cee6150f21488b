def f():
    a = b = yield = c
