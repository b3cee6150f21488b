def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(outer())
def f():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    w = 2
f()
