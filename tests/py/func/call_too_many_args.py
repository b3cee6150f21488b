def f(a, b):
    pass
def g():
    pass
def h(a, b=1):
    pass
for call in (lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: f(1)):
    try:
        call()
    except TypeError as e:
        print(e)
