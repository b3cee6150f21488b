l=[3,1,2]
try: l.sort(key=lambda x: l.append(x) or x)
except ValueError as e: print(e, l)
l=[3,1,2]
def k(x):
    l.clear(); return x
try: l.sort(key=k)
except ValueError as e: print(e, l)
print(l)
print([1,2,1].index(1,1), [1,2,3].index(3,-1), (1,2,1).index(1,-2))
try: [1,2].index(1, 1, 2)
except ValueError as e: print(e)
try: [1].index()
except TypeError as e: print(e)
try: (1,).index()
except TypeError as e: print(e)
try: (1,).count()
except TypeError as e: print(e)
try: [1].index(1,'a')
except TypeError as e: print(e)
print([1,2].index(2, -100, 10**20), (1, 2, 3).index(3, -10**30, 10**30))
class K:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o):
        print("lt", self.tag, o.tag)
        return self.v < o.v
    def __repr__(self): return self.tag
print(sorted([K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d")]))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')] * 5
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
import_free = list(range(40, 0, -3)) + list(range(0, 40, 7))
print(sorted(import_free), sorted(import_free, reverse=True))
nan = float("nan")
print(sorted([3, nan, 1, nan, 2]) [0:0], len(sorted([3.0, nan, 1.0, 0.5, nan, 2.0] * 10)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = [5, 4, 3]
try:
    l.sort(key=lambda x: 1 / (x - 4))
except ZeroDivisionError as e:
    print(e, l)
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1] is t, t[1:] is t)
l = [1, 2, 3]
print(l[:] is l, min([3, 1, 2], key=lambda x: -x), max("abc", key=ord), min([], default=7))
print(max(1, 2, 3, key=lambda x: x % 3), min((2, 1), (1, 2)), max([[1], [1, 0]]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    min(5)
except TypeError as e:
    print(e)
