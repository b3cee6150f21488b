class N:
    def __init__(self, v): self.v = v
    def __floordiv__(self, o): return f"floordiv {self.v} {o}"
    def __mod__(self, o): return f"mod {self.v} {o}"
    def __divmod__(self, o): return ("dm", self.v, o)
    def __pow__(self, o, m=None): return ("pow", self.v, o, m)
    def __lshift__(self, o): return "lshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
n = N(3)
print(n // 2, n % 2, divmod(n, 2), n ** 2, pow(n, 2, 5))
print(n << 1, n & 1, n | 1, n ^ 1, ~n, +n)
