a = [1, [2, 3], "x", None, 1.5, (1,), {1: 2}]
print(a, str(a), len(a))
r = [1]
r.append(r)
print(r)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [1] != [1.0])
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1, 2)))
x = [1, 2, 3]
y = x
y += [4]
print(x, x is y, [i for i in x if i % 2])
