x = a < b
y = a < b < c
z = a is not None
w = a not in b
if 0 < x <= 10:
    pass
