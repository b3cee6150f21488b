class C:
    shared = []
    n = 0
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.n += 1
print(b.shared, a.n, b.n, C.n)
print(sorted(vars(a)))
C.n = 10
print(b.n, a.n)
print(C.__name__, C.__qualname__, C.__module__, C.__bases__)
