l = [1, 2, 3]
l *= 2
print(l)
l *= 0
print(l)
m = [3, 1, 2]
m.sort(reverse=True)
print(m, m.index(1), m.pop(1), m)
n = [1, 2, 3, 4, 5]
del n[1:4]
print(n)
n.extend(range(3))
n.extend("ab")
print(n, len(n))
try:
    n.sort()
except TypeError as e:
    print(e)
print(len(n))
try:
    [1, 2].extend(5)
except TypeError as e:
    print(e)
