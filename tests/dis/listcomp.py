a = [x for x in range(3)]
b = [x * y for x in xs for y in ys if x if y]
c = {x: y for x, y in pairs}
d = {x for x in xs}
