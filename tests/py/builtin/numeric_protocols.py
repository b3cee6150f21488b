# Builtins reaching objects through their dunders: int(), round(), divmod(),
# pow(), bin()/hex(), reversed(), iter(callable, sentinel).

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class Intish:
    def __int__(self): return 42

class Bad:
    def __int__(self): return "nope"

print(int(Idx(5)), int(Intish()), bin(Idx(5)), hex(Idx(-255)), oct(Idx(8)))
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], list(range(Idx(3))), [0, 1, 2, 3][Idx(1):Idx(3)])
try:
    int(Bad())
except TypeError as e:
    print(e)
try:
    int(object())
except TypeError as e:
    print(e)

class R:
    def __round__(self, n=None): return ("round", n)

print(round(R()), round(R(), 2), round(7, 1), round(-7.5), round(7.25, 1), round(1e20, -5))
try:
    round("x")
except TypeError as e:
    print(e)

class D:
    def __divmod__(self, o): return ("divmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)

class RD:
    def __rdivmod__(self, o): return ("rdivmod", o)

print(divmod(D(), 3), divmod(3, RD()), pow(D(), 2, 5), divmod(7, 2), divmod(-7, 2.0))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(e)
print(pow(3, -1, 7), pow(-2, -3, 11), pow(5, 0, 1), pow(7, 3, -10), pow(2, -1, -5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print(e)

class Rev:
    def __reversed__(self): return iter("cba")

class SeqLike:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i

print(list(reversed(Rev())), list(reversed(SeqLike())), list(reversed(range(2, 12, 3))))
print(list(reversed((1, 2, 3))), list(reversed("xyz")), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1}.values())), type(reversed([])).__name__)
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)

stack = [1, 2, None, 3]
print(list(iter(stack.pop, None)), stack)
count = iter(lambda: len(stack), 0)
print(next(count), type(count).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(list(zip("ab", [1, 2], strict=True)), list(zip(strict=True)))
for args in (([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2, 3])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
try:
    zip([1], bad=1)
except TypeError as e:
    print(e)
print(list(map(lambda *a: sum(a), [1, 2], [10, 20, 30], [100, 200])), list(enumerate("ab", start=-1)))
print(sum([0.1, 0.2], start=1), sum([[1], [2]], []), sum(range(5), 10), sum(iter([])))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v); return self.v > o.v
    def __repr__(self): return f"K{self.v}"
print(max([K(1), K(3), K(2)]), min([K(2), K(1), K(3)]), max(K(1), K(1)))
try: divmod(1.0, 0)
except ZeroDivisionError as e: print(e)
try: divmod(1, 0.0)
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
class A:
    def __abs__(self): return 'abs'
print(abs(A()), abs(-2.5), abs(-(2**80)), abs(False))
try: abs('x')
except TypeError as e: print(e)
