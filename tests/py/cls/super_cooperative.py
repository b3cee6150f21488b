class Base:
    def hello(self):
        return ["Base"]
class L(Base):
    def hello(self):
        return ["L"] + super().hello()
class R(Base):
    def hello(self):
        return ["R"] + super().hello()
class Both(L, R):
    def hello(self):
        return ["Both"] + super().hello()
print(Both().hello())
print(super(L, Both()).hello())
class I:
    def __init__(self, **kw):
        print("I", kw)
class J(I):
    def __init__(self, j, **kw):
        print("J", j)
        super().__init__(**kw)
J(1, k=2)
