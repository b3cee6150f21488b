# Attribute hooks (__getattr__, __getattribute__, __setattr__) assigned to or
# deleted from a class after instances exist, seen by subclasses too.
class A:
    x = 1
a = A()
A.__getattr__ = lambda self, n: "dyn " + n
print(a.zz)
class B(A):
    pass
b = B()
print(b.yy)
del A.__getattr__
try:
    b.yy
except AttributeError as e:
    print("gone", e)
def ga(self, n):
    return "ga " + n
B.__getattribute__ = ga
print(b.x)
log = []
A.__setattr__ = lambda self, n, v: log.append((n, v))
b.q = 5
print(log, hasattr(b, "q"))
del A.__setattr__
b.q = 6
print(b.__dict__ if False else "ok")
