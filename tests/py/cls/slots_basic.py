class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
print(hasattr(p, '__dict__'))
class Q(P):
    pass
q = Q(2)
q.z = 3
print(q.z, q.__dict__)
