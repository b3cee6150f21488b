class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __add__(self, v):
        print("plain add")
        return self
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, v):
        return OnlyAdd(self.n + v)
o = OnlyAdd(1)
p = o
o += 5
print(o.n, p.n, o is p)
l = [1]
m = l
l += [2]
t = (1,)
u = t
t += (2,)
print(m, u, t)
