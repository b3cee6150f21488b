a = 1 + 2
b = -1
c = 2 ** 10
d = (1, 2, (3, 4))
e = "ab" + "cd"
f = not True
g = ~5
