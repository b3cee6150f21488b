class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
s = {K(1), K(1), K(2)}
print(len(s), K(1) in s)
d = {K(3): "three"}
print(d[K(3)])
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
