def g():
    yield 1
    yield 2
x = g()
print(x.__next__(), x.__iter__() is x)
e = ValueError("a")
print(e.__str__(), e.__repr__(), ValueError.__str__(e))
f = lambda: 1
print(f.__call__())
class C:
    def m(self, k=0):
        return k
print(C().m.__call__(k=3), f.__call__.__name__)
bound = C().m.__call__
print(bound(k=4), bound())
