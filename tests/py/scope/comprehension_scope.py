x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip('abc', range(3))})
print({c.upper() for c in 'hello'} == set('HELO'))
g = (n * n for n in range(4))
print(list(g), list(g))
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
try:
    class D:
        n = 3
        out = [n for _ in range(2)]
except NameError as e:
    print(e)
