def make():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = make()
print(c(), c(), c(5))
d = make()
print(d(), c())
print(c.__closure__[0].cell_contents)
