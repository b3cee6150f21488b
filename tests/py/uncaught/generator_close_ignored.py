def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
    yield 2
g = stubborn()
next(g)
g.close()
