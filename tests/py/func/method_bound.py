class C:
    def __init__(self, v):
        self.v = v
    def get(self, add=0):
        return self.v + add
c = C(5)
m = c.get
print(m(), m(1), C.get(c, 2))
print(m.__self__ is c, m.__func__ is C.get)
print(type(m).__name__, type(C.get).__name__)
print(m == c.get, m is c.get)
