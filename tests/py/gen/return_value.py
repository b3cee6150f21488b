def g():
    yield 1
    return 99
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
print(list(g()))
def empty():
    return
    yield
print(list(empty()))
