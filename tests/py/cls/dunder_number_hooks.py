class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1
    def __float__(self): return self.v + 0.5
    def __round__(self, n=None): return ("round", n)

n = N(2)
print([10, 20, 30][n], int(n), float(n), round(n), round(n, 1), hex(n), bin(n), oct(n))
print(range(n), "ab" * n, [0] * n)
