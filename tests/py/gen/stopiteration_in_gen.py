def g():
    yield 1
    raise StopIteration("oops")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield it.send(None)
it = running()
try:
    next(it)
except ValueError as e:
    print(e)
