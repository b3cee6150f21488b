def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
def f():
    for x in g():
        raise ValueError("boom")
try:
    f()
except ValueError:
    print("handler")
for x in g():
    1/0
