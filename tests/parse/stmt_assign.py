a = 1
a = b = c = 2
a, b = b, a
[a, b] = 1, 2
(a, b), c = (1, 2), 3
x.y = 3
x[0] = 4
x[1:2] = [5]
a = yield_ = 5
