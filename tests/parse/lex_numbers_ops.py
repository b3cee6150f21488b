x = 1if y else 2
a = [1for _ in b]
c = 1.e5
e = a!=b
f = 0_0
g = 00
h = 0.0e0
