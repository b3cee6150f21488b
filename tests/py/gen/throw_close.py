def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
print("closed")
it2 = g()
next(it2)
try:
    it2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
