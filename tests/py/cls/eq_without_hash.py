class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(P.__hash__ is None, P(1) == P(1), P(1) != P(2))
try:
    hash(P(1))
except TypeError as e:
    print(e)
class Q(P):
    __hash__ = object.__hash__
print(isinstance(hash(Q(1)), int))
class R:
    pass
print(R() == R(), R.__eq__ is object.__eq__, R() != R())
