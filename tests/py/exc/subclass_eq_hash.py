class Coded(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __eq__(self, other):
        return isinstance(other, Coded) and self.code == other.code
class Hashy(Coded):
    def __hash__(self):
        return hash(self.code)
print(Coded(1) == Coded(1), Coded(1) != Coded(2), Coded(1) == 5, ValueError(1) == ValueError(1))
try:
    {Coded(1)}
except TypeError as e:
    print(e)
print(len({Hashy(1), Hashy(1), Hashy(2)}), hash(Hashy(7)) == hash(7))
e = ValueError("v")
print(e == e, {e: 1}[e])
print(Coded(1) != Coded(1), Coded(3) != Coded(1))
