a = x[0]
b = x[1:2]
c = x[::2]
d = x[i, j]
x[0] = 1
del x[1:]
