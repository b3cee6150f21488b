class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("append" in dir([]), "__add__" in dir(1), sorted(dir()) == dir())
import math
print([n for n in dir(math) if n.startswith("is")])
