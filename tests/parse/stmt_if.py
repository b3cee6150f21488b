if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a: x = 1; y = 2
