x = 1
def f():
    global x
    global a, b
    y = 2
    def g():
        nonlocal y
        y += 1
    return g
