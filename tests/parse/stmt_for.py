for i in range(10):
    print(i)
for a, b in pairs:
    pass
for (a, b), c in x:
    pass
else:
    y = 1
for x in *a, *b:
    pass
for x, in y: pass
