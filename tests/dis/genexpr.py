g = (x for x in xs)
s = sum(x * 2 for x in xs if x)
