class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
a = Adder(10)
print(a(1), a(1, times=3), callable(a), callable(Adder), callable(5))
print(list(map(a, [1, 2])))
