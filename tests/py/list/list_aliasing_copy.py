import copy
a = [[1, 2], [3]]
shallow = a[:]
deep = copy.deepcopy(a)
a[0].append(9)
print(a, shallow, deep, shallow[0] is a[0], deep[0] is a[0])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
b = list(a)
b.append("new")
print(len(a), len(b), a == b[:2], a is not b)
