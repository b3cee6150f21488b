def f(a, b, c, *, d, e):
    pass
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3), {'d': 1})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
