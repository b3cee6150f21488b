class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(len(D.make(2)), type(D.make(1)[0]).__name__, C.count)
print(C.add(1, 2), C().add(3, 4))
print(type(C.__dict__['make']).__name__, type(C.__dict__['add']).__name__)
