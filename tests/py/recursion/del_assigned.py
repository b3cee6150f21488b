# `__del__` assigned to a class after it was created is honoured, and a
# deleted `__del__` is no longer called; subclasses follow their base.
import gc


class A:
    pass


def fin(self):
    print("fin", type(self).__name__, self.tag)


a = A()
a.tag = "before"
A.__del__ = fin
del a
print("after first del")

b = A()
b.tag = "b"
del b


class B(A):
    pass


c = B()
c.tag = "sub"
del c

del A.__del__
d = A()
d.tag = "deleted"
del d
e = B()
e.tag = "sub deleted"
del e
print("no finalizers ran")


class C:
    def __del__(self):
        print("C original")


C.__del__ = lambda self: print("C replaced")
C()
del C.__del__
C()
C.__del__ = lambda self: print("C again")
x = C()
x = None


class D(C):
    pass


D()
C.__del__ = lambda self: print("C for D", type(self).__name__)
D()
gc.collect()
print("done")
