class Base: pass
def make(i):
    class Local(Base):
        def m(self): return i
    class Sub(Local):
        x = i
    return Sub().m() + Sub.x
t = 0
for i in range(2000):
    t += make(i)
print(t)
def make2():
    class K(Base):
        def m(self): return super().m if False else 1
    k = K()
    return k
ks = [make2() for _ in range(3)]
print([type(k).__name__ for k in ks])
del ks
print("deleted")
class A: pass
class B: pass
a = A(); a.__class__ = B; del B
print(type(a).__name__)
def meta():
    class M(type): pass
    class C(metaclass=M): pass
    return C()
print(type(meta()).__name__)
